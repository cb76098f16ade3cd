package org.baton.api.missions;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.development.Alternative;
import org.baton.development.Pick;
import org.baton.development.Reason;
import org.baton.development.Staffing;
import org.baton.development.StaffingProposal;
import org.baton.missions.MissionId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staffing proposals: whom Baton proposes for a mission (asking anew each time), for several missions at once with
 * nobody over-allocated across them, and accepting the latest proposal (or the one named, if still the latest) to
 * staff the mission. Each pick comes with
 * its reasons in plain words.
 */
@RestController
@Tag(name = MissionResource.TAG)
class StaffingResource {

    private final Staffing staffing;
    private final MessageSource messages;
    private final Clock clock;

    StaffingResource(Staffing staffing, MessageSource messages, Clock clock) {
        this.staffing = staffing;
        this.messages = messages;
        this.clock = clock;
    }

    /** The missions to staff together: 1 to {@value Staffing#MAX_TOGETHER}, checked by staffing itself (422). */
    record StaffTogetherRequest(List<UUID> missionIds) {}

    /**
     * Which proposal to accept: the {@code proposedAt} of the one seen (409 when a newer one was asked for since);
     * without it, the latest.
     */
    record AcceptRequest(Instant proposedAt) {}

    record PickResponse(UUID personId, List<String> reasons) {}

    record AlternativeResponse(String seat, UUID personId, UUID insteadOf, List<String> reasons) {}

    record StaffingProposalResponse(
            UUID missionId,
            long missionVersion,
            PickResponse leader,
            List<PickResponse> members,
            List<AlternativeResponse> alternatives,
            String score,
            Instant proposedAt,
            List<String> concerns) {}

    @GetMapping("/api/v1/missions/{id}/staffing-proposal")
    StaffingProposalResponse propose(@SignedIn Caller caller, @PathVariable UUID id) {
        return response(staffing.propose(caller.organizationId(), new MissionId(id), caller.personId()));
    }

    @PostMapping("/api/v1/missions/{id}/staffing-proposal/accept")
    MissionResponse accept(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestBody(required = false) AcceptRequest request) {
        return MissionResponse.of(
                staffing.accept(
                        caller.organizationId(),
                        new MissionId(id),
                        caller.personId(),
                        request == null ? null : request.proposedAt()),
                clock);
    }

    @PostMapping("/api/v1/staffing-proposals")
    List<StaffingProposalResponse> proposeTogether(@SignedIn Caller caller, @RequestBody StaffTogetherRequest request) {
        return staffing
                .proposeTogether(
                        caller.organizationId(),
                        request.missionIds() == null
                                ? List.of()
                                : request.missionIds().stream()
                                        .map(id -> id == null ? null : new MissionId(id))
                                        .toList(),
                        caller.personId())
                .stream()
                .map(this::response)
                .toList();
    }

    private StaffingProposalResponse response(StaffingProposal proposal) {
        return new StaffingProposalResponse(
                proposal.missionId().value(),
                proposal.missionVersion(),
                proposal.leader() == null ? null : pick(proposal.leader()),
                proposal.members().stream().map(this::pick).toList(),
                proposal.alternatives().stream().map(this::alternative).toList(),
                proposal.score(),
                proposal.proposedAt(),
                said(proposal.concerns()));
    }

    private PickResponse pick(Pick pick) {
        return new PickResponse(pick.personId().value(), said(pick.reasons()));
    }

    private AlternativeResponse alternative(Alternative alternative) {
        return new AlternativeResponse(
                alternative.seat(),
                alternative.personId().value(),
                alternative.insteadOf() == null ? null : alternative.insteadOf().value(),
                said(alternative.reasons()));
    }

    /** The reasons as sentences, in the caller's language. */
    private List<String> said(List<Reason> reasons) {
        return reasons.stream()
                .map(r -> messages.getMessage(
                        r.messageKey(), r.messageArguments(), r.code(), LocaleContextHolder.getLocale()))
                .toList();
    }
}
