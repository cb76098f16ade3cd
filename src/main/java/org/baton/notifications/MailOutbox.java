package org.baton.notifications;

import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail waiting to be sent (ADR 0016). Queuing happens inside the caller's transaction, once per source key; sending
 * takes due rows one at a time with {@code FOR UPDATE SKIP LOCKED}, so two nodes never send the same row, and marks
 * each sent in the transaction that locked it. A failure schedules the next attempt by {@link Backoff}; after a day
 * the row is marked failed and logged. A row is marked sent only after the server accepted it; if the mark itself is
 * lost the mail may go twice, never zero times.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailServer server;
    private final TransactionTemplate transactions;

    MailOutbox(JdbcClient jdbc, Clock clock, MailServer server, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.server = server;
        this.transactions = transactions;
    }

    /** Queues {@code mail} unless a mail of the same source is queued already. */
    void queue(OutgoingMail mail) {
        Instant now = Instant.now(clock);
        jdbc.sql(
                        """
                insert into mail_outbox (id, organization_id, source_key, recipient, subject, text_body, html_body,
                                         unsubscribe_url, reply_to, created_at, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source_key) do nothing""")
                .params(
                        UUID.randomUUID(),
                        uuid(mail.organizationId()),
                        mail.sourceKey(),
                        mail.recipient(),
                        mail.subject(),
                        mail.text(),
                        mail.html(),
                        mail.unsubscribeUrl(),
                        mail.replyTo(),
                        timestamp(now),
                        timestamp(now))
                .update();
    }

    @Scheduled(fixedDelayString = "${baton.mail.send-every:PT30S}")
    void sendEveryWhile() {
        sendDue();
    }

    /** Sends what is due, one row per transaction; returns how many were sent. */
    int sendDue() {
        if (!server.on()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean outcome = transactions.execute(status -> sendNext());
            if (outcome == null) {
                break;
            }
            if (outcome) {
                sent++;
            }
        }
        return sent;
    }

    private record Row(
            UUID id,
            String recipient,
            String subject,
            String text,
            String html,
            String unsubscribe,
            String replyTo,
            Instant createdAt,
            int attempts) {}

    /** Sends the next due row: true when sent, false when it failed, null when nothing is due. */
    private Boolean sendNext() {
        Instant now = Instant.now(clock);
        var next = jdbc.sql(
                        """
                select id, recipient, subject, text_body, html_body, unsubscribe_url, reply_to, created_at, attempts
                from mail_outbox where sent_at is null and failed_at is null and due_at <= ?
                order by due_at, id limit 1 for update skip locked""")
                .params(timestamp(now))
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        rs.getString("unsubscribe_url"),
                        rs.getString("reply_to"),
                        instant(rs, "created_at"),
                        rs.getInt("attempts")))
                .optional();
        if (next.isEmpty()) {
            return null;
        }
        var row = next.get();
        try {
            send(row);
            jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1 where id = ?")
                    .params(timestamp(Instant.now(clock)), row.id())
                    .update();
            return true;
        } catch (MailException | MessagingException e) {
            failed(row, now, e);
            return false;
        }
    }

    private void send(Row row) throws MessagingException {
        var message = server.sender().createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(server.from());
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.text(), row.html());
        // RFC 3834: mail a machine wrote, so that autoresponders do not answer it and no loop starts
        message.setHeader("Auto-Submitted", "auto-generated");
        if (row.replyTo() != null) {
            helper.setReplyTo(row.replyTo());
        }
        if (row.unsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + row.unsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        server.sender().send(message);
    }

    private void failed(Row row, Instant now, Exception e) {
        int failures = row.attempts() + 1;
        String error = String.valueOf(e.getMessage());
        var retry = Backoff.nextAttempt(row.createdAt(), failures, now);
        if (retry.isPresent()) {
            log.info("MAIL_DEFERRED id={} attempt={} next={} error={}", row.id(), failures, retry.get(), error);
            jdbc.sql("update mail_outbox set attempts = ?, due_at = ?, last_error = ? where id = ?")
                    .params(failures, timestamp(retry.get()), error, row.id())
                    .update();
        } else {
            log.warn("MAIL_FAILED id={} attempts={} error={}", row.id(), failures, error);
            jdbc.sql("update mail_outbox set attempts = ?, failed_at = ?, last_error = ? where id = ?")
                    .params(failures, timestamp(now), error, row.id())
                    .update();
        }
    }
}
