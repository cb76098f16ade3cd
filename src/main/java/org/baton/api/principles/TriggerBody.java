package org.baton.api.principles;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.baton.principles.Trigger;

/** The feedback that triggered a change: a decision, an intent or a regeneration review. */
record TriggerBody(@NotNull Trigger.Kind type, @NotNull UUID id) {}
