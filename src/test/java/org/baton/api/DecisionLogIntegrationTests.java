package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.baton.support.Api;
import org.baton.support.VerifyLogRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

class DecisionLogIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Value("${baton.log.key}")
    String logKey;

    String decide(String title, String context, String choice) {
        String id = created(api.post(
                        "/api/v1/decisions",
                        Map.of("title", title, "context", context, "reversibility", "EASY", "consequence", "LOW")))
                .get("id")
                .asString();
        assertThat(api.post("/api/v1/decisions/" + id + "/decide", Map.of("choice", choice))
                        .status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void everyStateChangeIsLoggedAndTheLogIsSearchable() {
        String leader = person("Log Lead");
        String homeBase = homeBase("Logged base", leader);
        created(api.post(
                "/api/v1/decisions",
                Map.of(
                        "title",
                        "Adopt trunk-based development",
                        "context",
                        "Merges pile up before releases",
                        "homeBaseId",
                        homeBase,
                        "reversibility",
                        "EASY",
                        "consequence",
                        "LOW")));
        decide("Order standing desks", "People asked for them in the survey", "Ten desks for the second floor");

        var all = api.get("/api/v1/log").json().get("items");
        assertThat(all.findValuesAsString("action"))
                .containsExactly("DECISION_DECIDED", "DECISION_RAISED", "DECISION_RAISED", "HOME_BASE_FOUNDED");

        var found = api.get("/api/v1/log?q=merges").json().get("items");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("title").asString()).isEqualTo("Adopt trunk-based development");
        assertThat(found.get(0).get("homeBaseId").asString()).isEqualTo(homeBase);
        assertThat(api.get("/api/v1/log?q=desks").json().get("items").findValuesAsString("choice"))
                .contains("Ten desks for the second floor");
        assertThat(api.get("/api/v1/log?homeBaseId=" + homeBase)
                        .json()
                        .get("items")
                        .findValuesAsString("action"))
                .containsExactly("DECISION_RAISED", "HOME_BASE_FOUNDED");
        assertThat(api.get("/api/v1/log?personId=" + org.adminId()).json().get("items"))
                .hasSize(4);
        assertThat(api.get("/api/v1/log?from=2999-01-01T00:00:00Z").json().get("items"))
                .isEmpty();
    }

    @Test
    void theCursorWalksTheWholeLogOnce() {
        for (int i = 0; i < 4; i++) {
            decide("Decision " + i, "", "Choice " + i);
        }
        var seen = new HashSet<String>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/v1/log?size=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items").forEach(item -> assertThat(seen.add(item.get("id").asString()))
                    .isTrue());
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(8);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void readsAreCountedOncePerReader() {
        decide("Seen decision", "", "Yes");
        api.get("/api/v1/log");
        api.get("/api/v1/log");
        String memberId = person("Reader Two");
        created(api.post("/api/v1/people/" + memberId + "/account", Map.of("password", "member password")));
        var reader = Api.at(port)
                .withToken(Api.at(port)
                        .withPassword(emailOf("Reader Two"), "member password")
                        .post("/api/v1/tokens", Map.of("name", "r"))
                        .json()
                        .get("token")
                        .asString());
        reader.get("/api/v1/log");

        var entry = api.get("/api/v1/log").json().get("items").get(0);
        assertThat(entry.get("seenBy").asInt()).isEqualTo(2);
    }

    @Test
    void verifyFindsAOneByteChangeMadeBehindBatonsBack() {
        decide("First", "", "One");
        String tampered = decide("Second", "", "Two");
        decide("Third", "", "Three");
        assertThat(api.get("/api/v1/log/verify").json().get("valid").asBoolean())
                .isTrue();
        assertThat(api.get("/api/v1/log/verify").json().get("entries").asInt()).isEqualTo(6);
        assertThat(api.get("/api/v1/log/verify").json().get("keyed").asBoolean())
                .isTrue();

        var before = jdbc.sql(
                        "select sequence from log_entries where organization_id = ? and subject_id = ?::uuid and action = 'DECISION_DECIDED'")
                .params(org.id().value(), tampered)
                .query(Long.class)
                .single();
        jdbc.sql("alter table log_entries disable trigger log_entries_append_only")
                .update();
        try {
            jdbc.sql("update log_entries set choice = 'Twp' where organization_id = ? and sequence = ?")
                    .params(org.id().value(), before)
                    .update();
        } finally {
            jdbc.sql("alter table log_entries enable trigger log_entries_append_only")
                    .update();
        }

        var verify = api.get("/api/v1/log/verify").json();
        assertThat(verify.get("valid").asBoolean()).isFalse();
        assertThat(verify.get("firstBrokenEntry").asLong()).isEqualTo(before);

        var run = VerifyLogRun.against(dataSource, logKey);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("organization " + org.id() + ": BROKEN at entry " + before);
    }

    @Test
    void verifyFindsEntriesRemovedFromTheEndOfTheChain() {
        decide("First", "", "One");
        decide("Second", "", "Two");
        assertThat(api.get("/api/v1/log/verify").json().get("valid").asBoolean())
                .isTrue();

        jdbc.sql("alter table log_entries disable trigger log_entries_append_only")
                .update();
        try {
            jdbc.sql(
                            "delete from log_entries where organization_id = ? and sequence = (select max(sequence) from log_entries where organization_id = ?)")
                    .params(org.id().value(), org.id().value())
                    .update();
        } finally {
            jdbc.sql("alter table log_entries enable trigger log_entries_append_only")
                    .update();
        }

        var verify = api.get("/api/v1/log/verify").json();
        assertThat(verify.get("valid").asBoolean()).isFalse();
        assertThat(verify.get("entries").asInt()).isEqualTo(3);
        assertThat(verify.get("firstBrokenEntry").asLong()).isEqualTo(4);
        assertThat(verify.get("firstBrokenEntryId").isNull()).isTrue();
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        decide("Permanent", "", "Kept");
        var refused = new ArrayList<String>();
        for (String sql : List.of(
                "update log_entries set title = 'x' where organization_id = ?",
                "delete from log_entries where organization_id = ?")) {
            try {
                jdbc.sql(sql).param(org.id().value()).update();
            } catch (RuntimeException e) {
                refused.add(sql);
            }
        }
        assertThat(refused).hasSize(2);
        assertThat(api.get("/api/v1/log/verify").json().get("valid").asBoolean())
                .isTrue();
    }

    @Test
    void concurrentReactionsNeverLoseAnUpdate() throws Exception {
        var members = new ArrayList<Api>();
        var reactors = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            String personId = person("Reactor " + i);
            reactors.add(personId);
            created(api.post("/api/v1/people/" + personId + "/account", Map.of("password", "member password")));
            members.add(Api.at(port)
                    .withToken(Api.at(port)
                            .withPassword(emailOf("Reactor " + i), "member password")
                            .post("/api/v1/tokens", Map.of("name", "r"))
                            .json()
                            .get("token")
                            .asString()));
        }
        String id = created(api.post(
                        "/api/v1/decisions",
                        Map.of(
                                "title",
                                "Concurrent",
                                "reversibility",
                                "HARD",
                                "consequence",
                                "HIGH",
                                "participantIds",
                                reactors)))
                .get("id")
                .asString();
        var calls = new ArrayList<Callable<Integer>>();
        for (Api member : members) {
            calls.add(() -> member.post("/api/v1/decisions/" + id + "/reactions", Map.of("reaction", "CONSENT"))
                    .status());
        }
        List<Integer> statuses;
        try (var pool = Executors.newFixedThreadPool(4)) {
            statuses = pool.invokeAll(calls).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        long accepted = statuses.stream().filter(s -> s == 201).count();
        assertThat(api.get("/api/v1/decisions/" + id).json().get("reactions")).hasSize((int) accepted);
        assertThat(api.get("/api/v1/log?subjectId=" + id).json().get("items").findValuesAsString("action").stream()
                        .filter("DECISION_REACTED"::equals)
                        .count())
                .isEqualTo(accepted);
    }
}
