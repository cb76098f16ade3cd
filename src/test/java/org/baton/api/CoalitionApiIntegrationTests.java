package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.decisions.Decisions;
import org.baton.network.LeadershipTeam;
import org.baton.people.PersonId;
import org.baton.support.Api;
import org.baton.support.InitiativeCoalitionSeats;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The guiding coalition by open application, through the API: the leadership team opens a call, people apply, the
 * panel (the leadership team) rates, closes, asks for a selection and adopts it by consent.
 */
class CoalitionApiIntegrationTests extends ApiIntegrationTestBase {

    static final String CALLS = "/api/v1/coalition/calls";

    @Autowired
    LeadershipTeam leadershipTeam;

    @Autowired
    MovableClock clock;

    @Autowired
    Decisions decisions;

    @Autowired
    JdbcClient jdbc;

    Member lena;
    Member ana;
    Member ben;
    Member cleo;

    @BeforeEach
    void aLeadershipTeamOfTheAdminAndLena() {
        lena = member("Lena Leader");
        ana = member("Ana Applicant");
        ben = member("Ben Applicant");
        cleo = member("Cleo Applicant");
        leadershipTeam.name(org.id(), List.of(org.adminId(), idOf(lena)), org.adminId(), true);
    }

    static PersonId idOf(Member member) {
        return new PersonId(UUID.fromString(member.id()));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    Map<String, Object> call(int seats, LocalDate closesOn) {
        var call = new HashMap<String, Object>();
        call.put("seats", seats);
        call.put("closesOn", closesOn.toString());
        call.put("criteria", "Energy to spread the opportunity beyond one's own home base");
        return call;
    }

    String opened(int seats) {
        return created(api.post(CALLS, call(seats, today().plusDays(10))))
                .get("id")
                .asString();
    }

    static Map<String, Object> application(String motivation) {
        return Map.of("motivation", motivation, "energy", "Two evenings a month", "initiativeInterest", "Onboarding");
    }

    String applied(Member who, String call) {
        return created(who.api().post(CALLS + "/" + call + "/applications", application("I care about this")))
                .get("id")
                .asString();
    }

    JsonNode rated(Member rater, String call, String application, int attitude, int energy) {
        var response = rater.api()
                .post(
                        CALLS + "/" + call + "/applications/" + application + "/rating",
                        Map.of("attitude", attitude, "energy", energy));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aCallIsOpenedByTheLeadershipTeamWhoAreItsPanelAndAnyoneApplies() {
        var opened = created(api.post(CALLS, call(2, today().plusDays(10))));
        var call = opened.get("id").asString();

        assertThat(opened.get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.get("panelIds").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(org.adminId().toString(), lena.id());
        var application = created(ana.api().post(CALLS + "/" + call + "/applications", application("Because")));
        assertThat(application.get("id").asString()).isNotBlank();
        assertThat(application.get("motivation").asString()).isEqualTo("Because");

        var seenByAna = ana.api().get(CALLS + "/" + call).json();
        assertThat(seenByAna.get("applicationsCount").asInt()).isEqualTo(1);
        assertThat(seenByAna.get("applications").isNull()).isTrue();
        assertThat(seenByAna.get("ownApplication").get("motivation").asString()).isEqualTo("Because");
        var seenByLena = lena.api().get(CALLS + "/" + call).json();
        assertThat(seenByLena.get("applications")).hasSize(1);
        assertThat(seenByLena.get("steps").valueStream().map(JsonNode::asString))
                .contains("RATE", "CLOSE");
    }

    @Test
    void someoneOutsideTheLeadershipTeamOpensNoCall() {
        assertProblem(ana.api().post(CALLS, call(2, today().plusDays(10))), 403, null);
    }

    @Test
    void aSecondApplicationToTheSameCallIsAConflict() {
        var call = opened(2);
        applied(ana, call);

        assertProblem(ana.api().post(CALLS + "/" + call + "/applications", application("Again")), 409, null);
        assertThat(lena.api()
                        .get(CALLS + "/" + call)
                        .json()
                        .get("applicationsCount")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void onlyThePanelRatesAndRatingAgainReplacesTheRating() {
        var call = opened(2);
        var application = applied(ana, call);

        assertProblem(
                ben.api()
                        .post(
                                CALLS + "/" + call + "/applications/" + application + "/rating",
                                Map.of("attitude", 5, "energy", 5)),
                403,
                null);
        rated(lena, call, application, 2, 2);
        var again = rated(lena, call, application, 4, 3);
        rated(new Member(org.adminId().toString(), api), call, application, 5, 5);

        assertThat(again.get("ratings").asInt()).isEqualTo(1);
        var seen = lena.api().get(CALLS + "/" + call).json().get("applications").get(0);
        assertThat(seen.get("ratings").asInt()).isEqualTo(2);
        assertThat(seen.get("meanAttitude").asDouble()).isEqualTo(4.5);
        assertThat(seen.get("meanEnergy").asDouble()).isEqualTo(4.0);
        assertThat(seen.get("yourRating").get("attitude").asInt()).isEqualTo(4);
    }

    @Test
    void refusesNoSeatsAndTooLongAMotivationNamingTheField() {
        assertProblem(api.post(CALLS, call(0, today().plusDays(10))), 422, "seats");
        assertProblem(api.post(CALLS, call(2, today())), 422, "closesOn");
        var call = opened(2);
        assertProblem(
                ana.api().post(CALLS + "/" + call + "/applications", application("x".repeat(2001))), 422, "motivation");
        assertProblem(rawRating(call, applied(ben, call), Map.of("attitude", 6, "energy", 3)), 422, "attitude");
        assertProblem(lena.api().get(CALLS + "/" + UUID.randomUUID()), 404, null);
    }

    Api.Response rawRating(String call, String application, Map<String, Object> rating) {
        return lena.api().post(CALLS + "/" + call + "/applications/" + application + "/rating", rating);
    }

    @Test
    void aPanelMemberClosesTheCallEarlyAndNobodyAppliesAfter() {
        var call = opened(2);
        applied(ana, call);

        assertProblem(ana.api().post(CALLS + "/" + call + "/close", Map.of()), 403, null);
        var closed = lena.api().post(CALLS + "/" + call + "/close", Map.of());

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertProblem(ben.api().post(CALLS + "/" + call + "/applications", application("Late")), 409, null);
        assertProblem(lena.api().post(CALLS + "/" + call + "/selection/adopt", Map.of()), 409, null);
    }

    @Test
    void aCallClosesOnItsOwnOnceItsClosingDateHasPassed() {
        var call =
                created(api.post(CALLS, call(2, today().plusDays(1)))).get("id").asString();
        applied(ana, call);

        clock.advance(Duration.ofDays(2));

        assertThat(lena.api().get(CALLS + "/" + call).json().get("status").asString())
                .isEqualTo("CLOSED");
        assertProblem(ben.api().post(CALLS + "/" + call + "/applications", application("Late")), 409, null);
    }

    /** Needs the selection solver behind {@code CoalitionSelections.propose}. */
    @Test
    void thePanelAdoptsTheSelectionByConsentAndTheCoalitionIsFormed() {
        var call = opened(2);
        var applications = new HashMap<String, String>();
        for (var applicant : List.of(ana, ben, cleo)) {
            applications.put(applicant.id(), applied(applicant, call));
        }
        rated(lena, call, applications.get(ana.id()), 5, 5);
        rated(lena, call, applications.get(ben.id()), 3, 4);
        rated(lena, call, applications.get(cleo.id()), 4, 4);
        assertProblem(lena.api().post(CALLS + "/" + call + "/selection", Map.of()), 409, null);
        assertThat(lena.api().post(CALLS + "/" + call + "/close", Map.of()).status())
                .isEqualTo(200);

        var selection = lena.api().post(CALLS + "/" + call + "/selection", Map.of());
        assertThat(selection.status()).as(selection.toString()).isEqualTo(200);
        var seats = selection.json().get("seats");
        assertThat(seats).hasSize(2);
        for (var seat : seats) {
            assertThat(applications).containsKey(seat.get("personId").asString());
            assertThat(seat.get("reasons")).isNotEmpty();
            assertThat(seat.get("reasons").get(0).get("text").asString()).isNotBlank();
        }
        assertThat(selection.json().get("mix").has("homeBases")).isTrue();

        var adopted = lena.api().post(CALLS + "/" + call + "/selection/adopt", Map.of());
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(202);
        var decision = adopted.json().get("decisionId").asString();
        assertThat(lena.api().get(CALLS + "/" + call).json().get("status").asString())
                .isEqualTo("ADOPTING");
        created(api.post("/api/v1/decisions/" + decision + "/reactions", Map.of("reaction", "CONSENT")));
        var decided = lena.api().post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Agreed"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        var picked = seats.valueStream().map(s -> s.get("personId").asString()).toList();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var coalition = api.get("/api/v1/coalition").json();
            assertThat(coalition.get("members").valueStream().map(m -> m.get("personId")
                            .asString()))
                    .containsExactlyInAnyOrderElementsOf(picked);
            assertThat(coalition.get("members").get(0).get("name").asString()).endsWith("Applicant");
            assertThat(coalition.get("calls").get(0).get("status").asString()).isEqualTo("FORMED");
        });
    }

    @Test
    void theCallsAreListedNewestFirst() {
        var first = opened(2);
        clock.advance(Duration.ofMinutes(1));
        var second = opened(3);

        var calls = ana.api().get("/api/v1/coalition").json().get("calls");

        assertThat(calls.valueStream().map(c -> c.get("id").asString())).containsExactly(second, first);
        assertThat(ana.api().get("/api/v1/coalition").json().get("members")).isEmpty();
    }

    @Test
    void anApplicantSeesTheirOwnApplicationButNeverHowThePanelRatedIt() {
        var call = opened(2);
        var application = created(ana.api().post(CALLS + "/" + call + "/applications", application("Because")));
        assertThat(application.get("meanAttitude").isNull()).isTrue();
        rated(lena, call, application.get("id").asString(), 5, 4);

        for (var seen : List.of(
                ana.api().get(CALLS + "/" + call).json(),
                ana.api().get("/api/v1/coalition").json().get("calls").get(0))) {
            var own = seen.get("ownApplication");
            assertThat(own.get("motivation").asString()).isEqualTo("Because");
            assertThat(own.get("meanAttitude").isNull()).as(own.toString()).isTrue();
            assertThat(own.get("meanEnergy").isNull()).isTrue();
            assertThat(own.get("ratings").isNull()).isTrue();
            assertThat(own.get("yourRating").isNull()).isTrue();
        }
        assertThat(lena.api()
                        .get(CALLS + "/" + call)
                        .json()
                        .get("applications")
                        .get(0)
                        .get("meanAttitude")
                        .asDouble())
                .isEqualTo(5.0);
    }

    @Test
    void refusesAPanelOfOneOrOfTheOpenerAndAnAllyAndANullIdWithoutOpeningACall() {
        var ofOne = call(2, today().plusDays(10));
        ofOne.put("panelIds", List.of(org.adminId().toString()));
        assertProblem(api.post(CALLS, ofOne), 422, "panelIds");

        var withAnAlly = call(2, today().plusDays(10));
        withAnAlly.put("panelIds", List.of(org.adminId().toString(), ana.id()));
        assertProblem(api.post(CALLS, withAnAlly), 422, "panelIds");

        var withNull = call(2, today().plusDays(10));
        withNull.put("panelIds", java.util.Arrays.asList(org.adminId().toString(), null));
        var refused = api.post(CALLS, withNull);
        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        assertThat(api.get("/api/v1/coalition").json().get("calls")).isEmpty();
    }

    @Test
    void anAdoptionNamingANullIdIsRefusedWithoutAnyChange() {
        var call = opened(2);
        applied(ana, call);

        var refused = lena.api()
                .post(
                        CALLS + "/" + call + "/selection/adopt",
                        Map.of("personIds", java.util.Arrays.asList(ana.id(), null)));

        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(lena.api().get(CALLS + "/" + call).json().get("status").asString())
                .isEqualTo("OPEN");
    }

    /** Needs the selection solver behind {@code CoalitionSelections.propose}. */
    @Test
    void aConsentThatFellBackFormsNothingAndTheCallFormedLaterReplacesTheCoalition() {
        var dora = member("Dora Earlier");
        InitiativeCoalitionSeats.seat(jdbc, org.id(), org.adminId().value(), UUID.fromString(dora.id()));
        var call = opened(2);
        var anasApplication = applied(ana, call);
        applied(ben, call);
        applied(cleo, call);
        assertThat(lena.api().post(CALLS + "/" + call + "/close", Map.of()).status())
                .isEqualTo(200);
        var selection = lena.api().post(CALLS + "/" + call + "/selection", Map.of());
        assertThat(selection.status()).as(selection.toString()).isEqualTo(200);
        assertProblem(
                lena.api()
                        .post(
                                CALLS + "/" + call + "/applications/" + anasApplication + "/rating",
                                Map.of("attitude", 1, "energy", 1)),
                409,
                null);
        var chosen = Map.of("personIds", List.of(ana.id(), ben.id()));

        var first = lena.api().post(CALLS + "/" + call + "/selection/adopt", chosen);
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        var decision = "/api/v1/decisions/" + first.json().get("decisionId").asString();
        created(api.post(decision + "/objections", Map.of("harm", "Nobody from support would sit on it")));
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        decisions.fallBackOverdueConsentRounds();
        var decidedAlone = lena.api().post(decision + "/decide", Map.of("choice", "Seat them anyway"));
        assertThat(decidedAlone.status()).as(decidedAlone.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        lena.api().get(CALLS + "/" + call).json().get("status").asString())
                .isEqualTo("CLOSED"));
        assertThat(memberIds()).containsExactly(dora.id());

        var second = lena.api().post(CALLS + "/" + call + "/selection/adopt", chosen);
        assertThat(second.status()).as(second.toString()).isEqualTo(202);
        var consented = "/api/v1/decisions/" + second.json().get("decisionId").asString();
        created(api.post(consented + "/reactions", Map.of("reaction", "CONSENT")));
        assertThat(lena.api()
                        .post(consented + "/decide", Map.of("choice", "Agreed"))
                        .status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(memberIds()).containsExactlyInAnyOrder(ana.id(), ben.id()));
        assertThat(lena.api().get(CALLS + "/" + call).json().get("status").asString())
                .isEqualTo("FORMED");
    }

    List<String> memberIds() {
        return api.get("/api/v1/coalition")
                .json()
                .get("members")
                .valueStream()
                .map(m -> m.get("personId").asString())
                .toList();
    }
}
