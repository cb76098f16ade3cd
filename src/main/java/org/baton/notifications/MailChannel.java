package org.baton.notifications;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The email channel: a notice whose kind the person wants {@link Delivery#IMMEDIATELY} is queued as a mail (text and
 * HTML, with a link to its item and a one-click unsubscribe for its kind), when mail is on and the person has an
 * email address. A notice that asks something a reply can answer (ADR 0016) carries a signed Reply-To and says how
 * to answer by replying. {@code DIGEST} is kept for the person's daily digest ({@link Digests}); {@code OFF} sends
 * nothing.
 */
@Component
@Order(1)
class MailChannel implements Channel {

    private final MailServer server;
    private final Mailings mailings;
    private final MessageSource messages;
    private final ReplyAddresses replies;
    private final DigestItems digest;

    MailChannel(
            MailServer server, Mailings mailings, MessageSource messages, ReplyAddresses replies, DigestItems digest) {
        this.server = server;
        this.mailings = mailings;
        this.messages = messages;
        this.replies = replies;
        this.digest = digest;
    }

    @Override
    public void deliver(Notice notice, Delivery preference) {
        if (!server.on() || preference == Delivery.OFF) {
            return;
        }
        if (preference == Delivery.DIGEST) {
            digest.collect(notice);
            return;
        }
        String heading = messages.getMessage("inbox." + notice.kind(), null, notice.kind(), Locale.ENGLISH);
        Map<String, Object> variables = new HashMap<>();
        variables.put("heading", heading);
        variables.put("title", notice.title());
        variables.put("detail", notice.detail());
        variables.put("link", server.link(pathOf(notice.subjectType(), notice.subjectId())));
        variables.put("kindLabel", heading);
        var asked = replies.on() ? ReplyTo.Kind.askedBy(notice.kind()) : Optional.<ReplyTo.Kind>empty();
        variables.put(
                "replyHow",
                asked.map(k -> messages.getMessage("mail.reply.how." + k, null, Locale.ENGLISH))
                        .orElse(null));
        String replyTo = asked.map(k -> replies.addressFor(
                        new ReplyTo(notice.organizationId(), notice.personId(), k, notice.subjectId())))
                .orElse(null);
        mailings.queue(
                notice.organizationId(),
                notice.personId(),
                notice.sourceKey(),
                heading + ": " + notice.title(),
                "notice",
                variables,
                notice.kind(),
                replyTo);
    }

    /** Where an item a notice is about is read. */
    static String pathOf(String subjectType, UUID subjectId) {
        if (subjectType == null) {
            return "/inbox";
        }
        return switch (subjectType) {
            case "DECISION" -> "/decisions/" + subjectId;
            case "INTENT" -> "/intents/" + subjectId;
            case "ACCOUNT" -> "/account";
            case CoachingDeliveries.SUBJECT -> "/coaching";
            case AutonomyDeliveries.SUBJECT -> "/autonomy-agreements/" + subjectId;
            default -> "/inbox";
        };
    }
}
