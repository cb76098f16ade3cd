package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.baton.api.MalformedInputs.Input;
import org.baton.api.OpenApiOperations.Operation;
import org.baton.demo.DemoData;
import org.baton.support.Api;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends thousands of malformed requests, generated from the live OpenAPI document, to every operation of the API
 * as the admin of an organization filled with the demo (so ids that exist are tried too, and ids of another
 * organization): no answer is a 500, every refusal is problem+json, and a refused request changes no row of
 * either organization. The seed is fixed, so a failure repeats; {@code -Dbaton.fuzz.seed=…} tries another run.
 */
class ApiFuzzIntegrationTests extends ApiIntegrationTestBase {

    static final long SEED = Long.getLong("baton.fuzz.seed", 20261130L);

    /** Requests per operation: those with a body have more to break. */
    static final int PER_OPERATION_WITH_BODY = 76;

    static final int PER_OPERATION_WITHOUT_BODY = 36;

    /**
     * What a refused request may still change, compared otherwise: when a token was last used is recorded on every
     * authenticated request, so tokens are compared by everything but that.
     */
    static final Map<String, String> ROW_FINGERPRINTS = Map.of(
            "access_tokens",
            "hashtextextended(x.id::text || x.name || x.token_hash || coalesce(x.revoked_at::text, ''), 0)");

    /** Tables left out: sign-in throttling and the admin audit record refusals on purpose. */
    static final Pattern REFUSALS_ARE_RECORDED = Pattern.compile(".*(audit|throttl|sign_in).*");

    private static final Pattern UUIDS =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    /** The admin's bearer token for the requests sent as given (the API client keeps its own to itself). */
    private String bearer;

