package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Times one digest run for 10,000 people in a dozen time zones, each with a day's items on a few decisions, loaded
 * through SQL into the embedded database. Run by {@code bench/digest.sh}; skipped unless {@code -Dbaton.bench=true}.
 * The digest hour is midnight so that everyone's morning has come and one run queues every digest.
 */
@BatonIntegrationTest
class DigestBenchmark {

    static final int PEOPLE = Integer.getInteger("baton.bench.people", 10_000);
    static final int ITEMS_EACH = Integer.getInteger("baton.bench.items", 6);

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Digests digests;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        // mail is on, but nothing is sent during the run: the benchmark times queuing the digests
        registry.add("baton.smtp.host", () -> "127.0.0.1");
        registry.add("baton.smtp.port", () -> "9");
        registry.add("baton.smtp.starttls", () -> "false");
        registry.add("baton.mail.send-every", () -> "PT24H");
        registry.add("baton.digest.hour", () -> "0");
        registry.add("baton.digest.every", () -> "PT24H");
    }

    /** Before the Spring context starts, so the normal suite pays nothing for this class. */
    @BeforeAll
    static void onlyWhenAskedFor() {
        assumeTrue(Boolean.getBoolean("baton.bench"), "run with -Dbaton.bench=true (bench/digest.sh)");
    }

    @Test
    void queuesTheDigestsOfTenThousandPeopleInUnderAMinute() {
        var org = TestOrganization.found(accounts, tokens, port);
        jdbc.sql(
                        """
                insert into people (organization_id, id, name, email, time_zone, created_at)
                select :org, gen_random_uuid(), 'Person ' || n, 'person' || n || '@bench.example',
                       (array['UTC', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles',
                              'America/Sao_Paulo', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney',
                              'Pacific/Auckland', 'Africa/Nairobi', 'Asia/Kathmandu'])[1 + n % 12],
                       now() - interval '30 days'
                from generate_series(1, :people) n""")
                .param("org", org.id().value())
                .param("people", PEOPLE)
                .update();
        jdbc.sql(
                        """
                insert into digest_items (organization_id, person_id, source_key, kind, subject_type, subject_id, title,
                                          detail, created_at)
                select p.organization_id, p.id, 'bench/' || p.id || '/' || i,
                       (array['decisionDecided', 'decisionAdviceGiven', 'decisionProposalAmended', 'intentAmended'])[1 + i % 4],
                       'DECISION', d.id, 'Decision ' || (i % 3), '', now() - make_interval(mins => 10 * i)
                from people p
                cross join generate_series(1, :items) i
                join (select n, gen_random_uuid() id from generate_series(0, 2) n) d on d.n = i % 3
                where p.organization_id = :org and p.email like '%@bench.example'""")
                .param("org", org.id().value())
                .param("items", ITEMS_EACH)
                .update();
        long items = jdbc.sql("select count(*) from digest_items where digested_at is null")
                .query(Long.class)
                .single();
        jdbc.sql("analyze").update();

        long started = System.nanoTime();
        int queued = digests.sendDue();
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(
                "DIGEST BENCHMARK people=%d items=%d mails_queued=%d seconds=%.1f%n", PEOPLE, items, queued, seconds);
        assertThat(queued).isEqualTo(PEOPLE);
        assertThat(seconds).isLessThan(60);
    }
}
