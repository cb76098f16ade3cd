package org.baton.decisions;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;

/**
 * A decision as raised. {@code method} may be left out (the recommended one applies) or chosen: stricter is
 * always allowed, lighter needs {@code methodReason}. {@code consentWindow} bounds a consent round
 * (default a week). {@code correctsId} links a correction to the decision it corrects. {@code areaId}, the
 * decision area, decides the zone. {@code participantIds} are added to a consent round's circle (its team by
 * default); {@code impactedIds} are the people a decider consults; {@code visibility} says who may see it
 * (the whole organization by default); {@code consultWindow} is how long the decider waits for the people
 * consulted (default a day).
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
        AreaId areaId,
        List<PersonId> participantIds,
        List<PersonId> impactedIds,
        Visibility visibility,
        Duration consultWindow,
        List<PersonId> namedIds) {

    public static final Duration DEFAULT_CONSENT_WINDOW = Duration.ofDays(7);
    public static final Duration DEFAULT_CONSULT_WINDOW = Duration.ofHours(24);

    /**
     * A change of the organization's own structure (its centre, its principles, who holds a role), put to the people
     * named for their consent: hard to reverse, high in consequence, organization-wide, open to everyone to read.
     */
    public static DecisionDraft organizationChange(
            String title, String context, String proposal, List<PersonId> participants) {
        return new DecisionDraft(
                title,
                context,
                Scope.ORGANIZATION,
                Reversibility.HARD,
                Consequence.HIGH,
                List.of(),
                DecisionMethod.CONSENT,
                null,
                proposal,
                null,
                null,
                null,
                null,
                participants,
                List.of(),
                Visibility.ORGANIZATION,
                null,
                List.of());
    }

    public DecisionDraft {
        scope = scope == null ? Scope.ORGANIZATION : scope;
        options = options == null
                ? List.of()
                : options.stream()
                        .filter(o -> o != null && !o.isBlank())
                        .map(String::strip)
                        .toList();
        TextLimits.requireEach("options", options, TextLimits.LINE);
        TextLimits.require("methodReason", methodReason, TextLimits.TEXT);
        consentWindow = consentWindow == null ? DEFAULT_CONSENT_WINDOW : consentWindow;
        participantIds = people(participantIds);
        impactedIds = people(impactedIds);
        namedIds = people(namedIds);
        visibility = visibility == null ? Visibility.ORGANIZATION : visibility;
        consultWindow = consultWindow == null ? DEFAULT_CONSULT_WINDOW : consultWindow;
        if (consultWindow.compareTo(Duration.ofDays(90)) > 0) {
            throw new RuleViolation(
                    "consultWindow", "decision.consultWindow.long", "A consultation window is at most 90 days.");
        }
        if (consultWindow.isNegative() || consultWindow.isZero()) {
            throw new RuleViolation(
                    "consultWindow",
                    "decision.consultWindow.positive",
                    "The consultation window must be a positive duration.");
        }
    }

    /** A draft open to the whole organization, naming nobody beyond its team. */
    public DecisionDraft(
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
        this(
                title,
                context,
                scope,
                reversibility,
                consequence,
                options,
                method,
                methodReason,
                proposal,
                consentWindow,
                correctsId,
                intentId,
                areaId,
                List.of(),
                List.of(),
                Visibility.ORGANIZATION,
                null,
                List.of());
    }

    /** The people the draft names, who may see the decision whatever its visibility: participants, the impacted. */
    public Set<PersonId> named() {
        var named = new LinkedHashSet<>(participantIds);
        named.addAll(impactedIds);
        named.addAll(namedIds);
        return named;
    }

    private static List<PersonId> people(List<PersonId> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
