package org.baton.web.dashboard;

import java.time.Instant;

/** One line of "what changed": when, what it happened to (with a link), and what happened, worded. */
public record ChangeLine(Instant at, String href, String subject, String text) {}
