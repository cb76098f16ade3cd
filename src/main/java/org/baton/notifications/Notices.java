package org.baton.notifications;

import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/**
 * Hands each notice the delivery policies decide on to every {@link Channel}, with the recipient's preference for
 * its kind. The policies say who hears of what; the channels say how; a new channel is one more bean.
 */
@Component
class Notices {

    private final List<Channel> channels;
    private final NotificationPreferences preferences;

    Notices(List<Channel> channels, NotificationPreferences preferences) {
        this.channels = channels;
        this.preferences = preferences;
    }

    /**
     * One notice of {@code kind} for each of {@code recipients}. {@code source} names the event it comes from (its
     * type, subject and time), so that the notice's key is the same when a listener runs again.
     */
    void deliver(
            OrganizationId org,
            List<PersonId> recipients,
            String kind,
            String subjectType,
            UUID subject,
            String title,
            String detail,
            String source) {
        var deliveries = preferences.forKind(org, recipients, kind);
        for (PersonId person : recipients) {
            var notice = new Notice(
                    org,
                    person,
                    kind,
                    subjectType,
                    subject,
                    title,
                    detail == null ? "" : detail,
                    source + "/" + person.value() + "/" + kind);
            channels.forEach(channel -> channel.deliver(notice, deliveries.get(person)));
        }
    }

    /** The source of a notice caused by an event of {@code type} on {@code subject} at {@code at}. */
    static String source(Object event, UUID subject, java.time.Instant at) {
        return event.getClass().getSimpleName() + "/" + subject + "/" + at.toEpochMilli() + "." + at.getNano();
    }
}
