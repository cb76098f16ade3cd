package org.baton.notifications;

import java.util.List;
import java.util.Locale;
import org.baton.roles.RoleChangeFailed;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A hand-over, split or selection of a role that could not be made when its decision was (the role no longer
 * allowed it) is told to whoever proposed it, linking to the decision, with the rule it broke in the bundle's words
 * ({@code inbox.roleChangeFailed*}).
 */
@Component
class RoleChangeDeliveries {

    static final String KIND = "roleChangeFailed";
    static final String SUBJECT = "DECISION";

    private final Notices notices;
    private final MessageSource messages;

    RoleChangeDeliveries(Notices notices, MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(RoleChangeFailed failed) {
        String why = messages.getMessage("inbox.roleChangeFailed.detail", null, Locale.ENGLISH);
        notices.deliver(
                failed.organizationId(),
                List.of(failed.proposedBy()),
                KIND,
                SUBJECT,
                failed.decisionId().value(),
                messages.getMessage("inbox.roleChangeFailed.title", new Object[] {failed.subject()}, Locale.ENGLISH),
                messages.getMessage(failed.reason(), null, why, Locale.ENGLISH),
                Notices.source(failed, failed.decisionId().value(), failed.at()));
    }
}
