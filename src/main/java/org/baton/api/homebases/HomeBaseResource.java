package org.baton.api.homebases;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBaseContext;
import org.baton.homebases.HomeBaseDetails;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.Lesson;
import org.baton.missions.Missions;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Home bases of the caller's organization, with their members, context and memory. */
@RestController
@RequestMapping("/api/v1/home-bases")
@Tag(name = "Home bases")
class HomeBaseResource {

    private final HomeBases homeBases;
    private final Missions missions;

    HomeBaseResource(HomeBases homeBases, Missions missions) {
        this.homeBases = homeBases;
        this.missions = missions;
    }

    record ContextBody(
            @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> customers,
            @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> successMetrics,
            @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> priorities,
            @Size(max = TextLimits.LINE) String budget) {
        static ContextBody of(HomeBaseContext context) {
            return new ContextBody(
                    context.customers(), context.successMetrics(), context.priorities(), context.budget());
        }

        HomeBaseContext toContext() {
            return new HomeBaseContext(customers, successMetrics, priorities, budget);
        }
    }

    record HomeBaseRequest(
            @NotBlank @Size(max = TextLimits.NAME) String name,
            @Size(max = TextLimits.TEXT) String purpose,
            UUID leaderId,
            @Size(max = TextLimits.ITEMS) List<UUID> memberIds,
            @Valid ContextBody context,
            Long version) {

        HomeBaseDetails details() {
            return new HomeBaseDetails(
                    name,
                    purpose,
                    leaderId == null ? null : new PersonId(leaderId),
                    memberIds == null
                            ? List.of()
                            : memberIds.stream().map(PersonId::new).toList(),
                    context == null ? null : context.toContext());
        }
    }

    record HomeBaseResponse(
            UUID id,
            String name,
            String purpose,
            UUID leaderId,
            List<UUID> memberIds,
            ContextBody context,
            Instant foundedAt,
            long version) {

        static HomeBaseResponse of(HomeBase homeBase) {
            return new HomeBaseResponse(
                    homeBase.id().value(),
                    homeBase.name(),
                    homeBase.purpose(),
                    homeBase.leaderId() == null ? null : homeBase.leaderId().value(),
                    homeBase.memberIds().stream().map(PersonId::value).toList(),
                    ContextBody.of(homeBase.context()),
                    homeBase.foundedAt(),
                    homeBase.version());
        }
    }

    record LessonResponse(
            UUID missionId, String missionTitle, String missionStatus, String lesson, Instant capturedAt) {
        static LessonResponse of(Lesson lesson) {
            return new LessonResponse(
                    lesson.missionId().value(),
                    lesson.missionTitle(),
                    lesson.missionStatus().name(),
                    lesson.lesson(),
                    lesson.capturedAt());
        }
    }

    @PostMapping
    ResponseEntity<HomeBaseResponse> found(@SignedIn Caller caller, @Valid @RequestBody HomeBaseRequest request) {
        var homeBase = homeBases.found(caller.organizationId(), request.details(), caller.personId());
        return ResponseEntity.created(URI.create("/api/v1/home-bases/" + homeBase.id()))
                .body(HomeBaseResponse.of(homeBase));
    }

    @GetMapping
    PageResponse<HomeBaseResponse> list(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                homeBases.list(caller.organizationId(), new PageRequest(page, size)), HomeBaseResponse::of);
    }

    @GetMapping("/{id}")
    HomeBaseResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return HomeBaseResponse.of(homeBases.get(caller.organizationId(), new HomeBaseId(id)));
    }

    @PutMapping("/{id}")
    HomeBaseResponse describe(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody HomeBaseRequest request) {
        homeBases.get(caller.organizationId(), new HomeBaseId(id));
        if (request.version() == null) {
            throw new RuleViolation(
                    "version",
                    "edit.version.required",
                    "Send the version you read, so a concurrent edit is not overwritten.");
        }
        return HomeBaseResponse.of(homeBases.describe(
                caller.organizationId(), new HomeBaseId(id), request.version(), request.details(), caller.personId()));
    }

    /** The home base's institutional memory: lessons of the missions it spawned. */
    @GetMapping("/{id}/memory")
    PageResponse<LessonResponse> memory(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var homeBase = homeBases.get(caller.organizationId(), new HomeBaseId(id));
        return PageResponse.of(
                missions.memoryOf(caller.organizationId(), homeBase.id()).stream()
                        .map(LessonResponse::of)
                        .toList(),
                page,
                size);
    }
}
