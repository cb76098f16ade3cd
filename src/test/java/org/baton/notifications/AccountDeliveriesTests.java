package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.baton.accounts.SignInPaused;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AccountDeliveriesTests {

    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    ResourceBundleMessageSource messages = messages();

    @Test
    void theOwnerOfAPausedAccountIsToldUntilWhenFromWhereAndWhatToDo() {
        var paused = paused("203.0.113.9", true, false);

        assertThat(AccountDeliveries.noticeOf(paused, messages)).hasValueSatisfying(notice -> {
            assertThat(notice.title()).contains("30 Nov 2026, 10:00:02 UTC").contains("203.0.113.9");
            assertThat(notice.detail()).contains("change it");
        });
        assertThat(messages.getMessage("inbox." + AccountDeliveries.KIND, null, Locale.ENGLISH))
                .contains("paused");
    }

    @Test
    void aPauseOfTheAddressAloneTellsNobody() {
        assertThat(AccountDeliveries.noticeOf(paused("203.0.113.9", false, true), messages))
                .isEmpty();
    }

    @Test
    void anUnknownAddressIsSaidInWords() {
        assertThat(AccountDeliveries.noticeOf(paused("", true, true), messages))
                .hasValueSatisfying(notice -> assertThat(notice.title()).contains("an unknown address"));
    }

    private static SignInPaused paused(String address, boolean account, boolean ofAddress) {
        return new SignInPaused(
                OrganizationId.random(),
                AT,
                new PersonId(UUID.randomUUID()),
                address,
                AT.plusSeconds(2),
                account,
                ofAddress);
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
