package org.baton.network;

import java.util.UUID;
import org.baton.people.PersonId;

/**
 * An application to a coalition call as the selection sees it: who applied and the panel's mean ratings of their
 * attitude and energy (1–5; null while nobody rated it), from {@code ratings} raters.
 */
public record RatedApplication(UUID applicationId, PersonId personId, Double attitude, Double energy, int ratings) {}
