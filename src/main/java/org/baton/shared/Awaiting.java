package org.baton.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing that awaits a person's answer, as a module names it: its kind (e.g. {@code consentRound}), the
 * subject it is about ({@code DECISION}, {@code INTENT}, {@code MISSION} or {@code REVIEW}), that subject's
 * title, and by when it is due ({@code null}: no deadline).
 */
public record Awaiting(String kind, String subjectType, UUID subjectId, String title, Instant deadline) {}
