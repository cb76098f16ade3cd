package org.baton.api.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.network.UrgencyConversation;
import org.baton.network.UrgencyGroup;
import org.baton.network.UrgencyMember;
import org.baton.network.UrgencyReach;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.shared.TextLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The urgency group: opting in and out, logging the conversations that spread the statement, and its reach. */
@RestController
@RequestMapping("/api/v1/urgency-group")
@Tag(name = "Urgency group")
class UrgencyGroupResource {

    private final UrgencyGroup group;

    UrgencyGroupResource(UrgencyGroup group) {
        this.group = group;
    }

    record MembershipResponse(UUID personId, Instant joinedAt) {}

    record MemberResponse(UUID personId, String name, Instant joinedAt) {
        static MemberResponse of(UrgencyMember m) {
            return new MemberResponse(m.personId().value(), m.name(), m.joinedAt());
        }
    }

    record ConversationResponse(UUID id, UUID loggedBy, Instant heldAt, List<UUID> withPersonIds, String note) {
        static ConversationResponse of(UrgencyConversation c) {
            return new ConversationResponse(
                    c.id(),
                    c.loggedBy().value(),
                    c.heldAt(),
                    c.withPersonIds().stream().map(PersonId::value).toList(),
                    c.note());
        }
    }

    /**
     * @param members one page of the members now, by name
     * @param memberCount how many members the group has in all
     */
    record GroupResponse(List<MemberResponse> members, List<ConversationResponse> conversations, int memberCount) {}

    /** The people are counted by the group (1 to 50, 422 otherwise), so that every refusal names the same rule. */
    record LogConversationRequest(List<UUID> withPersonIds, @Size(max = TextLimits.LINE) String note) {}

    record HomeBaseShareResponse(UUID homeBaseId, String name, double share, int reached, int people) {
        static List<HomeBaseShareResponse> of(List<UrgencyReach.HomeBaseShare> shares) {
            return shares.stream()
                    .map(h -> new HomeBaseShareResponse(
                            h.homeBaseId().value(), h.name(), h.share(), h.reached(), h.people()))
                    .toList();
        }
    }

    record WeekResponse(LocalDate week, double overall, List<HomeBaseShareResponse> byHomeBase) {}

    /**
     * @param overall the share (0 to 1) of the organization's people reached now
     * @param series one point per week for the last 26 weeks, the oldest first: {@code week} is its Monday
     */
    record ReachResponse(
            double overall,
            int reached,
            int people,
            List<HomeBaseShareResponse> byHomeBase,
            List<WeekResponse> series) {
        static ReachResponse of(UrgencyReach r) {
            return new ReachResponse(
                    r.overall(),
                    r.reached(),
                    r.people(),
                    HomeBaseShareResponse.of(r.byHomeBase()),
                    r.series().stream()
                            .map(w -> new WeekResponse(w.week(), w.overall(), HomeBaseShareResponse.of(w.byHomeBase())))
                            .toList());
        }
    }

    @GetMapping
    @Operation(
            summary = "The urgency group: a page of its members, its latest 20 conversations and how many members it"
                    + " has",
            description = "Members are listed by name, size (1 to 200, 20 by default) per page from page 0;"
                    + " memberCount counts them all.")
    GroupResponse show(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var org = caller.organizationId();
        var members = group.members(org, new PageRequest(page, size));
        return new GroupResponse(
                members.items().stream().map(MemberResponse::of).toList(),
                group.latestConversations(org).stream()
                        .map(ConversationResponse::of)
                        .toList(),
                Math.toIntExact(members.totalItems()));
    }

    @PostMapping("/members")
    @Operation(
            summary = "Join the urgency group",
            description = "201 when the caller joins now; 200 with the current membership when they were in already.")
    ResponseEntity<MembershipResponse> join(@SignedIn Caller caller) {
        var membership = group.join(caller.organizationId(), caller.personId());
        var body = new MembershipResponse(membership.personId().value(), membership.joinedAt());
        return membership.joinedNow()
                ? ResponseEntity.created(URI.create("/api/v1/urgency-group")).body(body)
                : ResponseEntity.ok(body);
    }

    @DeleteMapping("/members/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leave the urgency group", description = "409 when the caller is not in it.")
    void leave(@SignedIn Caller caller) {
        group.leave(caller.organizationId(), caller.personId());
    }

    @PostMapping("/conversations")
    @Operation(
            summary = "Log a conversation that spread the opportunity statement",
            description = "Members of the urgency group only (403 otherwise); with 1 to 50 other people.")
    ResponseEntity<ConversationResponse> logConversation(
            @SignedIn Caller caller, @Valid @RequestBody LogConversationRequest request) {
        var conversation = group.logConversation(
                caller.organizationId(),
                caller.personId(),
                request.withPersonIds() == null
                        ? null
                        : request.withPersonIds().stream()
                                .map(id -> id == null ? null : new PersonId(id))
                                .toList(),
                request.note());
        return ResponseEntity.created(URI.create("/api/v1/urgency-group")).body(ConversationResponse.of(conversation));
    }

    @GetMapping("/reach")
    @Operation(
            summary = "How far the urgency group reached",
            description = "The share (0 to 1) of people who read the statement, joined the group or took part in a"
                    + " logged conversation: now, per home base, and one point per week for the last 26 weeks.")
    ReachResponse reach(@SignedIn Caller caller) {
        return ReachResponse.of(group.reach(caller.organizationId()));
    }
}
