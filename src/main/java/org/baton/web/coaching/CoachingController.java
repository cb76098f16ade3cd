package org.baton.web.coaching;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.CoachingSlot;
import org.baton.roles.CoachingSlotFilter;
import org.baton.roles.CoachingSlotId;
import org.baton.roles.CoachingSlots;
import org.baton.shared.PageRequest;
import org.baton.web.support.StepRunner;
import org.baton.web.support.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coaching: the upcoming free sessions by coach, each with a button to book it (and a note for the coach), my
 * bookings, and for coaches a form to offer a session and their own upcoming slots with who booked them. What each
 * person may do with a slot comes from the slot.
 */
@Controller
@RequestMapping("/coaching")
class CoachingController {

    static final int PAGE_SIZE = 50;

    private final CoachingSlots slots;
    private final People people;
    private final Viewer viewer;

    CoachingController(CoachingSlots slots, People people, Viewer viewer) {
        this.slots = slots;
        this.people = people;
        this.viewer = viewer;
    }

    @GetMapping
    String show(@SignedIn Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        return page(caller, Math.max(0, page), model);
    }

    @PostMapping("/slots")
    String publish(
            @SignedIn Caller caller,
            @Valid @ModelAttribute("slot") CoachingSlotForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return StepRunner.step(() -> slots.publish(
                        caller.organizationId(),
                        caller.personId(),
                        instant(form.getStartsAt()),
                        instant(form.getEndsAt()),
                        form.getTopic(),
                        form.getPlace()))
                .on(
                        result,
                        StepRunner.redirecting(redirect, "coaching.published", "/coaching#my-slots"),
                        () -> page(caller, 0, model));
    }

    @PostMapping("/slots/{id}/booking")
    String book(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return StepRunner.step(
                        () -> slots.book(caller.organizationId(), new CoachingSlotId(id), caller.personId(), note))
                .alerting(
                        redirect,
                        StepRunner.redirecting(redirect, "coaching.booked", "/coaching#my-bookings"),
                        () -> "redirect:/coaching");
    }

    @PostMapping("/slots/{id}/booking/cancel")
    String cancelBooking(@SignedIn Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
        return StepRunner.step(
                        () -> slots.cancelBooking(caller.organizationId(), new CoachingSlotId(id), caller.personId()))
                .alerting(
                        redirect,
                        StepRunner.redirecting(redirect, "coaching.cancelled", "/coaching"),
                        () -> "redirect:/coaching");
    }

    @PostMapping("/slots/{id}/withdraw")
    String withdraw(@SignedIn Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
        return StepRunner.step(() -> slots.withdraw(caller.organizationId(), new CoachingSlotId(id), caller.personId()))
                .alerting(
                        redirect,
                        StepRunner.redirecting(redirect, "coaching.withdrawn", "/coaching#my-slots"),
                        () -> "redirect:/coaching");
    }

    private String page(Caller caller, int page, Model model) {
        var org = caller.organizationId();
        var me = caller.personId();
        var upcoming = CoachingSlotFilter.upcoming();
        var free = slots.list(org, upcoming.free(), new PageRequest(page, PAGE_SIZE));
        var booked = slots.list(org, upcoming.bookedBy(me), PageRequest.all()).items();
        boolean coach = slots.mayPublish(org, me);
        var mine =
                coach ? slots.list(org, upcoming.ofCoach(me), PageRequest.all()).items() : List.<CoachingSlot>of();
        var involved = new HashSet<PersonId>();
        Stream.of(free.items(), booked, mine).flatMap(List::stream).forEach(s -> {
            involved.add(s.coachId());
            s.booking().ifPresent(b -> involved.add(b.bookerId()));
        });
        var names = people.byId(org, involved);
        var now = slots.now();
        var byCoach = new LinkedHashMap<PersonId, List<CoachingSlotRow>>();
        free.items().stream().filter(s -> !s.coachId().equals(me)).forEach(s -> byCoach.computeIfAbsent(
                        s.coachId(), c -> new ArrayList<>())
                .add(row(s, names, me, now)));
        model.addAttribute(
                "coaches",
                byCoach.entrySet().stream()
                        .map(e -> new CoachGroup(e.getKey().value().toString(), name(names, e.getKey()), e.getValue()))
                        .toList());
        model.addAttribute("page", free);
        model.addAttribute(
                "bookings", booked.stream().map(s -> row(s, names, me, now)).toList());
        model.addAttribute("coach", coach);
        model.addAttribute(
                "mySlots", mine.stream().map(s -> row(s, names, me, now)).toList());
        if (!model.containsAttribute("slot")) {
            model.addAttribute("slot", new CoachingSlotForm());
        }
        return "coaching/show";
    }

    private static CoachingSlotRow row(CoachingSlot slot, Map<PersonId, Person> names, PersonId me, Instant now) {
        return new CoachingSlotRow(
                slot,
                name(names, slot.coachId()),
                slot.booking().map(b -> name(names, b.bookerId())).orElse(null),
                slot.noteFor(me).orElse(null),
                slot.stepsOpenTo(me, now));
    }

    private static String name(Map<PersonId, Person> names, PersonId id) {
        var person = names.get(id);
        return person == null ? "" : person.name();
    }

    /** A time the coach typed, read in their own time zone. */
    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(viewer.zone()).toInstant();
    }
}
