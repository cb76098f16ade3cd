package org.baton.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.baton.organizations.Organizations;
import org.baton.support.BatonIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Baton comes back on its own when its embedded PostgreSQL is killed under it: no operator, no restart. */
@BatonIntegrationTest
class EmbeddedDatabaseComesBackIntegrationTests {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedDatabase embedded;

    @Autowired
    Organizations organizations;

    @Test
    void afterItsPostgresqlIsKilledBatonIsHealthyAgainAndWrites() throws Exception {
        var postmaster = embedded.server();
        assumeThat(postmaster).as("runs on the embedded database only").isPresent();
        organizations.found("Before the kill");

        postmaster.get().destroyForcibly();
        postmaster.get().onExit().join();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var health = health();
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body().replace(" ", "")).contains("\"status\":\"UP\"");
        });
        var after = await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> organizations.found("After the kill"), found -> found != null);
        assertThat(organizations.find(after.id())).isPresent();
        assertThat(embedded.server()).isPresent().get().isNotEqualTo(postmaster.get());
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
