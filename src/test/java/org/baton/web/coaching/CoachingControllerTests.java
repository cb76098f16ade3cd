package org.baton.web.coaching;

import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.CoachingBooking;
import org.baton.roles.CoachingSlot;
import org.baton.roles.CoachingSlotFilter;
import org.baton.roles.CoachingSlotId;
import org.baton.roles.CoachingSlots;
import org.baton.roles.CoachingStep;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.web.support.PageSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coaching page with the coaching facade mocked: it offers each slot's open steps, reads typed times in the
 * viewer's zone, and shows refusals where the person sees them.
 */
@WebMvcTest(CoachingController.class)
@Import(PageSliceConfiguration.class)
class CoachingControllerTests {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonId CORA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final PersonId BEN = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final CoachingSlotId SLOT = new CoachingSlotId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @MockitoBean
    CoachingSlots slots;

    @BeforeEach
    void nobodyHasBookedAnythingYet() {
        when(slots.now()).thenReturn(NOW);
        when(slots.list(eq(ORG), any(), any())).thenAnswer(call -> new Page<CoachingSlot>(List.of(), 0, 50, 0));
        var names = Map.of(CORA, person(CORA, "Cora Coach"), BEN, person(BEN, "Ben Booker"));
        when(people.byId(eq(ORG), any())).thenReturn(names);
    }

    static Person person(PersonId id, String name) {
        var person = mock(Person.class);
        when(person.id()).thenReturn(id);
        when(person.name()).thenReturn(name);
        return person;
    }

    static CoachingSlot slot(PersonId coach, CoachingBooking booking, PersonId viewer, EnumSet<CoachingStep> steps) {
        var slot = mock(CoachingSlot.class);
        when(slot.id()).thenReturn(SLOT);
        when(slot.coachId()).thenReturn(coach);
        when(slot.topic()).thenReturn("Giving feedback");
        when(slot.place()).thenReturn("Room 3");
        when(slot.startsAt()).thenReturn(Instant.parse("2026-12-01T10:00:00Z"));
        when(slot.endsAt()).thenReturn(Instant.parse("2026-12-01T11:00:00Z"));
        when(slot.booking()).thenReturn(Optional.ofNullable(booking));
        when(slot.noteFor(viewer)).thenReturn(Optional.ofNullable(booking).map(CoachingBooking::note));
        when(slot.stepsOpenTo(viewer, NOW)).thenReturn(steps);
        return slot;
    }

    void listing(CoachingSlotFilter filter, CoachingSlot... found) {
        when(slots.list(eq(ORG), eq(filter), any())).thenReturn(new Page<>(List.of(found), 0, 50, found.length));
    }

    @Test
    void someoneWhoIsNoCoachSeesTheFreeSessionsByCoachWithABookButtonAndNoFormToOfferOne() throws Exception {
        listing(CoachingSlotFilter.upcoming().free(), slot(CORA, null, ANA, EnumSet.of(CoachingStep.BOOK)));

        mvc.perform(get("/coaching").with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cora Coach")))
                .andExpect(content().string(containsString("/coaching/slots/" + SLOT + "/booking")))
                .andExpect(content().string(containsString("Book Giving feedback on 1 Dec 2026, 10:00")))
                .andExpect(content().string(not(containsString("Sessions you offer"))))
                .andExpect(content().string(not(containsString("action=\"/coaching/slots\""))));
    }

    @Test
    void aCoachSeesTheFormToOfferASessionAndTheirSlotWithWhoBookedItAndTheirNote() throws Exception {
        when(slots.mayPublish(ORG, CORA)).thenReturn(true);
        listing(
                CoachingSlotFilter.upcoming().ofCoach(CORA),
                slot(
                        CORA,
                        new CoachingBooking(BEN, "My first team", NOW),
                        CORA,
                        EnumSet.of(CoachingStep.CANCEL_BOOKING)));

        mvc.perform(get("/coaching").with(signedIn(ORG, CORA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sessions you offer")))
                .andExpect(content().string(containsString("type=\"datetime-local\"")))
                .andExpect(content().string(containsString("Booked by Ben Booker")))
                .andExpect(content().string(containsString("Their note: My first team")))
                .andExpect(content().string(containsString("/coaching/slots/" + SLOT + "/booking/cancel")))
                .andExpect(content().string(not(containsString("/coaching/slots/" + SLOT + "/withdraw"))));
    }

    @Test
    void offeringASessionReadsTheTypedTimesInTheCoachsTimeZone() throws Exception {
        mvc.perform(post("/coaching/slots")
                        .param("startsAt", "2026-12-01T10:00")
                        .param("endsAt", "2026-12-01T11:30")
                        .param("topic", "Giving feedback")
                        .param("place", "Room 3")
                        .with(signedIn(ORG, CORA))
                        .with(csrf()))
                .andExpect(redirectedUrl("/coaching#my-slots"))
                .andExpect(flash().attribute("notice", "coaching.published"));
        verify(slots)
                .publish(
                        ORG,
                        CORA,
                        Instant.parse("2026-12-01T10:00:00Z"),
                        Instant.parse("2026-12-01T11:30:00Z"),
                        "Giving feedback",
                        "Room 3");
    }

    @Test
    void aRefusedSessionIsShownNextToItsEndKeepingWhatWasTyped() throws Exception {
        when(slots.mayPublish(ORG, CORA)).thenReturn(true);
        when(slots.publish(eq(ORG), eq(CORA), any(), any(), any(), any()))
                .thenThrow(new RuleViolation("endsAt", "coaching.slot.order", "A session ends after it starts."));

        mvc.perform(post("/coaching/slots")
                        .param("startsAt", "2026-12-01T10:00")
                        .param("endsAt", "2026-12-01T09:00")
                        .param("topic", "Backwards")
                        .with(signedIn(ORG, CORA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"endsAt-error\"")))
                .andExpect(content().string(containsString("A session ends after it starts.")))
                .andExpect(content().string(containsString("value=\"Backwards\"")));
    }

    @Test
    void bookingSendsTheNoteAsTheSignedInPersonAndLeadsToTheirBookings() throws Exception {
        mvc.perform(post("/coaching/slots/" + SLOT + "/booking")
                        .param("note", "My first team")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl("/coaching#my-bookings"))
                .andExpect(flash().attribute("notice", "coaching.booked"));
        verify(slots).book(ORG, SLOT, ANA, "My first team");
    }

    @Test
    void aSlotSomeoneElseJustBookedIsSaidSoOnThePage() throws Exception {
        when(slots.book(ORG, SLOT, ANA, null))
                .thenThrow(new StateConflict("coaching.slot.taken", "Someone else has booked this session."));

        mvc.perform(post("/coaching/slots/" + SLOT + "/booking")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl("/coaching"))
                .andExpect(flash().attribute("alert", "coaching.slot.taken"));
    }
}
