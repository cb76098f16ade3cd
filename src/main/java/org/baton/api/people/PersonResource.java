package org.baton.api.people;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.InvitationLinks;
import org.baton.accounts.Invitations;
import org.baton.accounts.SignedIn;
import org.baton.api.support.Admins;
import org.baton.api.support.PageResponse;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.notifications.Mailings;
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.baton.shared.TextLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The people of the caller's organization. Enrolling people and giving accounts is for admins. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People")
class PersonResource {

    private final People people;
    private final HomeBases homeBases;
    private final Accounts accounts;
    private final Invitations invitations;
    private final InvitationLinks invitationLinks;
    private final Mailings mailings;

    PersonResource(
            People people,
            HomeBases homeBases,
            Accounts accounts,
            Invitations invitations,
            InvitationLinks invitationLinks,
            Mailings mailings) {
        this.invitationLinks = invitationLinks;
        this.mailings = mailings;
        this.people = people;
        this.homeBases = homeBases;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    record ExpertiseBody(@NotBlank @Size(max = TextLimits.LABEL) String area, Expertise.Level level) {
        /** Accepts a bare string too: "UX research" or "UX research: EXPERT". */
        @com.fasterxml.jackson.annotation.JsonCreator(
                mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static ExpertiseBody of(String text) {
            var parsed = Expertise.parse(text);
            return new ExpertiseBody(parsed.area(), parsed.level());
        }

        @com.fasterxml.jackson.annotation.JsonCreator(
                mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
        static ExpertiseBody of(
                @com.fasterxml.jackson.annotation.JsonProperty("area") String area,
                @com.fasterxml.jackson.annotation.JsonProperty("level") Expertise.Level level) {
            return new ExpertiseBody(area, level);
        }

        Expertise toExpertise() {
            return new Expertise(area, level);
        }
    }

    record PersonRequest(
            @NotBlank @Size(max = TextLimits.NAME) String name,
            @NotBlank @Email String email,
            @Size(max = TextLimits.ITEMS) List<@Valid ExpertiseBody> expertise,
            @Size(max = TextLimits.ITEMS) List<@Size(max = TextLimits.LINE) String> growthGoals,
            @Min(0) @Max(Person.MAX_HOURS_PER_WEEK) Integer availability,
            @Size(max = TextLimits.LABEL) String timeZone,
            UUID homeBaseId,
            Long version) {

        PersonDetails details() {
            return new PersonDetails(
                    name,
                    email,
                    expertise == null
                            ? null
                            : expertise.stream().map(ExpertiseBody::toExpertise).toList(),
                    growthGoals,
                    availability,
                    timeZone);
        }
    }

    record PersonResponse(
            UUID id,
            String name,
            String email,
            List<ExpertiseBody> expertise,
            List<String> growthGoals,
            int availability,
            @Size(max = TextLimits.LABEL) String timeZone,
            UUID homeBaseId,
            boolean hasAccount,
            Instant joinedAt,
            long version,
            UUID stewardId,
            UUID reportsToId) {}

    record AccountRequest(@NotBlank @Size(max = TextLimits.PASSWORD) String password, Boolean admin) {}

    record AccountResponse(UUID personId, String email, boolean admin) {}

    record InvitationResponse(UUID personId, String link, Instant expiresAt) {}

    @PostMapping
    @Transactional
    ResponseEntity<PersonResponse> enrol(@SignedIn Caller caller, @Valid @RequestBody PersonRequest request) {
        Admins.requireAdmin(caller);
        var org = caller.organizationId();
        var person = people.enrol(org, request.details(), caller.personId());
        if (request.homeBaseId() != null) {
            homeBases.requireExists(org, new HomeBaseId(request.homeBaseId()), "homeBaseId");
            homeBases.join(org, new HomeBaseId(request.homeBaseId()), person.id(), caller.personId());
        }
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
                .body(response(caller, person));
    }

    @GetMapping
    PageResponse<PersonResponse> list(
            @SignedIn Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean withoutSteward,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var org = caller.organizationId();
        var found = people.list(org, q, withoutSteward, new PageRequest(page, size));
        var ids = found.items().stream().map(Person::id).toList();
        var homes = homeBases.homeBasesOf(org, ids);
        var withAccounts = accounts.withAccounts(org, ids);
        return PageResponse.of(
                found, person -> response(person, homes.get(person.id()), withAccounts.contains(person.id())));
    }

    @GetMapping("/{id}")
    PersonResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return response(caller, people.get(caller.organizationId(), new PersonId(id)));
    }

    /** Edits a person's record: admins may edit anyone's, everybody their own. */
    @PutMapping("/{id}")
    @Transactional
    PersonResponse describe(@SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody PersonRequest request) {
        var personId = new PersonId(id);
        var org = caller.organizationId();
        people.get(org, personId);
        if (!personId.equals(caller.personId())) {
            Admins.requireAdmin(caller);
        }
        if (request.version() == null) {
            throw new org.baton.shared.RuleViolation(
                    "version",
                    "edit.version.required",
                    "Send the version you read, so a concurrent edit is not overwritten.");
        }
        var person = people.describe(org, personId, request.version(), request.details(), caller.personId());
        accounts.syncEmail(org, personId);
        if (request.homeBaseId() != null) {
            homeBases.requireExists(org, new HomeBaseId(request.homeBaseId()), "homeBaseId");
            homeBases.join(org, new HomeBaseId(request.homeBaseId()), personId, caller.personId());
        }
        return response(caller, person);
    }

    @PostMapping("/{id}/account")
    ResponseEntity<AccountResponse> grantAccount(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody AccountRequest request) {
        var personId = new PersonId(id);
        people.get(caller.organizationId(), personId);
        Admins.requireAdmin(caller);
        var account = accounts.grant(caller, personId, request.password(), Boolean.TRUE.equals(request.admin()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new AccountResponse(id, account.email(), account.admin()));
    }

    @PostMapping("/{id}/invitation")
    ResponseEntity<InvitationResponse> invite(@SignedIn Caller caller, @PathVariable UUID id) {
        var personId = new PersonId(id);
        people.get(caller.organizationId(), personId);
        Admins.requireAdmin(caller);
        var invitation = invitations.invite(caller.organizationId(), personId);
        String link = invitationLinks.linkTo(
                invitation.secret(),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        mailings.sendInvitation(
                caller.organizationId(), personId, link); // when mail is on; the link is returned anyway
        return ResponseEntity.status(HttpStatus.CREATED).body(new InvitationResponse(id, link, invitation.expiresAt()));
    }

    private PersonResponse response(Caller caller, Person person) {
        var org = caller.organizationId();
        return response(
                person,
                homeBases.homeBaseOf(org, person.id()).orElse(null),
                accounts.find(org, person.id()).isPresent());
    }

    static PersonResponse response(Person person, HomeBaseId homeBase, boolean hasAccount) {
        return new PersonResponse(
                person.id().value(),
                person.name(),
                person.email(),
                person.expertise().stream()
                        .map(e -> new ExpertiseBody(e.area(), e.level()))
                        .toList(),
                person.growthGoals(),
                person.availability(),
                person.timeZone().getId(),
                homeBase == null ? null : homeBase.value(),
                hasAccount,
                person.joinedAt(),
                person.version(),
                person.stewardId() == null ? null : person.stewardId().value(),
                person.reportsToId() == null ? null : person.reportsToId().value());
    }
}
