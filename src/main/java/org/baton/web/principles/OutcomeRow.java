package org.baton.web.principles;

/**
 * A principle on a review page: its value, the tensions gathered about it, and what the review decided for it,
 * if anything yet ({@code outcome} is KEPT, CHANGED or RETIRED, or null).
 */
public record OutcomeRow(PrincipleRow principle, String valueName, long tensions, String outcome, String note) {}
