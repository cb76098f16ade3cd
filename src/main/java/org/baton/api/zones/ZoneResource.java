package org.baton.api.zones;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;
import org.baton.zones.AreaId;
import org.baton.zones.Centre;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.DecisionArea;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decision areas and their zones, mandates, the centre, and "am I allowed to?". Changing the centre, areas,
 * zones and mandates directly is the admin's only while there is no centre; after that a change is proposed to
 * the centre at /api/v1/structure-changes (otherwise 403, its {@code proposalPath} naming it).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Decision areas and mandates")
class ZoneResource {

    private final Zones zones;
    private final MessageSource messages;

    ZoneResource(Zones zones, MessageSource messages) {
        this.zones = zones;
        this.messages = messages;
    }

    record AreaRequest(
            @NotBlank @Size(max = TextLimits.NAME) String name,
            Zone zone,
            @Size(max = TextLimits.TEXT) String description,
            Long version) {}

    record AreaResponse(UUID id, String name, Zone zone, String description, Instant createdAt, long version) {
        static AreaResponse of(DecisionArea a) {
            return new AreaResponse(a.id().value(), a.name(), a.zone(), a.description(), a.createdAt(), a.version());
        }
    }

    /** One holder: a home base, a mission, or a role by its id or else by its title ({@code role}). */
    record MandateRequest(
            @NotNull UUID areaId,
            UUID homeBaseId,
            UUID missionId,
            UUID roleId,
            @Size(max = TextLimits.NAME) String role) {}

    record CentreRequest(
            @NotBlank @Size(max = TextLimits.NAME) String name, @Size(max = TextLimits.ITEMS) List<UUID> memberIds) {}

    record CentreResponse(String name, List<UUID> memberIds) {
        static CentreResponse of(Centre c) {
            return new CentreResponse(
                    c.name(), c.memberIds().stream().map(PersonId::value).toList());
        }
    }

    @PostMapping("/decision-areas")
    ResponseEntity<AreaResponse> define(@SignedIn Caller caller, @Valid @RequestBody AreaRequest request) {
        var area = zones.define(
                caller.organizationId(),
                ChangeOrigin.direct(caller.personId(), caller.admin()),
                request.name(),
                request.zone(),
                request.description());
        return ResponseEntity.created(URI.create("/api/v1/decision-areas/" + area.id()))
                .body(AreaResponse.of(area));
    }

    @GetMapping("/decision-areas")
    PageResponse<AreaResponse> areas(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                zones.all(caller.organizationId()).stream()
                        .map(AreaResponse::of)
                        .toList(),
                page,
                size);
    }

    @GetMapping("/decision-areas/{id}")
    AreaResponse area(@SignedIn Caller caller, @PathVariable UUID id) {
        return AreaResponse.of(zones.get(caller.organizationId(), new AreaId(id)));
    }

    @PutMapping("/decision-areas/{id}")
    AreaResponse change(@SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody AreaRequest request) {
        var org = caller.organizationId();
        var current = zones.get(org, new AreaId(id));
        long version = request.version() == null ? current.version() : request.version();
        return AreaResponse.of(zones.change(
                org,
                ChangeOrigin.direct(caller.personId(), caller.admin()),
                current.id(),
                version,
                request.name(),
                request.zone(),
                request.description()));
    }

    /**
     * "Am I allowed to?": who holds the area, then what it means for the person asking (the caller unless
     * {@code personId} names someone): the zone, who decides, who must be informed, and why.
     */
    @GetMapping("/decision-areas/{id}/route")
    RouteResponse route(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) UUID homeBaseId,
            @RequestParam(required = false) UUID missionId) {
        if (homeBaseId != null && missionId != null) {
            throw new RuleViolation("missionId", "scope.both", "Give a home base or a mission, not both.");
        }
        var route = zones.route(
                caller.organizationId(),
                new AreaId(id),
                personId == null ? caller.personId() : new PersonId(personId),
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                missionId == null ? null : new MissionId(missionId));
        String why = messages.getMessage(
                route.reason(), route.reasonArguments().toArray(), route.reason(), LocaleContextHolder.getLocale());
        return RouteResponse.of(route, why);
    }

    @PostMapping("/mandates")
    ResponseEntity<MandateResponse> grant(@SignedIn Caller caller, @Valid @RequestBody MandateRequest r) {
        var mandate = zones.grant(
                caller.organizationId(),
                ChangeOrigin.direct(caller.personId(), caller.admin()),
                new AreaId(r.areaId()),
                r.homeBaseId() == null ? null : new HomeBaseId(r.homeBaseId()),
                r.missionId() == null ? null : new MissionId(r.missionId()),
                r.roleId(),
                r.role());
        return ResponseEntity.created(URI.create("/api/v1/mandates/" + mandate.id()))
                .body(MandateResponse.of(mandate));
    }

    @GetMapping("/mandates")
    PageResponse<MandateResponse> mandates(
            @SignedIn Caller caller,
            @RequestParam(required = false) UUID areaId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                zones.mandates(caller.organizationId(), areaId == null ? null : new AreaId(areaId)).stream()
                        .map(MandateResponse::of)
                        .toList(),
                page,
                size);
    }

    @DeleteMapping("/mandates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@SignedIn Caller caller, @PathVariable UUID id) {
        zones.revoke(caller.organizationId(), ChangeOrigin.direct(caller.personId(), caller.admin()), id);
    }

    @GetMapping("/centre")
    CentreResponse centre(@SignedIn Caller caller) {
        return CentreResponse.of(zones.centre(caller.organizationId()));
    }

    @PutMapping("/centre")
    CentreResponse appoint(@SignedIn Caller caller, @Valid @RequestBody CentreRequest request) {
        return CentreResponse.of(zones.appointCentre(
                caller.organizationId(),
                ChangeOrigin.direct(caller.personId(), caller.admin()),
                request.name(),
                request.memberIds() == null
                        ? List.of()
                        : request.memberIds().stream().map(PersonId::new).toList()));
    }
}
