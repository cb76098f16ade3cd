package org.baton.web.dashboard;

import java.time.Instant;

/**
 * One line of "what changed": when, what it happened to (with a link), what happened, worded, who did it
 * (empty when Baton did), and the decision it was made under, for an organization-wide change (null if none).
 */
public record ChangeLine(Instant at, String href, String subject, String text, String by, String underDecision) {}
