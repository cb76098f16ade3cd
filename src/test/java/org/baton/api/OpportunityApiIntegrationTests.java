package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.baton.decisions.Decisions;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The big opportunity statement: proposed by anyone to the leadership team's consent, adopted when that decision
 * is made, and read by people, each counted once.
 */
class OpportunityApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    @Autowired
    Decisions decisions;

    @Autowired
    JdbcClient jdbc;

    private static final String STATEMENT =
            "Half of our new customers give up before their first week ends. If they set up in one session, they stay.";

    JsonNode proposed(Member by, String text) {
        var response = by.api().post("/api/v1/opportunity/versions", Map.of("text", text, "rationale", "Churn data"));
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        return response.json();
    }

    void nameTheTeam(Member... members) {
        var named = api.put(
                "/api/v1/leadership-team",
                Map.of("memberIds", List.of(members).stream().map(Member::id).toList()));
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
    }

    @Test
    void aVersionProposedToTheLeadershipTeamIsAdoptedWhenItsConsentDecisionIsMadeAndReadsAreCountedOncePerPerson() {
        var ben = member("Ben Lead");
        var cara = member("Cara Lead");
        var dan = member("Dan Proposer");
        nameTheTeam(ben, cara);
        var team = api.get("/api/v1/leadership-team").json();
        assertThat(team.get("members").findValuesAsString("name")).containsExactly("Ben Lead", "Cara Lead");
        assertProblem(api.get("/api/v1/opportunity"), 404, null);

        var version = proposed(dan, STATEMENT);
        assertThat(version.get("number").asInt()).isEqualTo(1);
        assertThat(version.get("status").asString()).isEqualTo("PROPOSED");
        String decision = version.get("decisionId").asString();
        var raised = api.get("/api/v1/decisions/" + decision).json();
        assertThat(raised.get("participants").findValuesAsString("personId"))
                .containsExactlyInAnyOrder(ben.id(), cara.id());

        for (Member lead : List.of(ben, cara)) {
            assertThat(lead.api()
                            .post("/api/v1/decisions/" + decision + "/reactions", Map.of("reaction", "CONSENT"))
                            .status())
                    .isEqualTo(201);
        }
        var decided = dan.api().post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Adopt it"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(api.get("/api/v1/opportunity").status()).isEqualTo(200));
        dan.api().get("/api/v1/opportunity");
        var current = ben.api().get("/api/v1/opportunity").json();
        assertThat(current.get("text").asString()).isEqualTo(STATEMENT);
        assertThat(current.get("number").asInt()).isEqualTo(1);
        assertThat(current.get("decisionId").asString()).isEqualTo(decision);
        assertThat(current.get("adoptedAt").isNull()).isFalse();
        assertThat(current.get("reads").asLong()).isEqualTo(3);
        assertThat(current.get("readShare").asDouble()).isEqualTo(3 / 4.0);

        var versions = api.get("/api/v1/opportunity/versions").json();
        assertThat(versions.findValuesAsString("status")).containsExactly("ADOPTED");
        assertThat(versions.get(0).get("proposedBy").asString()).isEqualTo(dan.id());
    }

    @Test
    void aLaterVersionStaysProposedUntilItsDecisionIsMadeAndTheAdoptedOneStaysCurrent() {
        var ben = member("Ben Lead");
        var cara = member("Cara Lead");
        nameTheTeam(ben, cara);
        var first = proposed(ben, STATEMENT);
        assertThat(cara.api()
                        .post(
                                "/api/v1/decisions/" + first.get("decisionId").asString() + "/reactions",
                                Map.of("reaction", "CONSENT"))
                        .status())
                .isEqualTo(201);
        var decided = ben.api()
                .post("/api/v1/decisions/" + first.get("decisionId").asString() + "/decide", Map.of("choice", "Adopt"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(api.get("/api/v1/opportunity").status()).isEqualTo(200));

        var second = proposed(ben, "A second, sharper statement.");

        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/opportunity").json().get("number").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/opportunity/versions").json().findValuesAsString("status"))
                .containsExactly("PROPOSED", "ADOPTED");
    }

    void consented(String decision, Member... members) {
        for (Member member : members) {
            var consent =
                    member.api().post("/api/v1/decisions/" + decision + "/reactions", Map.of("reaction", "CONSENT"));
            assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        }
    }

    void decided(Member by, String decision) {
        var decided = by.api().post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Adopt it"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    JsonNode versionNumbered(int number) {
        return api.get("/api/v1/opportunity/versions")
                .json()
                .valueStream()
                .filter(v -> v.get("number").asInt() == number)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aVersionWhoseConsentRoundFellBackToItsProposerAloneIsDeclinedAndNeverTheStatement() {
        var ben = member("Ben Lead");
        var cara = member("Cara Lead");
        var dan = member("Dan Proposer");
        nameTheTeam(ben, cara);
        String decision = proposed(dan, STATEMENT).get("decisionId").asString();
        var objected = ben.api()
                .post(
                        "/api/v1/decisions/" + decision + "/objections",
                        Map.of("harm", "It promises what the product cannot keep this year"));
        assertThat(objected.status()).as(objected.toString()).isEqualTo(201);

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        decisions.fallBackOverdueConsentRounds();
        decided(dan, decision);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(versionNumbered(1).get("status").asString()).isEqualTo("DECLINED"));
        assertProblem(api.get("/api/v1/opportunity"), 404, null);
        assertThat(adoptionsLogged()).isZero();
    }

    @Test
    void theTextAdoptedIsTheProposalAsAmendedDuringTheRoundThatTheTeamConsentedTo() {
        var ben = member("Ben Lead");
        var cara = member("Cara Lead");
        var dan = member("Dan Proposer");
        nameTheTeam(ben, cara);
        String decision = proposed(dan, STATEMENT).get("decisionId").asString();
        String amended = STATEMENT + " Acting this quarter keeps them.";
        var amending = dan.api().post("/api/v1/decisions/" + decision + "/proposals", Map.of("proposal", amended));
        assertThat(amending.status()).as(amending.toString()).isBetween(200, 201);
        consented(decision, ben, cara);

        decided(dan, decision);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(api.get("/api/v1/opportunity").status()).isEqualTo(200));
        assertThat(api.get("/api/v1/opportunity").json().get("text").asString()).isEqualTo(amended);
        assertThat(versionNumbered(1).get("text").asString()).isEqualTo(amended);
    }

    @Test
    void aVersionDecidedAfterALaterOneWasAdoptedIsDeclinedAndLogsNoAdoption() {
        var ben = member("Ben Lead");
        var cara = member("Cara Lead");
        nameTheTeam(ben, cara);
        String first = proposed(ben, STATEMENT).get("decisionId").asString();
        String second =
                proposed(ben, "A second, sharper statement.").get("decisionId").asString();
        consented(second, cara);
        decided(ben, second);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(api.get("/api/v1/opportunity").status()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(adoptionsLogged()).isEqualTo(1));

        consented(first, cara);
        decided(ben, first);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(versionNumbered(1).get("status").asString()).isEqualTo("DECLINED"));
        assertThat(api.get("/api/v1/opportunity").json().get("number").asInt()).isEqualTo(2);
        assertThat(adoptionsLogged()).isEqualTo(1);
    }

    private int adoptionsLogged() {
        return jdbc.sql(
                        """
                select count(*) from log_entries
                where organization_id = ? and action = 'NETWORK_OPPORTUNITY_STATEMENT_ADOPTED'""")
                .param(org.id().value())
                .query(Integer.class)
                .single();
    }

    @Test
    void aDecisionRaisedForAVersionIsTitledFromTheMessages() {
        var ben = member("Ben Lead");
        var cara = member("Cara Lead");
        nameTheTeam(ben, cara);

        String decision = proposed(ben, STATEMENT).get("decisionId").asString();

        assertThat(api.get("/api/v1/decisions/" + decision).json().get("title").asString())
                .isEqualTo("Adopt version 1 of the big opportunity statement");
    }

    @Test
    void refusesAProposalByTheTeamsOnlyMemberWhomNobodyElseCouldAnswer() {
        var ben = member("Ben Lead");
        nameTheTeam(ben);

        var refused = ben.api().post("/api/v1/opportunity/versions", Map.of("text", STATEMENT));

        assertProblem(refused, 409, null);
        assertThat(refused.json().get("code").asString()).isEqualTo("network.opportunity.noOtherMember");
    }

    @Test
    void refusesAProposalWhileThereIsNoLeadershipTeam() {
        var refused = api.post("/api/v1/opportunity/versions", Map.of("text", STATEMENT));

        assertProblem(refused, 409, null);
        assertThat(refused.json().get("code").asString()).isEqualTo("network.opportunity.noTeam");
        assertThat(api.get("/api/v1/opportunity/versions").json()).isEmpty();
    }

    @Test
    void onlyAnAdminNamesTheLeadershipTeam() {
        var mia = member("Mia Member");

        assertProblem(mia.api().put("/api/v1/leadership-team", Map.of("memberIds", List.of(mia.id()))), 403, null);
        assertThat(api.get("/api/v1/leadership-team").json().get("memberIds")).isEmpty();
    }

    @Test
    void refusesAStatementLongerThanHalfAPageAndNamingSomeoneOutsideTheOrganization() {
        var ben = member("Ben Lead");
        nameTheTeam(ben);

        assertProblem(api.post("/api/v1/opportunity/versions", Map.of("text", "a".repeat(2501))), 422, "text");
        assertProblem(api.post("/api/v1/opportunity/versions", Map.of("text", " ")), 422, "text");
        assertProblem(
                api.put(
                        "/api/v1/leadership-team",
                        Map.of("memberIds", List.of("00000000-0000-0000-0000-000000000001"))),
                422,
                "memberIds");
        assertThat(api.get("/api/v1/opportunity/versions").json()).isEmpty();
    }
}
