package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.baton.intents.Intents;
import org.baton.principles.Principles;
import org.baton.support.MovableClock;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IntentApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    @Autowired
    Intents intents;

    @Autowired
    Principles principles;

    /** The admin declares most intents here: an intent that names no home base reaches its author's own. */
    @BeforeEach
    void giveTheAdminAHomeBase() {
        String admin = org.adminId().toString();
        created(api.post(
                "/api/v1/home-bases", Map.of("name", "Platform", "leaderId", admin, "memberIds", List.of(admin))));
    }

    @Test
    void anIntentThatNamesNoHomeBaseMissionOrAreaReachesTheDeclarersHomeBase() {
        var lead = member("Hub Lead");
        var mate = member("Hub Mate");
        var declarer = member("Dee Declarer");
        String hub = created(api.post(
                        "/api/v1/home-bases",
                        Map.of("name", "Hub", "leaderId", lead.id(), "memberIds", List.of(mate.id(), declarer.id()))))
                .get("id")
                .asString();

        var intent = created(
                declarer.api().post("/api/v1/intents", Map.of("statement", "I intend to move our retro to Mondays")));

        assertThat(intent.get("homeBaseId").asString()).isEqualTo(hub);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (var reached : List.of(lead, mate)) {
                var inbox = reached.api().get("/api/v1/inbox").json().get("items");
                assertThat(inbox.findValuesAsString("kind")).contains("intentDeclared");
                assertThat(inbox.findValuesAsString("title")).contains("I intend to move our retro to Mondays");
            }
        });
        assertThat(declarer.api().get("/api/v1/inbox").json().get("items").findValuesAsString("kind"))
                .doesNotContain("intentDeclared");
    }

    @Test
    void someoneWithoutAHomeBaseWhoNamesNoScopeIsAskedToNameOne() {
        var loner = member("Lou Loner");

        var refused = loner.api().post("/api/v1/intents", Map.of("statement", "I intend to tidy the wiki"));

        assertProblem(refused, 422, "scope");
        assertThat(refused.json().get("detail").asString()).contains("home base");
        assertThat(api.get("/api/v1/intents?personId=" + loner.id())
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        String mission = created(api.post("/api/v1/missions", mission("Tidy docs", null, loner.id())))
                .get("id")
                .asString();
        created(loner.api()
                .post("/api/v1/intents", Map.of("statement", "I intend to tidy the wiki", "missionId", mission)));
    }

    @Test
    void anIntentInAnAreaGrantedToAnotherHomeBaseReachesThatHomeBase() {
        var lea = member("Lea Billing");
        String billing = homeBase("Billing", lea.id());
        String pricing = created(api.post("/api/v1/decision-areas", Map.of("name", "Pricing", "zone", "LOCAL")))
                .get("id")
                .asString();
        created(api.post("/api/v1/mandates", Map.of("areaId", pricing, "homeBaseId", billing)));

        created(api.post(
                "/api/v1/intents", Map.of("statement", "I intend to offer a yearly discount", "areaId", pricing)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        lea.api().get("/api/v1/inbox").json().get("items").findValuesAsString("title"))
                .contains("I intend to offer a yearly discount"));
    }

    @Test
    void anIntentNobodyObjectsToProceedsByItselfWhenItsWindowEnds() {
        String leader = person("Window Lead");
        String homeBase = homeBase("Window base", leader);
        var intent = created(api.post(
                "/api/v1/intents",
                Map.of(
                        "statement", "I intend to move the weekly demo to Thursdays",
                        "reason", "Half the team is out on Fridays",
                        "homeBaseId", homeBase,
                        "objectionWindow", "PT2H")));
        String id = intent.get("id").asString();
        assertThat(intent.get("status").asString()).isEqualTo("OPEN");

        clock.advance(Duration.ofHours(2).plusSeconds(1));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/intents/" + id).json().get("status").asString())
                .isEqualTo("PROCEEDING"));
        var log = api.get("/api/v1/log?subjectId=" + id).json().get("items");
        assertThat(log.findValuesAsString("action")).containsExactly("INTENT_PROCEEDING", "INTENT_DECLARED");
    }

    @Test
    void theWindowDefaultsToFortyEightHoursAndMustBePositive() {
        var intent = created(api.post("/api/v1/intents", Map.of("statement", "I intend to try pair reviews")));
        assertThat(intent.get("objectionWindow").asString()).isEqualTo("PT48H");
        assertProblem(
                api.post("/api/v1/intents", Map.of("statement", "I intend to", "objectionWindow", "-PT1H")),
                422,
                "objectionWindow");
        assertProblem(
                api.post("/api/v1/intents", Map.of("statement", "I intend to", "objectionWindow", "soon")),
                400,
                "objectionWindow");
        assertProblem(api.post("/api/v1/intents", Map.of("reason", "no statement")), 400, "statement");
    }

    @Test
    void thePeopleOfTheHomeBaseAreInformedAtOnce() {
        var lead = member("Inbox Lead");
        String homeBase = homeBase("Inbox base", lead.id());

        created(api.post(
                "/api/v1/intents",
                Map.of("statement", "I intend to retire the old status page", "homeBaseId", homeBase)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var inbox = lead.api().get("/api/v1/inbox").json().get("items");
            assertThat(inbox.findValuesAsString("kind")).contains("intentDeclared");
            assertThat(inbox.findValuesAsString("title")).contains("I intend to retire the old status page");
        });
    }

    @Test
    void anObjectionCitesOnlyActivePrinciplesOfTheCallersOrganization() {
        var objector = member("Cita Objector").api();
        var other = TestOrganization.found(accounts, tokens, port);
        var theirValue = principles.defineValue(other.id(), other.adminId(), true, "Theirs", "");
        var theirs =
                principles.adopt(other.id(), other.adminId(), true, theirValue.id(), "Their principle", null, null);
        var value = principles.defineValue(org.id(), org.adminId(), true, "Customers first", "");
        var ours = principles.adopt(org.id(), org.adminId(), true, value.id(), "Answer within a day", null, null);
        String id = created(api.post("/api/v1/intents", Map.of("statement", "I intend to close support on Fridays")))
                .get("id")
                .asString();
        String harm = "Clinics open on Fridays would wait three days for an answer";

        assertProblem(
                objector.post(
                        "/api/v1/intents/" + id + "/objections",
                        Map.of("harm", harm, "principleIds", List.of(theirs.id().value()))),
                422,
                "principleIds");
        assertProblem(
                objector.post(
                        "/api/v1/intents/" + id + "/objections",
                        Map.of("harm", harm, "principleIds", List.of(UUID.randomUUID()))),
                422,
                "principleIds");
        assertThat(api.get("/api/v1/intents/" + id).json().get("status").asString())
                .isEqualTo("OPEN");

        assertThat(objector.post(
                                "/api/v1/intents/" + id + "/objections",
                                Map.of(
                                        "harm",
                                        harm,
                                        "principleIds",
                                        List.of(ours.id().value())))
                        .status())
                .isEqualTo(201);
        var logged = api.get("/api/v1/log?subjectId=" + id).json().get("items");
        assertThat(logged.get(0).get("principleIds").get(0).asString())
                .isEqualTo(ours.id().value().toString());
    }

    @Test
    void anUnreasonedObjectionIsRefusedWithAnExplanation() {
        String id = created(api.post("/api/v1/intents", Map.of("statement", "I intend to switch the CI provider")))
                .get("id")
                .asString();

        var blank = api.post("/api/v1/intents/" + id + "/objections", Map.of("harm", "  "));
        assertProblem(blank, 422, "harm");
        assertThat(blank.json().get("detail").asString()).contains("harm");
        assertProblem(api.post("/api/v1/intents/" + id + "/objections", Map.of()), 422, "harm");
        assertProblem(
                api.post("/api/v1/intents/" + id + "/objections", Map.of("harm", "I'd prefer another provider")),
                422,
                "harm");
        assertThat(api.get("/api/v1/intents/" + id).json().get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void aReasonedObjectionStopsTheIntentUntilItIsAmendedWithdrawnOrTakenToAdvice() {
        var objector = member("Olga Objector").api();
        String id = created(api.post(
                        "/api/v1/intents",
                        Map.of("statement", "I intend to drop the staging environment", "objectionWindow", "PT1H")))
                .get("id")
                .asString();

        var objection = objector.post(
                "/api/v1/intents/" + id + "/objections",
                Map.of(
                        "harm",
                        "Releases would reach customers untested; the payment team relies on staging for certification"));
        assertThat(objection.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/intents/" + id).json().get("status").asString())
                .isEqualTo("OBJECTED");

        clock.advance(Duration.ofHours(2));
        intents.proceedWithEndedWindows();
        assertThat(api.get("/api/v1/intents/" + id).json().get("status").asString())
                .isEqualTo("OBJECTED");

        assertThat(objector.post("/api/v1/intents/" + id + "/amend", Map.of("statement", "mine now"))
                        .status())
                .isEqualTo(403);
        var amended = api.post(
                        "/api/v1/intents/" + id + "/amend",
                        Map.of("statement", "I intend to drop staging for everything but payments"))
                .json();
        assertThat(amended.get("status").asString()).isEqualTo("OPEN");
        assertThat(amended.get("earlierStatements").get(0).asString())
                .isEqualTo("I intend to drop the staging environment");
        assertThat(amended.get("objections").get(0).get("addressed").asBoolean())
                .isTrue();

        objector.post(
                "/api/v1/intents/" + id + "/objections",
                Map.of("harm", "Payments would still lose the shared test data set"));
        var advice = created(api.post("/api/v1/intents/" + id + "/advice", Map.of()));
        var decision = api.get("/api/v1/decisions/" + advice.get("decisionId").asString())
                .json();
        assertThat(decision.get("method").asString()).isEqualTo("ADVICE");
        assertThat(decision.get("intentId").asString()).isEqualTo(id);
        assertThat(api.get("/api/v1/intents/" + id).json().get("status").asString())
                .isEqualTo("IN_ADVICE");
    }

    @Test
    void theAuthorRecordsTheResultOfAnIntentThatWentAhead() {
        String id = created(api.post(
                        "/api/v1/intents",
                        Map.of("statement", "I intend to trial async standups", "objectionWindow", "PT1M")))
                .get("id")
                .asString();
        clock.advance(Duration.ofMinutes(2));
        intents.proceedWithEndedWindows();

        var result = api.post(
                "/api/v1/intents/" + id + "/result",
                Map.of("result", "Standups got shorter; two people missed the live chat"));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("result").asString()).startsWith("Standups got shorter");
        assertProblem(api.post("/api/v1/intents/" + id + "/result", Map.of("result", "again")), 409, null);
    }

    @Test
    void concurrentSweepsLetAnIntentProceedExactlyOnce() throws Exception {
        String id = created(api.post(
                        "/api/v1/intents",
                        Map.of("statement", "I intend to rename the wiki space", "objectionWindow", "PT1S")))
                .get("id")
                .asString();
        clock.advance(Duration.ofSeconds(5));

        var sweeps = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 4; i++) {
            sweeps.add(intents::proceedWithEndedWindows);
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            pool.invokeAll(sweeps).forEach(f -> {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/intents/" + id).json().get("status").asString())
                .isEqualTo("PROCEEDING"));
        List<String> actions =
                api.get("/api/v1/log?subjectId=" + id).json().get("items").findValuesAsString("action");
        assertThat(actions).containsOnlyOnce("INTENT_PROCEEDING");
    }
}
