package org.baton.notifications;

import static org.baton.shared.Rows.timestamp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionsAwaitingAnswer;
import org.baton.intents.IntentsAwaitingAnswer;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the participants of a consent round who have not responded, and the people of an intent's team who
 * have not objected, once, {@link ReminderTiming} before the window closes. "Once" is kept by the database
 * (one row per subject, person and window end), so two nodes or a retried sweep never remind twice.
 */
@Service
public class Reminders {

    static final String CONSENT_KIND = "decisionConsentReminder";
    static final String INTENT_KIND = "intentObjectionReminder";

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final DecisionsAwaitingAnswer decisions;
    private final IntentsAwaitingAnswer intents;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReminderTiming timing;

    Reminders(
            JdbcClient jdbc,
            Inbox inbox,
            DecisionsAwaitingAnswer decisions,
            IntentsAwaitingAnswer intents,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${baton.reminders.before:PT24H}") Duration before) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.decisions = decisions;
        this.intents = intents;
        this.transaction = transaction;
        this.clock = clock;
        this.timing = new ReminderTiming(before);
    }

    @Scheduled(fixedDelayString = "${baton.reminders.every:PT1M}")
    void sweep() {
        remindDue();
    }

    /** Sends the reminders due now that were not sent yet; returns how many it sent. */
    public int remindDue() {
        var now = Instant.now(clock);
        int sent = 0;
        for (var u : decisions.consentRoundsClosingBy(timing.horizon(now))) {
            if (timing.due(u.closesAt(), now)
                    && remindOnce(
                            u.organizationId(),
                            u.person(),
                            CONSENT_KIND,
                            "DECISION",
                            u.decisionId().value(),
                            u.title(),
                            u.closesAt(),
                            now)) {
                sent++;
            }
        }
        for (var u : intents.windowsClosingBy(timing.horizon(now))) {
            if (timing.due(u.closesAt(), now)
                    && remindOnce(
                            u.organizationId(),
                            u.person(),
                            INTENT_KIND,
                            "INTENT",
                            u.intentId().value(),
                            u.statement(),
                            u.closesAt(),
                            now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remindOnce(
            OrganizationId org,
            PersonId person,
            String kind,
            String subjectType,
            UUID subject,
            String title,
            Instant windowEnd,
            Instant now) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int claimed = jdbc.sql(
                            """
                    insert into reminders_sent (organization_id, subject_id, person_id, window_end, sent_at)
                    values (?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(org.value(), subject, person.value(), timestamp(windowEnd), timestamp(now))
                    .update();
            if (claimed == 0) {
                return false; // sent already, by this node or another
            }
            inbox.deliver(org, List.of(person), kind, subjectType, subject, title, "");
            return true;
        }));
    }
}
