package org.baton.database;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again. Every reaction but the decision log runs after
 * the change committed, from the event publication registry (the outbox, in the same database): when a
 * reaction fails, the person's change is kept and the publication is marked failed; this retries it every
 * {@code baton.events.retry-every} until it succeeds. Publications left incomplete by a crash are
 * resubmitted when Baton starts.
 */
@Component
class PublicationRetries {

    private static final Logger log = LoggerFactory.getLogger(PublicationRetries.class);

    private final FailedEventPublications failed;
    private final Duration minAge;

    PublicationRetries(FailedEventPublications failed, @Value("${baton.events.retry-after:PT30S}") Duration minAge) {
        this.failed = failed;
        this.minAge = minAge;
    }

    @Scheduled(
            fixedDelayString = "${baton.events.retry-every:PT1M}",
            initialDelayString = "${baton.events.retry-every:PT1M}")
    void resubmitFailed() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(100));
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next round tries again.
            log.warn("Could not resubmit failed event publications: {}", e.getMessage());
        }
    }
}
