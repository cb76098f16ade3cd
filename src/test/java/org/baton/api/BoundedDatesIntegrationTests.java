package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A date or moment beyond the years 1 to 9999 is a malformed request, in a body or a query. */
class BoundedDatesIntegrationTests extends ApiIntegrationTestBase {

    @Test
    void aMissionEndingInAFarYearIsRefusedNamingTheField() {
        var mission = mission("Faster setup", null, org.adminId().toString());
        mission.put("endsOn", "+999999999-12-31");

        assertProblem(api.post("/api/v1/missions", mission), 400, "endsOn");
    }

    @Test
    void aDateGivenAsAHugeNumberIsRefused() {
        var mission = mission("Faster setup", null, org.adminId().toString());
        mission.put("startsOn", 99_999_999_999L);

        assertProblem(api.post("/api/v1/missions", mission), 400, "startsOn");
    }

    @Test
    void aQueryMomentInAFarYearIsRefused() {
        var refused = api.get("/api/v1/log?from=-999999999-01-01T00:00:00Z");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void ordinaryDatesStillWork() {
        assertThat(api.get("/api/v1/log?from=2026-01-01T00:00:00Z").status()).isEqualTo(200);
        var mission = mission("Faster setup", null, org.adminId().toString());
        assertThat(api.post("/api/v1/missions", mission).status()).isEqualTo(201);
    }
}
