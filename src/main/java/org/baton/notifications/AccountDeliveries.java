package org.baton.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.baton.accounts.SignInPaused;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person when repeated wrong passwords paused sign-in to their account: until when, from which address,
 * and what to do if it was not them. Once per throttling episode ({@link SignInPaused} is published when a pause
 * begins), and only when their account was paused, not merely the address someone guessed from. The words come
 * from the message bundle ({@code inbox.signInPaused*}), in the site's language, since nobody reads along.
 */
@Component
class AccountDeliveries {

    static final String KIND = "signInPaused";

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Notices notices;
    private final MessageSource messages;

    AccountDeliveries(Notices notices, MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
    }

    /** The notice for the account's owner, in words of the bundle. */
    record Words(String title, String detail) {}

    @ApplicationModuleListener
    void on(SignInPaused paused) {
        noticeOf(paused, messages)
                .ifPresent(notice -> notices.deliver(
                        paused.organizationId(),
                        List.of(paused.personId()),
                        KIND,
                        "ACCOUNT",
                        paused.personId().value(),
                        notice.title(),
                        notice.detail(),
                        Notices.source(paused, paused.personId().value(), paused.at())));
    }

    static Optional<Words> noticeOf(SignInPaused paused, MessageSource messages) {
        if (!paused.accountPaused()) {
            return Optional.empty();
        }
        String address = paused.address() == null || paused.address().isBlank()
                ? messages.getMessage("inbox.signInPaused.unknownAddress", null, Locale.ENGLISH)
                : paused.address();
        return Optional.of(new Words(
                messages.getMessage(
                        "inbox.signInPaused.title",
                        new Object[] {UNTIL.format(paused.until()), address},
                        Locale.ENGLISH),
                messages.getMessage("inbox.signInPaused.detail", null, Locale.ENGLISH)));
    }
}
