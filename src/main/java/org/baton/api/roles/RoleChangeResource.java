package org.baton.api.roles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.people.PersonId;
import org.baton.roles.Nomination;
import org.baton.roles.Nominations;
import org.baton.roles.RoleChange;
import org.baton.roles.RoleChangeProposal;
import org.baton.roles.RoleChanges;
import org.baton.roles.RoleId;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hand-overs, splits and selections of a role, each proposed by anyone as a consent decision of the role's
 * circle and made when that decision is; and the nominations a selection draws on.
 */
@RestController
@RequestMapping("/api/v1/roles")
@Tag(name = RoleChangeResource.TAG)
class RoleChangeResource {

    static final String TAG = "Roles";

    private final RoleChanges changes;
    private final Nominations nominations;

    RoleChangeResource(RoleChanges changes, Nominations nominations) {
        this.changes = changes;
        this.nominations = nominations;
    }

    record HandoverRequest(@NotNull UUID toPersonId, UUID fromPersonId, @Size(max = TextLimits.TEXT) String reason) {}

    record SplitRequest(
            @NotNull @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.TITLE) String> titles,
            @Size(max = TextLimits.TEXT) String reason) {}

    record SelectionRequest(@NotNull UUID personId, @Size(max = TextLimits.TEXT) String reason) {}

    record NominationRequest(@NotNull UUID nomineeId, @Size(max = TextLimits.TEXT) String reason) {}

    record RoleChangeResponse(
            UUID id,
            UUID decisionId,
            UUID roleId,
            RoleChange.Kind kind,
            String subject,
            UUID toPersonId,
            UUID fromPersonId,
            List<String> titles,
            String reason,
            RoleChangeProposal.Status status,
            String failure,
            UUID proposedBy,
            Instant proposedAt) {
        static RoleChangeResponse of(RoleChangeProposal p) {
            var c = p.change();
            return new RoleChangeResponse(
                    p.id(),
                    p.decisionId().value(),
                    p.roleId().value(),
                    c.kind(),
                    p.subject(),
                    value(c.toPersonId()),
                    value(c.fromPersonId()),
                    c.titles(),
                    c.reason(),
                    p.status(),
                    p.failure(),
                    p.proposedBy().value(),
                    p.proposedAt());
        }
    }

    record NominationResponse(
            UUID id, UUID roleId, UUID nomineeId, UUID nominatedBy, String reason, Instant nominatedAt, boolean open) {
        static NominationResponse of(Nomination n) {
            return new NominationResponse(
                    n.id(),
                    n.roleId().value(),
                    n.nomineeId().value(),
                    n.nominatedBy().value(),
                    n.reason(),
                    n.nominatedAt(),
                    n.open());
        }
    }

    @PostMapping("/{id}/handover")
    @Operation(
            summary = "Propose to hand a role over to someone",
            description = "Anyone may propose it. Raises a consent decision whose participants are the role's circle"
                    + " (for a knowledge area, the people with that expertise and its holders); when it is made, the"
                    + " holder named by fromPersonId (required when the role has several holders), else its sole"
                    + " holder, steps back that day and the newcomer holds the role from that day. 409 when the"
                    + " newcomer holds it already or nobody could consent. A change the role can no longer take when"
                    + " its decision is made is FAILED, its failure naming the rule it broke.")
    ResponseEntity<RoleChangeResponse> handOver(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody HandoverRequest r) {
        return accepted(changes.handOver(
                caller.organizationId(),
                caller.personId(),
                new RoleId(id),
                new PersonId(r.toPersonId()),
                r.fromPersonId() == null ? null : new PersonId(r.fromPersonId()),
                r.reason()));
    }

    @PostMapping("/{id}/split")
    @Operation(
            summary = "Propose to split a role into sub-roles",
            description = "Two to ten titles. Raises a consent decision of the role's circle; when it is made, a"
                    + " sub-role of the same type and scope is defined under the role for each title, vacant until"
                    + " filled; a knowledge-area role's sub-roles each hold the area their title names (without a"
                    + " leading \"Lead \").")
    ResponseEntity<RoleChangeResponse> split(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody SplitRequest r) {
        return accepted(
                changes.split(caller.organizationId(), caller.personId(), new RoleId(id), r.titles(), r.reason()));
    }

    @PostMapping("/{id}/selection")
    @Operation(
            summary = "Propose a person for a seat of a role",
            description = "Sociocratic selection: a consent decision of the role's circle whose context cites the"
                    + " reasons of the person's nominations; when it is made, the person holds the role from that"
                    + " day. 409 when every seat is taken or the person holds it already.")
    ResponseEntity<RoleChangeResponse> select(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody SelectionRequest r) {
        return accepted(changes.select(
                caller.organizationId(), caller.personId(), new RoleId(id), new PersonId(r.personId()), r.reason()));
    }

    @GetMapping("/{id}/changes")
    @Operation(summary = "The hand-overs, splits and selections proposed for a role, newest first")
    PageResponse<RoleChangeResponse> proposals(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                changes.proposals(caller.organizationId(), new RoleId(id)).stream()
                        .map(RoleChangeResponse::of)
                        .toList(),
                page,
                size);
    }

    @PostMapping("/{id}/nominations")
    @Operation(
            summary = "Nominate someone for a role",
            description = "Anyone may nominate anyone, themselves included, and must say why. One open nomination per"
                    + " nominator and nominee (409 for a second); a selection closes the nominee's nominations.")
    ResponseEntity<NominationResponse> nominate(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody NominationRequest r) {
        var nomination = nominations.nominate(
                caller.organizationId(), caller.personId(), new RoleId(id), new PersonId(r.nomineeId()), r.reason());
        return ResponseEntity.created(URI.create("/api/v1/roles/" + id + "/nominations"))
                .body(NominationResponse.of(nomination));
    }

    @GetMapping("/{id}/nominations")
    @Operation(summary = "A role's nominations, open ones first, then newest first")
    PageResponse<NominationResponse> nominations(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                nominations.of(caller.organizationId(), new RoleId(id)).stream()
                        .map(NominationResponse::of)
                        .toList(),
                page,
                size);
    }

    private static ResponseEntity<RoleChangeResponse> accepted(RoleChangeProposal proposal) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/decisions/" + proposal.decisionId()))
                .body(RoleChangeResponse.of(proposal));
    }

    private static UUID value(PersonId person) {
        return person == null ? null : person.value();
    }
}
