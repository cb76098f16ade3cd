package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.baton.accounts.AccountGranted;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.junit.jupiter.api.Test;

class AccountMailsTests {

    final OrganizationId org = new OrganizationId(UUID.randomUUID());
    final PersonId ana = new PersonId(UUID.randomUUID());
    final PersonId admin = new PersonId(UUID.randomUUID());

    @Test
    void mailsAPersonAnAdminGaveAnAccount() {
        assertThat(AccountMails.grantedByAnother(new AccountGranted(org, Instant.now(), ana, admin, false)))
                .isTrue();
    }

    @Test
    void mailsNobodyWhoAcceptedAnInvitationOrFoundedTheOrganization() {
        assertThat(AccountMails.grantedByAnother(new AccountGranted(org, Instant.now(), ana, ana, false)))
                .isFalse();
        assertThat(AccountMails.grantedByAnother(new AccountGranted(org, Instant.now(), ana, null, true)))
                .isFalse();
    }
}
