package org.baton.api.people;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.homebases.HomeBases;
import org.baton.people.Mentorship;
import org.baton.people.MentorshipId;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's steward (chosen by the person, their steward or an admin), their mentors (chosen by the person
 * alone, per knowledge area) and whom they report to (set by an admin; it grants no decision authority).
 */
@RestController
@RequestMapping("/api/v1/people/{id}")
@Tag(name = "People")
class PersonRelationsResource {

    private final People people;
    private final HomeBases homeBases;
    private final Accounts accounts;

    PersonRelationsResource(People people, HomeBases homeBases, Accounts accounts) {
        this.people = people;
        this.homeBases = homeBases;
        this.accounts = accounts;
    }

    record StewardRequest(@NotNull UUID stewardId, Long version) {}

    /** {@code managerId} null clears the line. */
    record ReportsToRequest(UUID managerId, Long version) {}

    record MentorRequest(@NotNull UUID mentorId, @NotBlank @Size(max = TextLimits.NAME) String knowledgeArea) {}

    record MentorshipResponse(
            UUID id, UUID menteeId, UUID mentorId, String knowledgeArea, Instant startedAt, Instant endedAt) {

        static MentorshipResponse of(Mentorship m) {
            return new MentorshipResponse(
                    m.id().value(),
                    m.menteeId().value(),
                    m.mentorId().value(),
                    m.knowledgeArea(),
                    m.startedAt(),
                    m.endedAt());
        }
    }

    @PutMapping("/steward")
    PersonResource.PersonResponse chooseSteward(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody StewardRequest request) {
        var person = people.chooseSteward(
                caller.organizationId(),
                new PersonId(id),
                new PersonId(request.stewardId()),
                request.version(),
                caller.personId(),
                caller.admin());
        return response(caller, person);
    }

    @PutMapping("/reports-to")
    PersonResource.PersonResponse reportTo(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody ReportsToRequest request) {
        var person = people.reportTo(
                caller.organizationId(),
                new PersonId(id),
                request.managerId() == null ? null : new PersonId(request.managerId()),
                request.version(),
                caller.personId(),
                caller.admin());
        return response(caller, person);
    }

    /** Both ways: where the person is the mentee and where they are the mentor, open and ended. */
    @GetMapping("/mentors")
    List<MentorshipResponse> mentorships(@SignedIn Caller caller, @PathVariable UUID id) {
        var person = people.get(caller.organizationId(), new PersonId(id));
        return people.mentorships(caller.organizationId(), person.id()).stream()
                .map(MentorshipResponse::of)
                .toList();
    }

    @PostMapping("/mentors")
    ResponseEntity<MentorshipResponse> chooseMentor(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody MentorRequest request) {
        var mentorship = people.chooseMentor(
                caller.organizationId(),
                new PersonId(id),
                new PersonId(request.mentorId()),
                request.knowledgeArea(),
                caller.personId());
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/mentors/" + mentorship.id()))
                .body(MentorshipResponse.of(mentorship));
    }

    @PostMapping("/mentors/{mentorshipId}/end")
    MentorshipResponse endMentorship(@SignedIn Caller caller, @PathVariable UUID id, @PathVariable UUID mentorshipId) {
        return MentorshipResponse.of(people.endMentorship(
                caller.organizationId(), new PersonId(id), new MentorshipId(mentorshipId), caller.personId()));
    }

    private PersonResource.PersonResponse response(Caller caller, Person person) {
        var org = caller.organizationId();
        return PersonResource.response(
                person,
                homeBases.homeBaseOf(org, person.id()).orElse(null),
                accounts.find(org, person.id()).isPresent());
    }
}
