package org.baton.api.principles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.people.PersonId;
import org.baton.principles.Governance;
import org.baton.principles.Principles;
import org.baton.principles.ReviewSchedule;
import org.baton.principles.Term;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The principles governance body: its members' terms and the cadence of its regeneration reviews. Proposed
 * changes, tensions and reviews are in {@link PrincipleChangeResource}, {@link TensionResource} and
 * {@link ReviewResource}.
 */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(
        name = GovernanceResource.TAG,
        description =
                "The principles governance body: terms, cadence, proposed changes, tensions and regeneration reviews")
class GovernanceResource {

    static final String TAG = "Governance";

    private final Governance governance;
    private final Principles principles;

    GovernanceResource(Governance governance, Principles principles) {
        this.governance = governance;
        this.principles = principles;
    }

    record TermRequest(
            @NotNull UUID personId,
            @NotNull LocalDate termStartsOn,
            @NotNull LocalDate termEndsOn,
            @Size(max = TextLimits.TEXT) String rationale) {}

    record TermResponse(
            UUID id, UUID personId, LocalDate termStartsOn, LocalDate termEndsOn, boolean current, boolean endsSoon) {
        static TermResponse of(Term t, LocalDate today) {
            return new TermResponse(
                    t.id(), t.personId().value(), t.startsOn(), t.endsOn(), t.currentOn(today), t.endsSoonAfter(today));
        }
    }

    record SettingsRequest(@NotBlank @Size(max = TextLimits.LABEL) String reviewCadence) {}

    record ScheduleResponse(
            String reviewCadence,
            Instant lastReviewClosedAt,
            Instant nextReviewDueAt,
            boolean overdue,
            boolean reviewOpen) {
        static ScheduleResponse of(ReviewSchedule s) {
            return new ScheduleResponse(
                    s.cadence().toString(), s.lastClosedAt(), s.dueAt(), s.overdue(), s.reviewOpen());
        }
    }

    @GetMapping("/members")
    PageResponse<TermResponse> members(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var today = LocalDate.ofInstant(principles.now(), ZoneOffset.UTC);
        return PageResponse.of(
                governance.terms(caller.organizationId()).stream()
                        .map(t -> TermResponse.of(t, today))
                        .toList(),
                page,
                size);
    }

    @PostMapping("/members")
    @Operation(
            summary = "Appoint a member of the governance body",
            description =
                    "While the body has no current members the admin acts for it: the term starts at once (201). Once it"
                            + " has members, the body appoints by consent: anyone's request becomes a proposal, a consent"
                            + " decision whose participants are the body's members (202, with the proposal and its"
                            + " decision); the term starts when that decision is made. Anyone but the admin is refused"
                            + " (403) while there is no body.")
    @ApiResponse(
            responseCode = "201",
            description = "Appointed by the admin acting for a body without members",
            content = @Content(schema = @Schema(implementation = TermResponse.class)))
    @ApiResponse(
            responseCode = "202",
            description = "Proposed to the body's consent",
            content = @Content(schema = @Schema(implementation = PrincipleChangeResource.ProposalResponse.class)))
    ResponseEntity<?> appoint(@SignedIn Caller caller, @Valid @RequestBody TermRequest r) {
        var appointment = governance.appoint(
                caller.organizationId(),
                caller.personId(),
                caller.admin(),
                new PersonId(r.personId()),
                r.termStartsOn(),
                r.termEndsOn(),
                r.rationale());
        if (appointment.proposed()) {
            var proposal = appointment.proposal();
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/decisions/" + proposal.decisionId()))
                    .body(PrincipleChangeResource.ProposalResponse.of(proposal));
        }
        var term = appointment.term();
        return ResponseEntity.created(URI.create("/api/v1/governance/members/" + term.id()))
                .body(TermResponse.of(term, LocalDate.ofInstant(principles.now(), ZoneOffset.UTC)));
    }

    @GetMapping("/settings")
    ScheduleResponse settings(@SignedIn Caller caller) {
        return ScheduleResponse.of(governance.schedule(caller.organizationId()));
    }

    @PutMapping("/settings")
    ScheduleResponse changeSettings(@SignedIn Caller caller, @Valid @RequestBody SettingsRequest request) {
        governance.setCadence(caller.organizationId(), caller.personId(), request.reviewCadence());
        return ScheduleResponse.of(governance.schedule(caller.organizationId()));
    }
}
