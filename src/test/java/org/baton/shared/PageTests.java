package org.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTests {

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        var first = new Page<>(List.of("a", "b"), 0, 2, 5);
        var last = new Page<>(List.of("e"), 2, 2, 5);

        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
        assertThat(last.totalPages()).isEqualTo(3);
    }
}
