package org.baton.api.log;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.log.Checkpoint;
import org.baton.log.CheckpointExport;
import org.baton.log.DecisionLog;
import org.baton.log.LogCheckpoints;
import org.baton.log.LogEntry;
import org.baton.log.LogQuery;
import org.baton.log.Verification;
import org.baton.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organization's decision log: search it, read an entry, verify its hash chain, export signed checkpoints of
 * it.
 */
@RestController
@RequestMapping("/api/v1/log")
@Tag(name = "Decision log")
class LogResource {

    private final DecisionLog log;
    private final LogCheckpoints checkpoints;

    LogResource(DecisionLog log, LogCheckpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
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

    /**
     * {@code keyed}: the chain is keyed with the configured log key; {@code keyMismatch}: it was written with
     * another key, so it cannot be checked.
     */
    record VerificationResponse(
            boolean valid,
            long entries,
            Long firstBrokenEntry,
            UUID firstBrokenEntryId,
            boolean keyed,
            boolean keyMismatch) {
        static VerificationResponse of(Verification v) {
            return new VerificationResponse(
                    v.valid(), v.entries(), v.firstBrokenSequence(), v.firstBrokenEntry(), v.keyed(), v.keyMismatch());
        }
    }

    /**
     * The checkpoint export, saveable as a file as is for {@code verify-log --against}: the Ed25519 public key
     * (base64 of X.509) and signed checkpoints, newest first (the current chain head first of all), paged.
     */
    record CheckpointsResponse(
            String publicKey,
            String algorithm,
            List<Checkpoint> checkpoints,
            int page,
            int size,
            long totalItems,
            int totalPages) {
        static CheckpointsResponse of(CheckpointExport export) {
            var page = PageResponse.of(export.checkpoints(), c -> c);
            return new CheckpointsResponse(
                    export.publicKey(),
                    export.algorithm(),
                    page.items(),
                    page.page(),
                    page.size(),
                    page.totalItems(),
                    page.totalPages());
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
    @Operation(
            summary = "Walk the organization's hash chain",
            description = "valid, or the first entry that no longer holds; keyed: the chain is keyed with the"
                    + " configured log key; keyMismatch: it was written with another key, so it cannot be checked.")
    VerificationResponse verify(@SignedIn Caller caller) {
        return VerificationResponse.of(log.verify(caller.organizationId()));
    }

    @GetMapping("/checkpoints")
    @Operation(
            summary = "Signed checkpoints of the organization's chain, to keep elsewhere",
            description = "The export format, saveable as a file as is for `java -jar baton.jar verify-log --against"
                    + " <file>`: publicKey (base64 of the Ed25519 public key's X.509 encoding), algorithm (Ed25519)"
                    + " and checkpoints {organizationId, sequence, hash, at, signature}, newest first, the current"
                    + " chain head first of all. The signature (base64) covers the UTF-8 text"
                    + " 'baton-checkpoint-v1\\n<organizationId>\\n<sequence>\\n<hash>\\n<at>\\n' (at in ISO-8601 UTC)."
                    + " Paged with page and size like other lists.")
    CheckpointsResponse checkpoints(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return CheckpointsResponse.of(checkpoints.export(caller.organizationId(), new PageRequest(page, size)));
    }

    @GetMapping("/{id}")
    EntryResponse get(@SignedIn Caller caller, @PathVariable UUID id) {
        return EntryResponse.of(log.get(caller.organizationId(), caller.personId(), id));
    }
}
