package org.baton.audit;

import java.util.UUID;
import org.baton.accounts.AccountEvent;
import org.baton.accounts.Caller;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's audit log: written as account events are published, in the publisher's transaction (an entry
 * is never lost while its change is kept), and read by the organization's admins, newest first.
 */
@Service
public class AuditLog {

    private final AuditRepository repository;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    /** Inside the publishing transaction: the change and its entry commit together. */
    @EventListener
    void on(AccountEvent event) {
        repository.insert(AuditEntries.of(event, UUID.randomUUID()));
    }

    /** One page of the caller's organization's entries, of {@code kind} or (null) of every kind. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> entries(Caller reader, AuditKind kind, PageRequest page) {
        AuditReaders.requireMayRead(reader);
        return repository.page(reader.organizationId(), kind, page);
    }
}
