package org.baton.api.principles;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.principles.ChangeProposal;
import org.baton.principles.Governance;
import org.baton.principles.PrincipleId;
import org.baton.principles.Trigger;
import org.baton.principles.ValueId;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposed changes to the values and principles, each carried by a consent decision whose participants are the
 * governance body's current members; adopted when it is made. Seats on the body are proposed through
 * {@code POST /api/v1/governance/members} and listed here too.
 */
@RestController
@RequestMapping("/api/v1/principle-changes")
@Tag(name = GovernanceResource.TAG)
class PrincipleChangeResource {

    private final Governance governance;

    PrincipleChangeResource(Governance governance) {
        this.governance = governance;
    }

    record ProposalRequest(
            @NotNull ChangeProposal.Kind kind,
            UUID valueId,
            UUID principleId,
            @Size(max = TextLimits.LINE) String text,
            @Size(max = TextLimits.TEXT) String description,
            @Size(max = TextLimits.TEXT) String rationale,
            @Valid TriggerBody trigger) {}

    record ProposalResponse(
            UUID id,
            UUID decisionId,
            ChangeProposal.Kind kind,
            UUID valueId,
            UUID principleId,
            String text,
            String rationale,
            ChangeProposal.Status status,
            UUID proposedBy,
            Instant proposedAt,
            UUID memberId,
            LocalDate termStartsOn,
            LocalDate termEndsOn) {
        static ProposalResponse of(ChangeProposal p) {
            return new ProposalResponse(
                    p.id(),
                    p.decisionId().value(),
                    p.kind(),
                    p.valueId() == null ? null : p.valueId().value(),
                    p.principleId() == null ? null : p.principleId().value(),
                    p.text(),
                    p.rationale(),
                    p.status(),
                    p.proposedBy().value(),
                    p.proposedAt(),
                    p.memberId() == null ? null : p.memberId().value(),
                    p.termStartsOn(),
                    p.termEndsOn());
        }
    }

    @PostMapping
    ResponseEntity<ProposalResponse> propose(@SignedIn Caller caller, @Valid @RequestBody ProposalRequest r) {
        var proposal = governance.propose(
                caller.organizationId(),
                caller.personId(),
                r.kind(),
                r.valueId() == null ? null : new ValueId(r.valueId()),
                r.principleId() == null ? null : new PrincipleId(r.principleId()),
                r.text(),
                r.description(),
                r.rationale(),
                r.trigger() == null
                        ? null
                        : new Trigger(r.trigger().type(), r.trigger().id()));
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + proposal.decisionId()))
                .body(ProposalResponse.of(proposal));
    }

    @GetMapping
    PageResponse<ProposalResponse> proposals(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                governance.proposals(caller.organizationId()).stream()
                        .map(ProposalResponse::of)
                        .toList(),
                page,
                size);
    }
}
