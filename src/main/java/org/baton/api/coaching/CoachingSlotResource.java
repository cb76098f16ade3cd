package org.baton.api.coaching;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.people.PersonId;
import org.baton.roles.CoachingSlot;
import org.baton.roles.CoachingSlotFilter;
import org.baton.roles.CoachingSlotId;
import org.baton.roles.CoachingSlots;
import org.baton.shared.PageRequest;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coaching sessions: a coach (someone holding a coach or team coach role) publishes slots and withdraws free ones;
 * anyone else books a free slot, once; the booker or the coach cancels the booking.
 */
@RestController
@RequestMapping("/api/v1/coaching-slots")
@Tag(name = "Coaching", description = "Sessions coaches offer and people book.")
class CoachingSlotResource {

    private final CoachingSlots slots;

    CoachingSlotResource(CoachingSlots slots) {
        this.slots = slots;
    }

    record PublishSlotRequest(
            Instant startsAt,
            Instant endsAt,
            @Size(max = TextLimits.TITLE) String topic,
            @Size(max = TextLimits.LINE) String place) {}

    record BookingRequest(@Size(max = TextLimits.TEXT) String note) {}

    @PostMapping
    ResponseEntity<CoachingSlotResponse> publish(
            @SignedIn Caller caller, @Valid @RequestBody PublishSlotRequest request) {
        var slot = slots.publish(
                caller.organizationId(),
                caller.personId(),
                request.startsAt(),
                request.endsAt(),
                request.topic(),
                request.place());
        return ResponseEntity.created(URI.create("/api/v1/coaching-slots/" + slot.id()))
                .body(response(slot, caller));
    }

    /** Upcoming slots (still running at or after {@code from}, now by default), soonest first. */
    @GetMapping
    PageResponse<CoachingSlotResponse> list(
            @SignedIn Caller caller,
            @RequestParam(required = false) UUID coachId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "false") boolean free,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var filter = new CoachingSlotFilter(coachId == null ? null : new PersonId(coachId), null, from, to, free);
        var now = slots.now();
        return PageResponse.of(
                slots.list(caller.organizationId(), filter, new PageRequest(page, size)),
                slot -> CoachingSlotResponse.of(slot, caller.personId(), now));
    }

    @GetMapping("/{id}")
    CoachingSlotResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return response(slots.get(caller.organizationId(), new CoachingSlotId(id)), caller);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@SignedIn Caller caller, @PathVariable UUID id) {
        return withdraw(caller, id);
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@SignedIn Caller caller, @PathVariable UUID id) {
        slots.withdraw(caller.organizationId(), new CoachingSlotId(id), caller.personId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/booking")
    ResponseEntity<CoachingSlotResponse> book(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) BookingRequest request) {
        var slot = slots.book(
                caller.organizationId(),
                new CoachingSlotId(id),
                caller.personId(),
                request == null ? null : request.note());
        return ResponseEntity.created(URI.create("/api/v1/coaching-slots/" + id + "/booking"))
                .body(response(slot, caller));
    }

    /** The booker or the coach cancels the booking; the slot is free again. */
    @DeleteMapping("/{id}/booking")
    CoachingSlotResponse cancelBooking(@SignedIn Caller caller, @PathVariable UUID id) {
        return response(
                slots.cancelBooking(caller.organizationId(), new CoachingSlotId(id), caller.personId()), caller);
    }

    private CoachingSlotResponse response(CoachingSlot slot, Caller caller) {
        return CoachingSlotResponse.of(slot, caller.personId(), slots.now());
    }
}
