package org.baton.notifications;

import static org.baton.shared.Rows.timestamp;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.baton.intents.IntentId;
import org.baton.intents.Intents;
import org.baton.notifications.ReplyParser.Answer;
import org.baton.shared.NotFound;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acts on a reply by mail as the person its signed address names, through the decisions and intents facades, whose
 * policies decide (ADR 0016). Each Message-ID is handled once: it is remembered in the transaction that records the
 * answer, so a second poll, a crash before the mail is marked read or a second node records nothing twice. A reply
 * that cannot be understood, whose address is forged, or that the domain refuses changes nothing and is answered
 * through the outbox with what was read and what a reply can say. A reply a machine wrote is never answered.
 */
@Component
class Replies {

    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    /** What became of a reply. */
    enum Outcome {
        RECORDED,
        ANSWERED,
        IGNORED,
        ALREADY_READ
    }

    private final ReplyAddresses addresses;
    private final Decisions decisions;
    private final Intents intents;
    private final Mailings mailings;
    private final MessageSource messages;
    private final MailServer server;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Replies(
            ReplyAddresses addresses,
            Decisions decisions,
            Intents intents,
            Mailings mailings,
            MessageSource messages,
            MailServer server,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.addresses = addresses;
        this.decisions = decisions;
        this.intents = intents;
        this.mailings = mailings;
        this.messages = messages;
        this.server = server;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    Outcome handle(IncomingReply reply) {
        var token = addresses.tokenIn(reply.recipients());
        if (reply.automatic() || token.isEmpty()) {
            // never answered: an answer to a machine, or to mail not sent to a reply address, could start a loop
            return once(reply, Outcome.IGNORED, () -> {});
        }
        var to = addresses.verify(token.get());
        if (to.isEmpty()) {
            log.info("MAIL_REPLY_FORGED messageId={}", reply.messageId());
            return once(reply, Outcome.ANSWERED, () -> answerForged(reply));
        }
        var answer = ReplyParser.read(to.get().kind(), reply.text(), reply.html());
        if (answer instanceof ReplyParser.Unclear unclear) {
            String why = unclear.understood().isEmpty() ? say("nothingRead") : say("unclear");
            return once(reply, Outcome.ANSWERED, () -> answer(reply, to.get(), unclear.understood(), why));
        }
        try {
            var outcome = once(reply, Outcome.RECORDED, () -> act(to.get(), answer));
            log.info(
                    "MAIL_REPLY_{} messageId={} kind={}",
                    outcome,
                    reply.messageId(),
                    to.get().kind());
            return outcome;
        } catch (RuleViolation e) {
            return refused(
                    reply, to.get(), messages.getMessage(e.code(), e.arguments(), e.getMessage(), Locale.ENGLISH));
        } catch (StateConflict e) {
            return refused(
                    reply, to.get(), messages.getMessage(e.code(), e.arguments(), e.getMessage(), Locale.ENGLISH));
        } catch (NotPermitted e) {
            return refused(reply, to.get(), say("notPermitted"));
        } catch (NotFound e) {
            return refused(reply, to.get(), say("notFound"));
        }
    }

    private Outcome refused(IncomingReply reply, ReplyTo to, String why) {
        String first = ReplyParser.written(reply.text(), reply.html()).stream()
                .findFirst()
                .orElse("");
        return once(reply, Outcome.ANSWERED, () -> answer(reply, to, first, say("refused", why)));
    }

    private void act(ReplyTo to, Answer answer) {
        var org = to.organizationId();
        var person = to.personId();
        switch (answer) {
            case ReplyParser.Consent c ->
                decisions.react(org, new DecisionId(to.subjectId()), person, Reaction.Kind.CONSENT, "");
            case ReplyParser.Concern c ->
                decisions.react(org, new DecisionId(to.subjectId()), person, Reaction.Kind.CONCERN, c.text());
            case ReplyParser.Objection o
            when to.kind() == ReplyTo.Kind.INTENT ->
                intents.object(org, new IntentId(to.subjectId()), person, o.harm(), List.of());
            case ReplyParser.Objection o ->
                decisions.raiseObjection(org, new DecisionId(to.subjectId()), person, o.harm(), List.of());
            case ReplyParser.Text t
            when to.kind() == ReplyTo.Kind.ADVICE ->
                decisions.giveAdvice(org, new DecisionId(to.subjectId()), person, t.text());
            case ReplyParser.Text t ->
                decisions.answerConsultation(org, new DecisionId(to.subjectId()), person, t.text());
            case ReplyParser.Unclear u ->
                throw new IllegalArgumentException("an unclear reply is answered, not acted on");
        }
    }

    /** Runs {@code work} in one transaction with remembering the reply; nothing when it was read before. */
    private Outcome once(IncomingReply reply, Outcome outcome, Runnable work) {
        return transactions.execute(status -> {
            int fresh = jdbc.sql(
                            "insert into mail_replies_read (message_id, read_at, outcome) values (?, ?, ?) on conflict do nothing")
                    .params(reply.messageId(), timestamp(Instant.now(clock)), outcome.name())
                    .update();
            if (fresh == 0) {
                return Outcome.ALREADY_READ;
            }
            work.run();
            return outcome;
        });
    }

    private void answer(IncomingReply reply, ReplyTo to, String understood, String reason) {
        var variables = variables(understood, reason, List.of(to.kind()));
        variables.put("link", server.link(MailChannel.pathOf(to.kind().subjectType(), to.subjectId())));
        mailings.queue(
                to.organizationId(),
                to.personId(),
                "reply-answer/" + reply.messageId(),
                null,
                "reply-answer",
                variables,
                null);
    }

    private void answerForged(IncomingReply reply) {
        if (reply.from() == null || reply.from().isBlank()) {
            return;
        }
        var variables = variables(null, say("forged"), Arrays.asList(ReplyTo.Kind.values()));
        variables.put("link", null);
        mailings.queueTo(
                null, reply.from(), "reply-answer/" + reply.messageId(), null, "reply-answer", variables, null, null);
    }

    private HashMap<String, Object> variables(String understood, String reason, List<ReplyTo.Kind> kinds) {
        var variables = new HashMap<String, Object>();
        variables.put("understood", understood == null || understood.isEmpty() ? null : shortened(understood));
        variables.put("reason", reason);
        variables.put("forms", kinds.stream().map(k -> say("forms." + k)).toList());
        return variables;
    }

    private static String shortened(String line) {
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage("mail.reply-answer." + key, arguments, Locale.ENGLISH);
    }
}
