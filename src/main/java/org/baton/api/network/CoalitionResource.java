package org.baton.api.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.baton.api.network.CoalitionCallResponse.CoalitionApplicationResponse;
import org.baton.network.Coalition;
import org.baton.network.CoalitionApplicationText;
import org.baton.network.CoalitionCall;
import org.baton.network.CoalitionCallTerms;
import org.baton.network.SelectionMix;
import org.baton.network.SelectionPick;
import org.baton.network.SelectionProposal;
import org.baton.network.SelectionReason;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.TextLimits;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guiding coalition by open application: the leadership team opens a call, anyone applies once, the call's
 * panel rates attitude and energy, closes the call, asks Baton for a selection with its reasons and adopts it,
 * adjusted or not, by the panel's consent; once that decision is made, the people adopted sit on the coalition.
 */
@RestController
@RequestMapping("/api/v1/coalition")
@Tag(name = "Coalition", description = "The guiding coalition, chosen by open application.")
class CoalitionResource {

    private final Coalition coalition;
    private final People people;
    private final MessageSource messages;

    CoalitionResource(Coalition coalition, People people, MessageSource messages) {
        this.coalition = coalition;
        this.people = people;
        this.messages = messages;
    }

    /** Text limits are the domain's (a 422 naming the field); the schema shows them. */
    record OpenCoalitionCallRequest(
            Integer seats,
            LocalDate closesOn,
            @Schema(maxLength = TextLimits.TEXT) String criteria,
            @Size(max = TextLimits.ITEMS) List<@NotNull UUID> panelIds) {}

    record CoalitionApplyRequest(
            @Schema(maxLength = TextLimits.TEXT) String motivation,
            @Schema(maxLength = TextLimits.LINE) String energy,
            @Schema(maxLength = CoalitionApplicationText.INTEREST) String initiativeInterest) {}

    record CoalitionRatingRequest(Integer attitude, Integer energy) {}

    record CoalitionAdoptRequest(@Size(max = TextLimits.ITEMS) List<@NotNull UUID> personIds) {}

    record CoalitionReasonResponse(String code, String text) {}

    record CoalitionPickResponse(UUID personId, List<CoalitionReasonResponse> reasons) {}

    record CoalitionSelectionResponse(
            List<CoalitionPickResponse> seats, List<CoalitionPickResponse> nearMisses, CoalitionMixResponse mix) {}

    /** Seats and applicants per home base, expertise area, level and tenure band. */
    record CoalitionMixResponse(
            List<CoalitionShareResponse> homeBases,
            List<CoalitionShareResponse> areas,
            List<CoalitionShareResponse> levels,
            List<CoalitionShareResponse> tenure) {

        static CoalitionMixResponse of(SelectionMix mix) {
            return mix == null
                    ? null
                    : new CoalitionMixResponse(
                            shares(mix.homeBases()), shares(mix.areas()), shares(mix.levels()), shares(mix.tenure()));
        }

        private static List<CoalitionShareResponse> shares(List<SelectionMix.Share> shares) {
            return shares.stream()
                    .map(s -> new CoalitionShareResponse(s.key(), s.seats(), s.applicants()))
                    .toList();
        }
    }

    record CoalitionShareResponse(String key, int seats, int applicants) {}

    record CoalitionAdoptedResponse(UUID decisionId) {}

    record CoalitionMemberResponse(UUID personId, String name, UUID callId, Instant joinedAt) {}

    record CoalitionResponse(List<CoalitionMemberResponse> members, List<CoalitionCallResponse> calls) {}

    @PostMapping("/calls")
    @Operation(
            summary = "Open a call for the guiding coalition",
            description = "A member of the leadership team (an admin while there is none) opens a call: 1 to 200"
                    + " seats, a closing date after today, criteria; the panel (2 to 20 people) is the leadership"
                    + " team unless named, and a named panel holds at least two of its members; while there is no"
                    + " leadership team the admin names the panel.")
    ResponseEntity<CoalitionCallResponse> open(
            @SignedIn Caller caller, @Valid @RequestBody OpenCoalitionCallRequest r) {
        var call = coalition.open(
                caller.organizationId(),
                caller.personId(),
                caller.admin(),
                new CoalitionCallTerms(r.seats() == null ? 0 : r.seats(), r.closesOn(), r.criteria()),
                r.panelIds() == null
                        ? null
                        : r.panelIds().stream().map(PersonId::new).toList());
        return ResponseEntity.created(URI.create("/api/v1/coalition/calls/" + call.id()))
                .body(response(call, caller));
    }

