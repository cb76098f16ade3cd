package org.baton.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.baton.shared.OrganizationId;
import org.baton.shared.StateConflict;
import org.baton.support.BatonIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BatonIntegrationTest
class FoundingIntegrationTests {

    @Autowired
    Accounts accounts;

    /**
     * An email is unique within an organization only (ADR 0015): organizations founded at once with one admin email
     * each get their own admin, and no founder learns that the email has an account elsewhere.
     */
    @Test
    void foundingsRacingWithOneEmailEachFoundTheirOwnOrganization() throws Exception {
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
            var organizations = new HashSet<OrganizationId>();
            for (var result : results) {
                var founded = result.get();
                organizations.add(founded.organization().id());
                assertThat(accounts.find(
                                founded.organization().id(), founded.admin().id()))
                        .hasValueSatisfying(admin -> assertThat(admin.admin()).isTrue());
            }
            assertThat(organizations).hasSize(4);
            assertThat(accounts.authenticate(email, "correct horse battery"))
                    .hasValueSatisfying(caller -> assertThat(organizations).contains(caller.organizationId()));
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
