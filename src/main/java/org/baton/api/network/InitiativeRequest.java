package org.baton.api.network;

import java.math.BigDecimal;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.network.InitiativeDraft;
import org.baton.network.InitiativeMetric;
import org.baton.network.InitiativeParameters;
import org.baton.people.PersonId;

/**
 * A strategic initiative to start: its title, its metric, management's loose parameters, and whether a 90-day win.
 * Its bounds are the domain's ({@link InitiativeDraft}): a value out of them is a 422 naming the field.
 */
record InitiativeRequest(
        String title, Metric metric, Parameters parameters, Boolean ninetyDayWin, UUID homeBaseId, UUID leaderId) {

    /** The metric the initiative's team designed. */
    record Metric(String name, BigDecimal baseline, BigDecimal target, String unit) {

        static Metric of(InitiativeMetric metric) {
            return new Metric(metric.name(), metric.baseline(), metric.target(), metric.unit());
        }
    }

    /** Management's loose parameters: a short text and an optional budget cap. */
    record Parameters(String text, BigDecimal budgetCap) {

        static Parameters of(InitiativeParameters parameters) {
            return new Parameters(parameters.text(), parameters.budgetCap());
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
