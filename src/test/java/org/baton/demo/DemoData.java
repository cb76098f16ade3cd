package org.baton.demo;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;
import org.baton.shared.OrganizationId;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fills an organization of a test with the demo: people, home bases, missions, decisions, principles, areas. */
public final class DemoData {

    private DemoData() {}

    /**
     * Fills the organization and waits for what follows the demo's decisions after commit (the statement read, the
     * coalition's 90-day wins, the leads they record), so that a test compares rows only once the demo is complete.
     */
    public static void fill(ApplicationContext context, OrganizationId organization) {
        context.getBean(DemoOrganization.class).fillIfEmpty(organization);
        var jdbc = context.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from initiatives where organization_id = ?",
                                Long.class,
                                organization.value())
                        == 2);
        try {
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from event_publication where completion_date is null"
                                            + " and status is distinct from 'FAILED'",
                                    Long.class)
                            == 0);
        } catch (ConditionTimeoutException e) {
            // Another test's reaction still pending: the demo's own are done, its wins are in.
        }
    }
}
