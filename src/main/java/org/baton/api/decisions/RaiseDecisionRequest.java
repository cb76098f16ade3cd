package org.baton.api.decisions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.Reversibility;
import org.baton.people.PersonId;
import org.baton.shared.TextLimits;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;

/**
 * A decision as it is raised: what, where, how risky, and optionally how it will be decided. A consent decision
 * asks its team (or, organization-wide, the body its area's route names) plus {@code participantIds}; a
 * CONSULT_IMPACTED decision asks {@code impactedIds} and waits for them up to {@code consultWindow} (default a day).
 */
record RaiseDecisionRequest(
        @NotBlank @Size(max = TextLimits.TITLE) String title,
        @Size(max = TextLimits.DOCUMENT) String context,
        UUID homeBaseId,
        UUID missionId,
        @NotNull Reversibility reversibility,
        @NotNull Consequence consequence,
        @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> options,
        DecisionMethod method,
        @Size(max = TextLimits.TEXT) String methodReason,
        @Size(max = TextLimits.DOCUMENT) String proposal,
        @Schema(format = "duration", example = "P7D") Duration consentWindow,
        UUID correctsId,
        UUID areaId,
        @Schema(
                        description =
                                "People whose consent a CONSENT decision asks, besides its team; members of the organization")
                @Size(max = TextLimits.ITEMS)
                List<UUID> participantIds,
        @Schema(description = "People a CONSULT_IMPACTED decision consults (at least one, not the decider)")
                @Size(max = TextLimits.ITEMS)
                List<UUID> impactedIds,
        @Schema(
                        description = "How long the decider waits for the people consulted (ISO-8601, default PT24H)",
                        format = "duration")
                Duration consultWindow,
        @Schema(description = "Who may see it: ORGANIZATION (default), TEAM or CONFIDENTIAL") Visibility visibility,
        @Schema(
                        description =
                                "People it is shown to whatever its visibility, besides its participants and the impacted")
                @Size(max = TextLimits.ITEMS)
                List<UUID> namedIds) {

    DecisionDraft draft() {
        return new DecisionDraft(
                title,
                context,
                Scope.of(homeBaseId, missionId),
                reversibility,
                consequence,
                options,
                method,
                methodReason,
                proposal,
                consentWindow,
                correctsId == null ? null : new DecisionId(correctsId),
                null,
                areaId == null ? null : new AreaId(areaId),
                people(participantIds),
                people(impactedIds),
                visibility,
                consultWindow,
                people(namedIds));
    }

    private static List<PersonId> people(List<UUID> ids) {
        return ids == null
                ? List.of()
                : ids.stream()
                        .filter(java.util.Objects::nonNull)
                        .map(PersonId::new)
                        .toList();
    }
}
