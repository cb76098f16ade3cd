package org.baton.api.me;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.attention.Needs;
import org.baton.shared.Awaiting;
import org.baton.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What awaits the caller's answer, soonest deadline first; what has no deadline comes last. */
@RestController
@RequestMapping("/api/v1/me/needs")
@Tag(name = "Me")
class NeedsResource {

    /**
     * One thing awaiting the caller: {@code kind} is one of consentRound, adviceAsked, consultation,
     * decisionObjection, reviewOutcome, intentWindow, intentObjection, checkIn, regenerationReview; the subject
     * is a DECISION, INTENT, MISSION or REVIEW; {@code deadline} is null when there is none.
     */
    record NeedResponse(String kind, String subjectType, UUID subjectId, String title, Instant deadline) {

        static NeedResponse of(Awaiting a) {
            return new NeedResponse(a.kind(), a.subjectType(), a.subjectId(), a.title(), a.deadline());
        }
    }

    private final Needs needs;

    NeedsResource(Needs needs) {
        this.needs = needs;
    }

    @GetMapping
    PageResponse<NeedResponse> list(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                needs.of(caller.organizationId(), caller.personId(), new PageRequest(page, size)), NeedResponse::of);
    }
}
