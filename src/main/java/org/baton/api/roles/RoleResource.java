package org.baton.api.roles;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.roles.Assignment;
import org.baton.roles.Role;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleDomains;
import org.baton.roles.RoleId;
import org.baton.roles.RoleOrigin;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.TextLimits;
import org.baton.zones.AreaId;
import org.baton.zones.DecisionArea;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Roles: their definition, holders and vacancies, and assignments with their provenance. Who may change what is
 * the roles module's rule ({@code RoleAuthority}): refusals answer 403.
 */
@RestController
@RequestMapping("/api/v1/roles")
@Tag(name = "Roles")
class RoleResource {

    private final Roles roles;
    private final RoleDomains domains;

    RoleResource(Roles roles, RoleDomains domains) {
        this.roles = roles;
        this.domains = domains;
    }

    record ScopeBody(@NotNull RoleScope.Type type, UUID id, @Size(max = TextLimits.NAME) String knowledgeArea) {}

    record RoleRequest(
            @NotNull RoleType type,
            @Size(max = TextLimits.TITLE) String title,
            @Size(max = TextLimits.TEXT) String purpose,
            @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> accountabilities,
            @Size(max = TextLimits.ITEMS) List<UUID> domainAreaIds,
            @Valid @NotNull ScopeBody scope,
            UUID parentId,
            Integer seats,
            LocalDate reviewOn,
            UUID decisionId,
            Long version) {

        RoleDefinition definition() {
            return new RoleDefinition(
                    type,
                    title,
                    purpose,
                    accountabilities,
                    new RoleScope(scope.type(), scope.id(), scope.knowledgeArea()),
                    parentId == null ? null : new RoleId(parentId),
                    seats == null ? 1 : seats,
                    reviewOn);
        }

        /** The areas asked for, or null when the request leaves the role's domains as they are. */
        List<AreaId> areas() {
            return domainAreaIds == null
                    ? null
                    : domainAreaIds.stream()
                            .map(id -> id == null ? null : new AreaId(id))
                            .toList();
        }
    }

    record HolderResponse(UUID personId, UUID assignmentId, LocalDate from, LocalDate until) {}

    record RoleResponse(
            UUID id,
            RoleType type,
            String title,
            String purpose,
            List<String> accountabilities,
            List<UUID> domainAreaIds,
            ScopeBody scope,
            UUID parentId,
            int seats,
            LocalDate reviewOn,
            List<HolderResponse> holders,
            int vacancies,
            Instant createdAt,
            long version) {

        static RoleResponse of(Role role, List<AreaId> domains, LocalDate today) {
            var d = role.definition();
            return new RoleResponse(
                    role.id().value(),
                    d.type(),
                    d.title(),
                    d.purpose(),
                    d.accountabilities(),
                    domains.stream().map(AreaId::value).toList(),
                    new ScopeBody(d.scope().type(), d.scope().id(), d.scope().knowledgeArea()),
                    d.parentId() == null ? null : d.parentId().value(),
                    d.seats(),
                    d.reviewOn(),
                    role.currentOn(today).stream()
                            .map(a -> new HolderResponse(a.personId().value(), a.id(), a.from(), a.endsOn()))
                            .toList(),
                    role.vacanciesOn(today),
                    role.createdAt(),
                    role.version());
        }
    }

    record AssignmentRequest(@NotNull UUID personId, LocalDate from, LocalDate until, UUID decisionId) {}

    record StepBackRequest(LocalDate on, @Size(max = TextLimits.TEXT) String note) {}

