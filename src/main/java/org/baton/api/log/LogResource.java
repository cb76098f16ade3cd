package org.baton.api.log;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.log.DecisionLog;
import org.baton.log.LogEntry;
import org.baton.log.LogQuery;
import org.baton.log.Verification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organization's decision log: search it, read an entry, verify its hash chain. */
@RestController
@RequestMapping("/api/v1/log")
@Tag(name = "Decision log")
class LogResource {

    private final DecisionLog log;

    LogResource(DecisionLog log) {
        this.log = log;
    }

    record EntryResponse(
            UUID id,
            long sequence,
            Instant occurredAt,
            UUID actorId,
            String subjectType,
            UUID subjectId,
            String action,
            String title,
            String context,
            String choice,
            String result,
            List<UUID> principleIds,
            UUID homeBaseId,
            UUID missionId,
            UUID decisionId,
            String previousHash,
            String hash,
            long seenBy) {

        static EntryResponse of(LogEntry e) {
            return new EntryResponse(
                    e.id(),
                    e.sequence(),
                    e.occurredAt(),
                    e.actorId(),
                    e.subjectType(),
                    e.subjectId(),
                    e.action(),
                    e.title(),
                    e.context(),
                    e.choice(),
                    e.result(),
                    e.principleIds(),
                    e.homeBaseId(),
                    e.missionId(),
                    e.decisionId(),
                    e.previousHash(),
                    e.hash(),
                    e.readers());
        }
    }

    record LogResponse(List<EntryResponse> items, String nextCursor) {}

    record VerificationResponse(boolean valid, long entries, Long firstBrokenEntry, UUID firstBrokenEntryId) {
        static VerificationResponse of(Verification v) {
            return new VerificationResponse(v.valid(), v.entries(), v.firstBrokenSequence(), v.firstBrokenEntry());
        }
    }

    @GetMapping
    LogResponse search(
            @SignedIn Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID homeBaseId,
            @RequestParam(required = false) UUID missionId,
            @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) UUID principleId,
            @RequestParam(required = false) UUID subjectId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int size) {
        var page = log.search(
                caller.organizationId(),
                caller.personId(),
                new LogQuery(q, homeBaseId, missionId, personId, principleId, subjectId, from, to),
                cursor,
                size);
        return new LogResponse(page.entries().stream().map(EntryResponse::of).toList(), page.nextCursor());
    }

    @GetMapping("/verify")
    VerificationResponse verify(@SignedIn Caller caller) {
        return VerificationResponse.of(log.verify(caller.organizationId()));
    }

    @GetMapping("/{id}")
    EntryResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return EntryResponse.of(log.get(caller.organizationId(), caller.personId(), id));
    }
}
