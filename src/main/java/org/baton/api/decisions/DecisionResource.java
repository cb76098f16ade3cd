package org.baton.api.decisions;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.DecisionFlag;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.Decisions;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions: raised with their risk, listed and read. The steps that carry one to its outcome are in
 * {@link DecisionStepResource}; consent reactions and objections in {@link ConsentResource}.
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(
        name = DecisionResource.TAG,
        description =
                "Decisions raised with their risk, carried through advice or consent, decided, and later measured")
class DecisionResource {

    static final String TAG = "Decisions";

    private final Decisions decisions;

    DecisionResource(Decisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping
    ResponseEntity<DecisionResponse> raise(@SignedIn Caller caller, @Valid @RequestBody RaiseDecisionRequest r) {
        var decision = decisions.raise(caller.organizationId(), caller.personId(), r.draft());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id()))
                .body(DecisionResponse.of(decision));
    }

    @GetMapping
    PageResponse<DecisionResponse> list(
            @SignedIn Caller caller,
            @RequestParam(required = false) DecisionStatus status,
            @RequestParam(required = false) UUID homeBaseId,
            @RequestParam(required = false) UUID missionId,
            @RequestParam(required = false) UUID personId,
            @Parameter(
                            description =
                                    "Only decisions flagged so, e.g. PRINCIPLE_UNCITED: made in the principle-check "
                                            + "zone without citing a principle (the governance body's list)")
                    @RequestParam(required = false)
                    DecisionFlag flag,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var filter = new DecisionFilter(
                status,
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                missionId == null ? null : new MissionId(missionId),
                personId == null ? null : new PersonId(personId),
                flag);
        return PageResponse.of(
                decisions.list(caller.organizationId(), caller.personId(), filter, new PageRequest(page, size)),
                DecisionResponse::of);
    }

    @GetMapping("/{id}")
    DecisionResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return DecisionResponse.of(decisions.get(caller.organizationId(), new DecisionId(id), caller.personId()));
    }
}
