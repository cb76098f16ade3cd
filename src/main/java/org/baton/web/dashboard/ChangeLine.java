package org.baton.web.dashboard;

import java.time.Instant;

/**
 * One line of "what changed": when, what it happened to (with a link), what happened, worded, and who did it
 * (empty when Baton did).
 */
public record ChangeLine(Instant at, String href, String subject, String text, String by) {}
