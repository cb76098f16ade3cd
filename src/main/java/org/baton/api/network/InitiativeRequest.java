package org.baton.api.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.network.InitiativeDraft;
import org.baton.network.InitiativeMetric;
import org.baton.network.InitiativeParameters;
import org.baton.people.PersonId;
import org.baton.shared.TextLimits;

/** A strategic initiative to start: its title, its metric, management's loose parameters, and whether a 90-day win. */
record InitiativeRequest(
        @NotBlank @Size(max = TextLimits.TITLE) String title,
        @NotNull @Valid Metric metric,
        @Valid Parameters parameters,
        Boolean ninetyDayWin,
        UUID homeBaseId,
        UUID leaderId) {

    /** The metric the initiative's team designed. */
    record Metric(
            @NotBlank @Size(max = TextLimits.LINE) String name,
            @NotNull BigDecimal baseline,
            @NotNull BigDecimal target,
            @Size(max = TextLimits.LABEL) String unit) {

        static Metric of(InitiativeMetric metric) {
            return new Metric(metric.name(), metric.baseline(), metric.target(), metric.unit());
        }
    }

    /** Management's loose parameters: a short text and an optional budget cap. */
    record Parameters(@Size(max = InitiativeParameters.TEXT_LIMIT) String text, @PositiveOrZero BigDecimal budgetCap) {

        static Parameters of(InitiativeParameters parameters) {
            return new Parameters(parameters.text(), parameters.budgetCap());
        }
    }

    InitiativeDraft draft() {
        return new InitiativeDraft(
                title,
                new InitiativeMetric(metric.name(), metric.baseline(), metric.target(), metric.unit()),
                parameters == null ? null : new InitiativeParameters(parameters.text(), parameters.budgetCap()),
                Boolean.TRUE.equals(ninetyDayWin),
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                leaderId == null ? null : new PersonId(leaderId));
    }
}
