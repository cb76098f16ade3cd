package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PipelineApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    MovableClock clock;

    @Test
    void showsThisQuartersFirstTimeLeaderOverTheLastFourQuartersByDefault() {
        String admin = org.adminId().value().toString();
        String onboarding = homeBase("Onboarding", admin);
        String mission = created(api.post("/api/v1/missions", mission("Set up in one session", onboarding, admin)))
                .get("id")
                .asString();
        api.post("/api/v1/missions/" + mission + "/start-staffing", Map.of());
        assertThat(api.post("/api/v1/missions/" + mission + "/activate", Map.of())
                        .status())
                .isEqualTo(200);
        var today = LocalDate.now(clock);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/v1/pipeline")
                        .json()
                        .get("distinctLeaders")
                        .asInt())
                .isEqualTo(1));
        var pipeline = api.get("/api/v1/pipeline").json();

        assertThat(pipeline.get("to").asString()).isEqualTo(today.toString());
        assertThat(LocalDate.parse(pipeline.get("from").asString()))
                .isEqualTo(today.withDayOfMonth(1)
                        .withMonth((today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1)
                        .minusMonths(9));
        var first = pipeline.get("firstTimeLeaders").get(0);
        assertThat(first.get("personId").asString()).isEqualTo(admin);
        assertThat(first.get("name").asString()).startsWith("Ada Admin");
        assertThat(first.get("startedOn").asString()).isEqualTo(today.toString());
        var perHomeBase = pipeline.get("leadersPerHomeBase").get(0);
        assertThat(perHomeBase.get("homeBaseId").asString()).isEqualTo(onboarding);
        assertThat(perHomeBase.get("name").asString()).isEqualTo("Onboarding");
        assertThat(perHomeBase.get("leaders").asInt()).isEqualTo(1);
        assertThat(pipeline.get("topTenPercentShare").asDouble()).isEqualTo(1.0);
        assertThat(pipeline.get("secondMissionLeaders").asInt()).isZero();
        var quarters = pipeline.get("quarters");
        assertThat(quarters.size()).isEqualTo(4);
        var thisQuarter = quarters.get(3);
        assertThat(thisQuarter.get("quarter").asString())
                .isEqualTo(today.getYear() + "-Q" + today.get(IsoFields.QUARTER_OF_YEAR));
        assertThat(thisQuarter.get("distinctLeaders").asInt()).isEqualTo(1);
        assertThat(thisQuarter.get("firstTimeLeaders").asInt()).isEqualTo(1);
    }

    @Test
    void readsAPeriodItIsGivenAndCountsNoLeadOutsideIt() {
        var pipeline = api.get("/api/v1/pipeline?from=2020-02-10&to=2020-12-31");

        assertThat(pipeline.status()).as(pipeline.toString()).isEqualTo(200);
        assertThat(pipeline.json().get("distinctLeaders").asInt()).isZero();
        assertThat(pipeline.json().get("firstTimeLeaders").size()).isZero();
        assertThat(pipeline.json().get("quarters").get(0).get("from").asString())
                .isEqualTo("2020-02-10");
        assertThat(pipeline.json().get("quarters").size()).isEqualTo(4);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertProblem(api.get("/api/v1/pipeline?from=2026-12-01&to=2026-11-30"), 422, "to");
    }

    @Test
    void refusesAPeriodOfMoreThanFortyQuarters() {
        assertProblem(api.get("/api/v1/pipeline?from=2000-01-01&to=2026-12-31"), 422, "from");
        assertThat(api.get("/api/v1/pipeline?from=2017-01-01&to=2026-12-31").status())
                .isEqualTo(200);
    }

    @Test
    void refusesADayBeyondTheYearsBatonAcceptsWithoutFailing() {
        var far = api.get("/api/v1/pipeline?to=%2B999999999-12-31");
        assertThat(far.status()).as(far.toString()).isBetween(400, 499);
        assertThat(far.contentType()).startsWith("application/problem+json");
        var early = api.get("/api/v1/pipeline?from=-999999999-01-01");
        assertThat(early.status()).as(early.toString()).isBetween(400, 499);
        assertThat(api.get("/api/v1/pipeline?from=9999-01-01&to=9999-12-31").status())
                .isEqualTo(200);
    }

    @Test
    void refusesADateThatIsNoDate() {
        assertThat(api.get("/api/v1/pipeline?from=yesterday").status()).isEqualTo(400);
    }
}
