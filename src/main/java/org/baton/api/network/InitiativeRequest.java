package org.baton.api.network;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.network.InitiativeDraft;
import org.baton.network.InitiativeMetric;
import org.baton.network.InitiativeParameters;
import org.baton.people.PersonId;
import org.baton.shared.TextLimits;

/**
 * A strategic initiative to start: its title, its metric, management's loose parameters, and whether a 90-day win.
 * Its bounds are the domain's ({@link InitiativeDraft}): a value out of them is a 422 naming the field.
 */
record InitiativeRequest(
        @Schema(minLength = 1, maxLength = TextLimits.TITLE) String title,
        InitiativeMetricBody metric,
        InitiativeParametersBody parameters,
        Boolean ninetyDayWin,
        UUID homeBaseId,
        UUID leaderId) {

    /** The metric the initiative's team designed. */
    record InitiativeMetricBody(
            @Schema(minLength = 1, maxLength = TextLimits.LINE) String name,
            BigDecimal baseline,
            BigDecimal target,
            @Schema(maxLength = TextLimits.LABEL) String unit) {

        static InitiativeMetricBody of(InitiativeMetric metric) {
            return new InitiativeMetricBody(metric.name(), metric.baseline(), metric.target(), metric.unit());
        }
    }

    /** Management's loose parameters: a short text and an optional budget cap. */
    record InitiativeParametersBody(
            @Schema(maxLength = InitiativeParameters.TEXT_LIMIT) String text,
            @Schema(minimum = "0") BigDecimal budgetCap) {

        static InitiativeParametersBody of(InitiativeParameters parameters) {
            return new InitiativeParametersBody(parameters.text(), parameters.budgetCap());
        }
    }

    InitiativeDraft draft() {
        return new InitiativeDraft(
                title,
                metric == null
                        ? null
                        : new InitiativeMetric(metric.name(), metric.baseline(), metric.target(), metric.unit()),
                parameters == null ? null : new InitiativeParameters(parameters.text(), parameters.budgetCap()),
                Boolean.TRUE.equals(ninetyDayWin),
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                leaderId == null ? null : new PersonId(leaderId));
    }
}
