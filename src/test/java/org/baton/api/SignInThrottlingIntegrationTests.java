package org.baton.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.support.Api;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.MovableClock;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing a password over HTTP Basic and on the sign-in form slows down, and then is refused outright. */
@BatonIntegrationTest
class SignInThrottlingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    MovableClock clock;

    TestOrganization org;

    @BeforeEach
    void foundOrganization() {
        org = TestOrganization.found(accounts, tokens, port);
    }

    @Test
    void afterAFewWrongPasswordsEvenTheRightOneIsRefusedUntilTheWaitIsOver() {
        var guesser = Api.at(port);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.withPassword(org.adminEmail(), "guess " + i)
                            .post("/api/v1/tokens", Map.of("name", "x"))
                            .status())
                    .isEqualTo(401);
        }
        var sixth = guesser.withPassword(org.adminEmail(), "guess 6").post("/api/v1/tokens", Map.of("name", "x"));
        assertThat(sixth.status()).isEqualTo(401);

        var right = Api.at(port)
                .withPassword(org.adminEmail(), org.adminPassword())
                .post("/api/v1/tokens", Map.of("name", "laptop"));
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.contentType()).startsWith("application/problem+json");
        assertThat(right.retryAfter()).isEqualTo("1");

        clock.advance(Duration.ofSeconds(1));
        var afterTheWait = Api.at(port)
                .withPassword(org.adminEmail(), org.adminPassword())
                .post("/api/v1/tokens", Map.of("name", "laptop"));
        assertThat(afterTheWait.status()).isEqualTo(201);
    }

    @Test
    void aPasswordBeyondTheHashesLimitIsSimplyWrong() {
        var tooLong = Api.at(port)
                .withPassword(org.adminEmail(), "x".repeat(200))
                .post("/api/v1/tokens", Map.of("name", "x"));

        assertThat(tooLong.status()).isEqualTo(401);
    }

    @Test
    void theSignInFormSaysToWaitAndAnswers429() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var form = browser.send(request("/sign-in").build(), BodyHandlers.ofString())
                .body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = browser.send(
                    request("/sign-in")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(BodyPublishers.ofString("email=" + URLEncoder.encode(org.adminEmail(), UTF_8)
                                    + "&password=wrong" + i + "&_csrf=" + csrf.group(1)))
                            .build(),
                    BodyHandlers.ofString());
        }
        String location = last.headers().firstValue("Location").orElse("");
        assertThat(location).contains("/sign-in?throttled=");

        var page = browser.send(
                request(location.replaceFirst("^https?://[^/]+", "")).build(), BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Too many failed attempts");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
