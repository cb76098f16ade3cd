package org.baton.api.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.network.Opportunity;
import org.baton.network.OpportunityVersion;
import org.baton.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The big opportunity statement: the current one (opening it counts as reading it) and its versions, each
 * proposed to the leadership team's consent and adopted when that decision is made.
 */
@RestController
@RequestMapping("/api/v1/opportunity")
@Tag(
        name = OpportunityResource.TAG,
        description = "The big opportunity statement, its versions and the leadership team")
class OpportunityResource {

    static final String TAG = "Opportunity statement";

    private final Opportunity opportunity;

    OpportunityResource(Opportunity opportunity) {
        this.opportunity = opportunity;
    }

    /**
     * The limits are the statement's own rules, answered 422 naming the field like its other rules; the schema
     * declares them so the API document shows them.
     */
    record ProposeVersionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = OpportunityVersion.MAX_TEXT) String text,
            @Schema(maxLength = TextLimits.TEXT) String rationale) {}

    record ProposedVersionResponse(UUID versionId, int number, UUID decisionId, OpportunityVersion.Status status) {}

    record StatementResponse(
            UUID versionId,
            int number,
            String text,
            String rationale,
            Instant adoptedAt,
            UUID decisionId,
            long reads,
            double readShare) {}

    record VersionResponse(
            UUID versionId,
            int number,
            String text,
            String rationale,
            OpportunityVersion.Status status,
            UUID decisionId,
            UUID proposedBy,
            Instant proposedAt,
            Instant adoptedAt) {
        static VersionResponse of(OpportunityVersion v) {
            return new VersionResponse(
                    v.id(),
                    v.number(),
                    v.text(),
                    v.rationale(),
                    v.status(),
                    v.decisionId() == null ? null : v.decisionId().value(),
                    v.proposedBy().value(),
                    v.proposedAt(),
                    v.adoptedAt());
        }
    }

    @GetMapping
    @Operation(
            summary = "Read the current big opportunity statement",
            description = "The adopted version with the highest number, with how many people read it and their share"
                    + " of the organization. Opening it counts as the caller's read, once per version. 404 while no"
                    + " version is adopted.")
    StatementResponse current(@SignedIn Caller caller) {
        var org = caller.organizationId();
        var current = opportunity.read(org, caller.personId());
        var reach = opportunity.reach(org, current.id());
        return new StatementResponse(
                current.id(),
                current.number(),
                current.text(),
                current.rationale(),
                current.adoptedAt(),
                current.decisionId().value(),
                reach.reads(),
                reach.share());
    }

    @PostMapping("/versions")
    @Operation(
            summary = "Propose a new version of the statement",
            description = "Anyone may propose: it is raised as a consent decision whose participants are the leadership"
                    + " team's members but the proposer (202, with the decision); the version is adopted when that"
                    + " decision is made. 409 while there is no leadership team.")
    ResponseEntity<ProposedVersionResponse> propose(
            @SignedIn Caller caller, @Valid @RequestBody ProposeVersionRequest r) {
        var version = opportunity.propose(caller.organizationId(), caller.personId(), r.text(), r.rationale());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/decisions/" + version.decisionId()))
                .body(new ProposedVersionResponse(
                        version.id(), version.number(), version.decisionId().value(), version.status()));
    }

    @GetMapping("/versions")
    @Operation(summary = "Every version of the statement, newest first, with its status and consent decision")
    List<VersionResponse> versions(@SignedIn Caller caller) {
        return opportunity.versions(caller.organizationId()).stream()
                .map(VersionResponse::of)
                .toList();
    }
}
