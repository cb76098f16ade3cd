package org.baton.decisions;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;

/**
 * A decision as raised. {@code method} may be left out (the recommended one applies) or chosen: stricter is
 * always allowed, lighter needs {@code methodReason}. {@code consentWindow} bounds a consent round
 * (default a week). {@code correctsId} links a correction to the decision it corrects. {@code areaId}, the
 * decision area, decides the zone.
 */
public record DecisionDraft(
        String title,
        String context,
        Scope scope,
        Reversibility reversibility,
        Consequence consequence,
        List<String> options,
        DecisionMethod method,
        String methodReason,
        String proposal,
        Duration consentWindow,
        DecisionId correctsId,
        UUID intentId,
        AreaId areaId) {

    public static final Duration DEFAULT_CONSENT_WINDOW = Duration.ofDays(7);

    public DecisionDraft {
        scope = scope == null ? Scope.ORGANIZATION : scope;
        options = options == null
                ? List.of()
                : options.stream()
                        .filter(o -> o != null && !o.isBlank())
                        .map(String::strip)
                        .toList();
        consentWindow = consentWindow == null ? DEFAULT_CONSENT_WINDOW : consentWindow;
    }
}