    @Test
    void answersEveryMalformedInputWithARefusalThatChangesNothing() {
        var other = TestOrganization.found(accounts, tokens, port);
        DemoData.fill(context, org.id());
        DemoData.fill(context, other.id());
        var operations = new OpenApiOperations(api.get("/v3/api-docs").json());
        var ownIds = idsListed(api, operations);
        var foreignIds = idsListed(other.api(), operations);
        assertThat(operations.all()).hasSizeGreaterThan(80);
        assertThat(ownIds).hasSizeGreaterThan(50);

        var generator = new MalformedInputs(SEED, operations, ownIds, foreignIds);
        var checksum = new Checksum(jdbc, org.id().value(), other.id().value());
        var kinds = new TreeMap<String, Integer>();
        var statuses = new TreeMap<Integer, Integer>();
        var failures = new ArrayList<String>();
        int sent = 0;
        long started = System.nanoTime();
        Map<String, String> before = null;
        for (Operation operation : operations.all()) {
            int count = operation.body() != null ? PER_OPERATION_WITH_BODY : PER_OPERATION_WITHOUT_BODY;
            for (Input input : generator.of(operation, count)) {
                if (operation.writes() && before == null) {
                    before = checksum.now();
                }
                var response = send(input);
                sent++;
                kinds.merge(input.kind().replaceAll(" \\(.*", "").replaceAll("=.*", ""), 1, Integer::sum);
                statuses.merge(response.status(), 1, Integer::sum);
                if (response.status() >= 500) {
                    failures.add(
                            response.status() + " for " + input.describe() + "\n    " + abbreviated(response.body()));
                } else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    failures.add("not problem+json: " + response.status() + " " + response.contentType() + " for "
                            + input.describe() + "\n    " + abbreviated(response.body()));
                }
                if (!operation.writes()) {
                    before = null; // reading may record a read (e.g. of a log entry): compare from the next write on
                } else if (response.status() < 400) {
                    checksum.settle();
                    before = checksum.now();
                } else {
                    var after = checksum.now();
                    if (!after.equals(before)) {
                        failures.add("partial write (" + Checksum.difference(before, after) + ") by a refused "
                                + response.status() + " for " + input.describe());
                        before = after;
                    }
                }
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        System.out.printf(
                "API fuzz, seed %d: %d malformed inputs to %d operations in %d s (%d s comparing rows)%n",
                SEED, sent, operations.all().size(), seconds, checksum.seconds());
        kinds.forEach((kind, n) -> System.out.printf("  %6d  %s%n", n, kind));
        System.out.println("  statuses: " + statuses);
        failures.forEach(failure -> System.out.println("  FOUND " + failure));
        assertThat(sent).isGreaterThanOrEqualTo(5000);
        assertThat(failures)
                .as("answers of 500, refusals not in problem+json, partial writes")
                .isEmpty();
    }

    /** Ids of everything the lists of the API show, in the order they were found. */
    private static List<String> idsListed(Api caller, OpenApiOperations operations) {
        var ids = new LinkedHashSet<String>();
        for (Operation operation : operations.all()) {
            if (operation.method().equals("GET")
                    && operation.in("path").isEmpty()
                    && !operation.template().contains("/tokens")) {
                var matcher = UUIDS.matcher(caller.get(operation.template()).body());
                while (matcher.find()) {
                    ids.add(matcher.group());
                }
            }
        }
        return List.copyOf(ids);
    }

    private Api.Response send(Input input) {
        var publisher = input.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(input.body());
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + input.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + bearer())
                .method(input.operation().method(), publisher);
        if (input.body() != null) {
            request.header("Content-Type", input.contentType());
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    "");
        } catch (IOException e) {
            throw new UncheckedIOException(input.describe(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String bearer() {
        if (bearer == null) {
            bearer = tokens.issue(org.admin(), "fuzz").secret();
        }
        return bearer;
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /**
     * A cheap fingerprint of every row of both organizations: per table, how many rows and the sum of the ids of
     * the transactions that wrote them ({@code xmin}, new on every insert or update), in one query. Tables are found in the schema, so a table added later is compared too.
     */
    static final class Checksum {

        private final JdbcTemplate jdbc;
        private final String query;
        private final Object[] organizations;

        Checksum(JdbcTemplate jdbc, UUID own, UUID other) {
            this.jdbc = jdbc;
            this.organizations = new Object[] {own, other};
            var tables = jdbc.queryForList(
                    "select table_name from information_schema.columns where column_name = 'organization_id'"
                            + " and table_schema = current_schema() order by table_name",
                    String.class);
            var parts = new ArrayList<String>();
            parts.add("select 'organizations' as t, count(*) as n, coalesce(sum(x.xmin::text::bigint), 0) as h"
                    + " from organizations x where id in (?, ?)");
            tables.stream()
                    .filter(table -> !REFUSALS_ARE_RECORDED.matcher(table).matches())
                    .forEach(table -> parts.add("select '" + table + "', count(*), coalesce(sum("
                            + ROW_FINGERPRINTS.getOrDefault(table, "x.xmin::text::bigint") + "), 0)"
                            + " from " + table + " x where organization_id in (?, ?)"));
            this.query = String.join(" union all ", parts);
        }

        private long nanos;

        long seconds() {
            return Duration.ofNanos(nanos).toSeconds();
        }

        Map<String, String> now() {
            long start = System.nanoTime();
            try {
                return sums();
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        private Map<String, String> sums() {
            var sums = new TreeMap<String, String>();
            var arguments = new Object[parametersIn(query)];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = organizations[i % 2];
            }
            jdbc.query(
                    query,
                    rs -> {
                        sums.put(rs.getString(1), rs.getString(2) + ":" + rs.getString(3));
                    },
                    arguments);
            return sums;
        }

        /** Waits until the reactions to an accepted request (inbox, activity, …), which run after commit, are done. */
        void settle() {
            try {
                await().atMost(Duration.ofSeconds(5))
                        .pollInterval(Duration.ofMillis(10))
                        .until(() -> jdbc.queryForObject(
                                        "select count(*) from event_publication where completion_date is null"
                                                + " and status is distinct from 'FAILED'",
                                        Long.class)
                                == 0);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // Another test's reaction still pending: the rows compared next are taken as they are.
            }
        }

        static String difference(Map<String, String> before, Map<String, String> after) {
            var changed = new ArrayList<String>();
            after.forEach((table, sum) -> {
                if (!sum.equals(before.get(table))) {
                    changed.add(table + " " + before.get(table) + " -> " + sum);
                }
            });
            return String.join(", ", changed);
        }

        private static int parametersIn(String query) {
            return (int) query.chars().filter(c -> c == '?').count();
        }
    }
}
