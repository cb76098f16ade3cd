package org.baton.network;

import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * A strategic initiative as a member of the coalition starts it: its title, the metric its team designed, the loose
 * parameters from management, whether it is a 90-day win, and optionally the home base it comes from and who leads
 * it (by default whoever starts it).
 */
public record InitiativeDraft(
        String title,
        InitiativeMetric metric,
        InitiativeParameters parameters,
        boolean ninetyDayWin,
        HomeBaseId homeBaseId,
        PersonId leaderId) {

    public InitiativeDraft {
        title = title == null ? null : title.strip();
        parameters = parameters == null ? InitiativeParameters.NONE : parameters;
    }

    /** Refuses a draft without a title (or one over {@link TextLimits#TITLE}), without a metric, or out of bounds. */
    void requireValid() {
        if (title == null || title.isEmpty()) {
            throw new RuleViolation("title", "initiative.title.required", "An initiative needs a title.");
        }
        TextLimits.require("title", title, TextLimits.TITLE);
        if (metric == null) {
            throw new RuleViolation("metric", "initiative.metric.required", "An initiative needs a metric.");
        }
        metric.requireValid();
        parameters.requireValid();
    }
}