    @GetMapping("/calls/{id}")
    CoalitionCallResponse call(@SignedIn Caller caller, @PathVariable UUID id) {
        return response(coalition.get(caller.organizationId(), id), caller);
    }

    @PostMapping("/calls/{id}/applications")
    @Operation(summary = "Apply to a call, once, while it is open")
    ResponseEntity<CoalitionApplicationResponse> apply(
            @SignedIn Caller caller, @PathVariable UUID id, @Valid @RequestBody CoalitionApplyRequest r) {
        var application = coalition.apply(
                caller.organizationId(),
                id,
                caller.personId(),
                new CoalitionApplicationText(r.motivation(), r.energy(), r.initiativeInterest()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CoalitionApplicationResponse.of(application, caller.personId()));
    }

    @PostMapping("/calls/{id}/applications/{applicationId}/rating")
    @Operation(
            summary = "Rate an application's attitude and energy (1-5), as a panel member; again to change it",
            description = "Refused (409) once a selection was proposed: the selection weighs the ratings it shows.")
    CoalitionApplicationResponse rate(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @PathVariable UUID applicationId,
            @Valid @RequestBody CoalitionRatingRequest r) {
        var rated = coalition.rate(
                caller.organizationId(),
                id,
                applicationId,
                caller.personId(),
                r.attitude() == null ? 0 : r.attitude(),
                r.energy() == null ? 0 : r.energy());
        return CoalitionApplicationResponse.of(rated, caller.personId());
    }

    @PostMapping("/calls/{id}/close")
    @Operation(summary = "Close a call before its date, as a panel member")
    CoalitionCallResponse close(@SignedIn Caller caller, @PathVariable UUID id) {
        return response(coalition.close(caller.organizationId(), id, caller.personId()), caller);
    }

    @PostMapping("/calls/{id}/selection")
    @Operation(
            summary = "Propose a selection for a closed call, as a panel member",
            description = "Fills the seats for attitude, energy and a cross-functional mix, away from the usual"
                    + " suspects, with the reasons for each pick and each near miss; kept until adopted.")
    CoalitionSelectionResponse select(@SignedIn Caller caller, @PathVariable UUID id) {
        return selection(coalition.select(caller.organizationId(), id, caller.personId()));
    }

    @PostMapping("/calls/{id}/selection/adopt")
    @Operation(
            summary = "Put the selection, adjusted or not, to the panel's consent",
            description = "personIds default to the proposal's seats; each must have applied, at most the seats."
                    + " Answers 202 with the consent decision; the coalition is formed when it is made.")
    ResponseEntity<CoalitionAdoptedResponse> adopt(
            @SignedIn Caller caller,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) CoalitionAdoptRequest r) {
        var personIds = r == null || r.personIds() == null
                ? null
                : r.personIds().stream().map(PersonId::new).toList();
        var decision = coalition.adopt(caller.organizationId(), id, caller.personId(), personIds);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CoalitionAdoptedResponse(decision.value()));
    }

    @GetMapping
    @Operation(summary = "The guiding coalition's members and its calls, newest first")
    CoalitionResponse coalition(@SignedIn Caller caller) {
        var org = caller.organizationId();
        var members = coalition.members(org);
        var names = people.byId(org, members.stream().map(m -> m.personId()).toList());
        return new CoalitionResponse(
                members.stream()
                        .map(m -> new CoalitionMemberResponse(
                                m.personId().value(),
                                names.containsKey(m.personId())
                                        ? names.get(m.personId()).name()
                                        : "",
                                m.callId(),
                                m.joinedAt()))
                        .toList(),
                coalition.calls(org, caller.personId()).stream()
                        .map(c -> CoalitionCallResponse.listed(c, caller.personId(), coalition.now()))
                        .toList());
    }

    private CoalitionCallResponse response(CoalitionCall call, Caller caller) {
        return CoalitionCallResponse.of(call, caller.personId(), coalition.now());
    }

    private CoalitionSelectionResponse selection(SelectionProposal proposal) {
        return new CoalitionSelectionResponse(
                proposal.seats().stream().map(this::pick).toList(),
                proposal.nearMisses().stream().map(this::pick).toList(),
                CoalitionMixResponse.of(proposal.mix()));
    }

    private CoalitionPickResponse pick(SelectionPick pick) {
        return new CoalitionPickResponse(
                pick.personId().value(),
                pick.reasons().stream().map(this::reason).toList());
    }

    private CoalitionReasonResponse reason(SelectionReason r) {
        return new CoalitionReasonResponse(
                r.code(),
                messages.getMessage(r.messageKey(), r.messageArguments(), r.code(), LocaleContextHolder.getLocale()));
    }
}
