package org.baton.api.authority;

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
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.TextLimits;
import org.baton.structure.StructureChange;
import org.baton.structure.StructureChanges;
import org.baton.structure.StructureProposal;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes to the centre, decision areas, their zones and mandates, proposed to the centre: each is a consent
 * decision whose participants are the centre's members, and is made when that decision is.
 */
@RestController
@RequestMapping("/api/v1/structure-changes")
@Tag(name = AuthorityResource.TAG)
class StructureChangeResource {

    private final StructureChanges changes;

    StructureChangeResource(StructureChanges changes) {
        this.changes = changes;
    }

    record StructureChangeRequest(
            @NotNull StructureChange.Kind kind,
            UUID areaId,
            @Size(max = TextLimits.NAME) String name,
            Zone zone,
            @Size(max = TextLimits.TEXT) String description,
            UUID homeBaseId,
            UUID missionId,
            @Size(max = TextLimits.NAME) String role,
            UUID roleId,
            UUID mandateId,
            @Size(max = TextLimits.ITEMS) List<UUID> memberIds,
            @Size(max = TextLimits.TEXT) String rationale) {}

    record StructureChangeResponse(
            UUID id,
            UUID decisionId,
            StructureChange.Kind kind,
            String subject,
            UUID areaId,
            String name,
            Zone zone,
            String description,
            UUID homeBaseId,
            UUID missionId,
            String role,
            UUID roleId,
            UUID mandateId,
            @Size(max = TextLimits.ITEMS) List<UUID> memberIds,
            String rationale,
            StructureProposal.Status status,
            UUID proposedBy,
            Instant proposedAt) {
        static StructureChangeResponse of(StructureProposal p) {
            var c = p.change();
            return new StructureChangeResponse(
                    p.id(),
                    p.decisionId().value(),
                    c.kind(),
                    p.subject(),
                    c.areaId() == null ? null : c.areaId().value(),
                    c.name(),
                    c.zone(),
                    c.description(),
                    c.homeBaseId() == null ? null : c.homeBaseId().value(),
                    c.missionId() == null ? null : c.missionId().value(),
                    c.role(),
                    c.roleId(),
                    c.mandateId(),
                    c.memberIds().stream().map(PersonId::value).toList(),
                    c.rationale(),
                    p.status(),
                    p.proposedBy().value(),
                    p.proposedAt());
        }
    }

    @PostMapping
    @Operation(
            summary = "Propose a change to the centre, a decision area, its zone or a mandate",
            description =
                    "Raises a consent decision whose participants are the centre's members (the proposer consents by"
                            + " proposing); when it is made, the change is applied with the decision as its provenance."
                            + " 409 while there is no centre: the admin acts for it directly then.")
    ResponseEntity<StructureChangeResponse> propose(
            @SignedIn Caller caller, @Valid @RequestBody StructureChangeRequest r) {
        var proposal = changes.propose(
                caller.organizationId(),
                caller.personId(),
                new StructureChange(
                        r.kind(),
                        r.areaId() == null ? null : new AreaId(r.areaId()),
                        r.name(),
                        r.zone(),
                        r.description(),
                        r.homeBaseId() == null ? null : new HomeBaseId(r.homeBaseId()),
                        r.missionId() == null ? null : new MissionId(r.missionId()),
                        r.role(),
                        r.roleId(),
                        r.mandateId(),
                        r.memberIds() == null
                                ? List.of()
                                : r.memberIds().stream().map(PersonId::new).toList(),
                        r.rationale()));
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + proposal.decisionId()))
                .body(StructureChangeResponse.of(proposal));
    }

    @GetMapping
    PageResponse<StructureChangeResponse> proposals(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                changes.all(caller.organizationId()).stream()
                        .map(StructureChangeResponse::of)
                        .toList(),
                page,
                size);
    }
}
