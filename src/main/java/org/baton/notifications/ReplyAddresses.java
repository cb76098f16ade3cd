package org.baton.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed per-recipient reply address, {@code <local>+<token>@<domain>}, from {@code BATON_REPLY_ADDRESS}
 * ({@code baton-reply@example.org}); without it, or without an IMAP host to read replies from, notice mails carry no
 * Reply-To and no mailbox is read.
 */
@Component
class ReplyAddresses {

    private final String local;
    private final String domain;
    private final MailKey key;
    private volatile ReplyTokens tokens;

    ReplyAddresses(@Value("${baton.reply.address:}") String address, MailKey key) {
        String given = address == null ? "" : address.strip();
        int at = given.lastIndexOf('@');
        boolean valid =
                at > 0 && at < given.length() - 1 && !given.substring(0, at).contains("+");
        this.local = valid ? given.substring(0, at) : null;
        this.domain = valid ? given.substring(at + 1).toLowerCase(Locale.ROOT) : null;
        this.key = key;
    }

    boolean on() {
        return local != null;
    }

    String addressFor(ReplyTo what) {
        return local + "+" + tokens().sign(what) + "@" + domain;
    }

    /** The token part of the first of {@code recipients} that is a reply address of ours, signed or not. */
    Optional<String> tokenIn(List<String> recipients) {
        if (!on()) {
            return Optional.empty();
        }
        String prefix = (local + "+").toLowerCase(Locale.ROOT);
        return recipients.stream()
                .map(String::strip)
                .filter(r -> r.toLowerCase(Locale.ROOT).startsWith(prefix)
                        && r.toLowerCase(Locale.ROOT).endsWith("@" + domain))
                .map(r -> r.substring(prefix.length(), r.length() - domain.length() - 1))
                .findFirst();
    }

    /** What a token stands for, when this server signed it. */
    Optional<ReplyTo> verify(String token) {
        return tokens().verify(token);
    }

    private ReplyTokens tokens() {
        if (tokens == null) {
            tokens = new ReplyTokens(key.bytes());
        }
        return tokens;
    }
}
