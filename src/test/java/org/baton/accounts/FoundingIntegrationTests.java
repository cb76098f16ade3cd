package org.baton.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.support.BatonIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BatonIntegrationTest
class FoundingIntegrationTests {

    @Autowired
    Accounts accounts;

    @Test
    void twoFoundingsRacingForOneEmailGiveItToOneOfThem() throws Exception {
        String email = "racer-" + UUID.randomUUID() + "@example.org";
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<FoundedOrganization>>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return accounts.foundOrganization("Race " + n, "Racer " + n, email, "correct horse battery");
                }));
            }
            start.countDown();
            int founded = 0;
            int refused = 0;
            for (var result : results) {
                try {
                    result.get();
                    founded++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(RuleViolation.class);
                    refused++;
                }
            }
            assertThat(founded).isEqualTo(1);
            assertThat(refused).isEqualTo(3);
        }
    }

    @Test
    void theFirstOrganizationIsFoundedOnlyWhileNoAccountExists() {
        accounts.foundOrganization(
                "Already here", "Someone", "someone-" + UUID.randomUUID() + "@example.org", "correct horse battery");

        assertThatThrownBy(() -> accounts.foundFirstOrganization(
                        "Second first", "Eve", "eve-" + UUID.randomUUID() + "@example.org", "correct horse battery"))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("setup.alreadyDone"));
    }
}