    record AssignmentResponse(
            UUID id,
            UUID roleId,
            UUID personId,
            LocalDate from,
            LocalDate until,
            UUID grantedBy,
            UUID decisionId,
            Instant grantedAt,
            LocalDate steppedBackOn,
            UUID steppedBackBy,
            String stepBackNote,
            boolean current) {

        static AssignmentResponse of(Assignment a, LocalDate today) {
            return new AssignmentResponse(
                    a.id(),
                    a.roleId().value(),
                    a.personId().value(),
                    a.from(),
                    a.until(),
                    a.grantedBy() == null ? null : a.grantedBy().value(),
                    a.decisionId() == null ? null : a.decisionId().value(),
                    a.grantedAt(),
                    a.steppedBackOn(),
                    a.steppedBackBy() == null ? null : a.steppedBackBy().value(),
                    a.stepBackNote(),
                    a.currentOn(today));
        }
    }

    @PostMapping
    ResponseEntity<RoleResponse> define(@SignedIn Caller caller, @Valid @RequestBody RoleRequest request) {
        var org = caller.organizationId();
        var role = domains.define(org, origin(caller, request.decisionId()), request.definition(), request.areas());
        return ResponseEntity.created(URI.create("/api/v1/roles/" + role.id())).body(answer(org, role));
    }

    @GetMapping
    PageResponse<RoleResponse> list(
            @SignedIn Caller caller,
            @RequestParam(required = false) RoleType type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var org = caller.organizationId();
        var today = roles.today();
        var held = domains.ofAll(org);
        return PageResponse.of(
                roles.list(org, type, new PageRequest(page, size)),
                r -> RoleResponse.of(r, held.getOrDefault(r.id(), List.of()), today));
    }

    @GetMapping("/{id}")
    RoleResponse role(@SignedIn Caller caller, @PathVariable UUID id) {
        var org = caller.organizationId();
        return answer(org, roles.get(org, new RoleId(id)));
    }

    /** Replaces the definition; {@code version} guards against overwriting someone else's change (409). */
    @PutMapping("/{id}")
    RoleResponse revise(@SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody RoleRequest request) {
        var org = caller.organizationId();
        var roleId = new RoleId(id);
        long version = request.version() == null ? roles.get(org, roleId).version() : request.version();
        return answer(
                org,
                domains.revise(
                        org,
                        origin(caller, request.decisionId()),
                        roleId,
                        version,
                        request.definition(),
                        request.areas()));
    }

    @PostMapping("/{id}/assignments")
    ResponseEntity<AssignmentResponse> assign(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody AssignmentRequest request) {
        var assignment = roles.assign(
                caller.organizationId(),
                origin(caller, request.decisionId()),
                new RoleId(id),
                new PersonId(request.personId()),
                request.from(),
                request.until());
        return ResponseEntity.created(URI.create("/api/v1/roles/" + id + "/assignments/" + assignment.id()))
                .body(AssignmentResponse.of(assignment, roles.today()));
    }

    @GetMapping("/{id}/assignments")
    List<AssignmentResponse> assignments(
            @SignedIn Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includePast) {
        var today = roles.today();
        return roles.get(caller.organizationId(), new RoleId(id)).assignments().stream()
                .filter(a -> includePast || a.heldOnOrAfter(today))
                .map(a -> AssignmentResponse.of(a, today))
                .toList();
    }

    @PostMapping("/{id}/assignments/{assignmentId}/step-back")
    AssignmentResponse stepBack(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID assignmentId,
            @Valid @RequestBody(required = false) StepBackRequest request) {
        var body = request == null ? new StepBackRequest(null, null) : request;
        return AssignmentResponse.of(
                roles.stepBack(
                        caller.organizationId(),
                        RoleOrigin.direct(caller.personId(), caller.admin(), null),
                        new RoleId(id),
                        assignmentId,
                        body.on(),
                        body.note()),
                roles.today());
    }

    private RoleResponse answer(OrganizationId org, Role role) {
        var held = domains.of(org, role.id()).stream().map(DecisionArea::id).toList();
        return RoleResponse.of(role, held, roles.today());
    }

    private static RoleOrigin origin(Caller caller, UUID decisionId) {
        return RoleOrigin.direct(
                caller.personId(), caller.admin(), decisionId == null ? null : new DecisionId(decisionId));
    }
}
