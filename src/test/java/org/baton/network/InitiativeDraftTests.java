package org.baton.network;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class InitiativeDraftTests {

    static final InitiativeMetric METRIC =
            new InitiativeMetric("Trial conversions", new BigDecimal("20"), new BigDecimal("35"), "%");

    static InitiativeDraft draft(String title, InitiativeMetric metric, InitiativeParameters parameters) {
        return new InitiativeDraft(title, metric, parameters, true, null, null);
    }

    static void assertRefusedAt(InitiativeDraft draft, String field) {
        assertThatThrownBy(draft::requireValid)
                .isInstanceOfSatisfying(RuleViolation.class, e -> org.assertj.core.api.Assertions.assertThat(e.field())
                        .isEqualTo(field));
    }

    @Test
    void acceptsATitleAMetricAndParametersWithinBounds() {
        var parameters = new InitiativeParameters("x".repeat(1000), BigDecimal.ZERO);

        assertThatCode(() -> draft("t".repeat(200), METRIC, parameters).requireValid())
                .doesNotThrowAnyException();
    }

    @Test
    void refusesABlankTitleAndOneOver200Characters() {
        assertRefusedAt(draft("  ", METRIC, null), "title");
        assertRefusedAt(draft("t".repeat(201), METRIC, null), "title");
    }

    @Test
    void refusesParametersOver1000CharactersAndANegativeBudgetCap() {
        assertRefusedAt(
                draft("Faster trials", METRIC, new InitiativeParameters("x".repeat(1001), null)), "parameters.text");
        assertRefusedAt(
                draft("Faster trials", METRIC, new InitiativeParameters("", new BigDecimal("-1"))),
                "parameters.budgetCap");
    }

    @Test
    void refusesAMetricWithoutANameOrWhoseTargetIsItsBaseline() {
        assertRefusedAt(draft("Faster trials", null, null), "metric");
        assertRefusedAt(
                draft("Faster trials", new InitiativeMetric(" ", BigDecimal.ONE, BigDecimal.TEN, ""), null),
                "metric.name");
        assertRefusedAt(
                draft("Faster trials", new InitiativeMetric("Trials", BigDecimal.ONE, BigDecimal.ONE, ""), null),
                "metric.target");
    }
}
