package org.baton.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest (ADR 0016): every few minutes, one query finds the people whose morning has come since their last
 * digest and who have items waiting; for each, one mail listing the items per subject is queued in the outbox (so
 * sending, retries and "never twice" are the outbox's) and the items are marked digested, in one transaction.
 * People with nothing new are never looked at. The source key is the person and their local date, and the day is
 * claimed before the mail is queued, so two nodes never queue the same digest.
 */
@Component
class Digests {

    /** The pseudo-kind of the digest's unsubscribe link: it turns off every kind delivered in the digest. */
    static final String KIND = "digest";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DigestItems items;
    private final Mailings mailings;
    private final MailServer server;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DigestMorning morning;

    Digests(
            DigestItems items,
            Mailings mailings,
            MailServer server,
            MessageSource messages,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${baton.digest.hour:7}") int hour) {
        this.items = items;
        this.mailings = mailings;
        this.server = server;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
        this.morning = new DigestMorning(hour);
    }

    @Scheduled(fixedDelayString = "${baton.digest.every:PT5M}")
    void sendEveryWhile() {
        sendDue();
    }

    /** Queues the digests due now; returns how many mails were queued. */
    int sendDue() {
        if (!server.on()) {
            return 0;
        }
        Instant now = Instant.now(clock);
        int queued = 0;
        for (var due : items.due(now, morning.hour())) {
            var day = morning.dueOn(due.zone(), now, due.lastDigest());
            if (day.isPresent()
                    && Boolean.TRUE.equals(transactions.execute(status -> send(due, day.get(), now, status)))) {
                queued++;
            }
        }
        return queued;
    }

    private boolean send(DigestItems.Due due, LocalDate day, Instant now, TransactionStatus status) {
        if (!items.claim(due.organizationId(), due.personId(), day)) {
            return false;
        }
        var waiting = items.waiting(due.organizationId(), due.personId(), now);
        if (waiting.isEmpty()) {
            status.setRollbackOnly(); // nothing to send after all: the day stays unclaimed
            return false;
        }
        var entries = DigestEntries.of(waiting).stream()
                .map(entry -> entryOf(entry, due.zone()))
                .toList();
        String subject = messages.getMessage("mail.digest.subject", new Object[] {day.toString()}, Locale.ENGLISH);
        boolean queued = mailings.queue(
                due.organizationId(),
                due.personId(),
                "digest/" + due.organizationId().value() + "/" + due.personId().value() + "/" + day,
                subject,
                "digest",
                Map.of("day", day.toString(), "entries", entries, "count", waiting.size()),
                KIND);
        items.digested(due.organizationId(), due.personId(), now);
        return queued;
    }

    private Map<String, Object> entryOf(DigestEntries.Entry entry, ZoneId zone) {
        List<Map<String, String>> events = entry.events().stream()
                .map(event -> Map.of(
                        "label",
                        messages.getMessage("inbox." + event.kind(), null, event.kind(), Locale.ENGLISH),
                        "detail",
                        event.detail() == null ? "" : event.detail(),
                        "time",
                        TIME.format(event.at().atZone(zone))))
                .toList();
        return Map.of(
                "title",
                entry.title(),
                "link",
                server.link(MailChannel.pathOf(entry.subjectType(), entry.subjectId())),
                "events",
                events);
    }
}
