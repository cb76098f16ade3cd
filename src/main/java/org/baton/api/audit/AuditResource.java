package org.baton.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.audit.AuditEntry;
import org.baton.audit.AuditKind;
import org.baton.audit.AuditLog;
import org.baton.shared.Identifier;
import org.baton.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organization's audit log, for its admins: newest first, optionally of one kind. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    record AuditEntryResponse(
            UUID id,
            Instant at,
            AuditKind kind,
            UUID actorId,
            UUID subjectId,
            String address,
            Map<String, String> details) {

        static AuditEntryResponse of(AuditEntry entry) {
            return new AuditEntryResponse(
                    entry.id(),
                    entry.at(),
                    entry.kind(),
                    value(entry.actor()),
                    value(entry.subject()),
                    entry.address(),
                    entry.details());
        }

        private static UUID value(Identifier id) {
            return id == null ? null : id.value();
        }
    }

    @GetMapping
    @Operation(summary = "Audit entries of the caller's organization, newest first; for its admins only")
    PageResponse<AuditEntryResponse> list(
            @SignedIn Caller caller,
            @RequestParam(required = false) AuditKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(audit.entries(caller, kind, new PageRequest(page, size)), AuditEntryResponse::of);
    }
}
