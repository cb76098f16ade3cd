package org.baton.notifications;

import java.util.Map;
import org.baton.accounts.AccountGranted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person by mail that an admin gave them an account, with the address to sign in at and no password: they
 * set or learn it from the admin, never from a mail. Accepting an invitation and founding an organization mail
 * nobody, since the person did it themselves.
 */
@Component
class AccountMails {

    private final Mailings mailings;

    AccountMails(Mailings mailings) {
        this.mailings = mailings;
    }

    @ApplicationModuleListener
    void on(AccountGranted granted) {
        if (!grantedByAnother(granted)) {
            return;
        }
        mailings.queue(
                granted.organizationId(),
                granted.personId(),
                Notices.source(granted, granted.personId().value(), granted.at()),
                null,
                "account-granted",
                Map.of(),
                null);
    }

    static boolean grantedByAnother(AccountGranted granted) {
        return granted.grantedBy() != null && !granted.grantedBy().equals(granted.personId());
    }
}
