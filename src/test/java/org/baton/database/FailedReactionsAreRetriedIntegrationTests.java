package org.baton.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.baton.organizations.Organizations;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.FailingReaction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listener rule: a reaction runs after the change committed, from the event publication registry. When it
 * fails, the person's change stays, and the publication is retried until the reaction succeeds.
 */
@BatonIntegrationTest
class FailedReactionsAreRetriedIntegrationTests {

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Autowired
    FailingReaction reaction;

    @Autowired
    PublicationRetries retries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailingReactionKeepsThePersonsChangeAndIsRetriedUntilItSucceeds() {
        var org = organizations.found("Retries").id();
        reaction.failFor(org);

        var ana = people.enrol(
                org, new PersonDetails("Ana Retry", "ana-retry@example.org", List.of(), List.of(), 20, "UTC"), null);

        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(statusOfReactionTo(ana.id())));
        assertThat(reaction.attempts(org)).isEqualTo(1);
        assertThat(reaction.successes(org)).isZero();
        assertThat(people.find(org, ana.id())).as("the enrolment is kept").isPresent();

        retries.resubmitFailed();
        await().atMost(Duration.ofSeconds(20)).until(() -> reaction.attempts(org) == 2);
        assertThat(reaction.successes(org)).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(statusOfReactionTo(ana.id())));

        reaction.recover(org);
        retries.resubmitFailed();
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(statusOfReactionTo(ana.id())));
        assertThat(reaction.successes(org)).isEqualTo(1);
        assertThat(reaction.attempts(org)).isEqualTo(3);
    }

    private String statusOfReactionTo(PersonId person) {
        return jdbc.sql(
                        """
                select status from event_publication
                where listener_id like '%FailingReaction%' and serialized_event like ?""")
                .param("%" + person.value() + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
