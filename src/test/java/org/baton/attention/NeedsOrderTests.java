package org.baton.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.shared.Awaiting;
import org.junit.jupiter.api.Test;

class NeedsOrderTests {

    static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");

    static Awaiting need(String kind, String title, Instant deadline) {
        return new Awaiting(kind, "DECISION", UUID.randomUUID(), title, deadline);
    }

    static List<String> titlesInOrder(Awaiting... needs) {
        var sorted = new ArrayList<>(List.of(needs));
        sorted.sort(NeedsOrder.SOONEST_FIRST);
        return sorted.stream().map(Awaiting::title).toList();
    }

    @Test
    void listsTheSoonestDeadlineFirst() {
        assertThat(titlesInOrder(
                        need("consentRound", "in a week", NOW.plusSeconds(7 * 86400)),
                        need("consultation", "tomorrow", NOW.plusSeconds(86400)),
                        need("intentWindow", "in an hour", NOW.plusSeconds(3600))))
                .containsExactly("in an hour", "tomorrow", "in a week");
    }

    @Test
    void putsWhatHasNoDeadlineAfterEverythingThatHasOne() {
        assertThat(titlesInOrder(
                        need("adviceAsked", "no deadline", null),
                        need("consentRound", "far off", NOW.plusSeconds(90 * 86400)),
                        need("reviewOutcome", "overdue", NOW.minusSeconds(86400))))
                .containsExactly("overdue", "far off", "no deadline");
    }

    @Test
    void ordersWhatHasNoDeadlineByKindThenTitle() {
        assertThat(titlesInOrder(
                        need("intentObjection", "b", null),
                        need("adviceAsked", "z", null),
                        need("adviceAsked", "a", null)))
                .containsExactly("a", "z", "b");
    }
}
