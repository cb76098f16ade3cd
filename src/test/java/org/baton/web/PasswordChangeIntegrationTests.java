package org.baton.web;

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
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.support.Api;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Changing one's password ends every other browser session, and can revoke one's tokens in the same step. */
@BatonIntegrationTest
class PasswordChangeIntegrationTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    TestOrganization org;

    @BeforeEach
    void foundOrganization() {
        org = TestOrganization.found(accounts, tokens, port);
    }

    @Test
    void theOtherBrowserIsSignedOutAndThisOneGoesOn() throws Exception {
        var laptop = browser();
        var phone = browser();
        signIn(laptop, org.adminPassword());
        signIn(phone, org.adminPassword());
        assertThat(get(phone, "/").statusCode()).isEqualTo(200);

        var changed = post(
                laptop,
                "/account/password",
                Map.of(
                        "currentPassword", org.adminPassword(),
                        "newPassword", "violet kettle orbit",
                        "repeatPassword", "violet kettle orbit"));

        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/account");
        assertThat(get(laptop, "/").statusCode()).isEqualTo(200);
        var stale = get(phone, "/");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location").orElse("")).contains("/sign-in?expired");
        assertThat(org.api().get("/api/v1/people").status()).isEqualTo(200); // tokens stay unless asked
    }

    @Test
    void tokensAreRevokedWhenAsked() throws Exception {
        var laptop = browser();
        signIn(laptop, org.adminPassword());

        post(
                laptop,
                "/account/password",
                Map.of(
                        "currentPassword", org.adminPassword(),
                        "newPassword", "violet kettle orbit",
                        "repeatPassword", "violet kettle orbit",
                        "revokeTokens", "true"));

        assertThat(org.api().get("/api/v1/people").status()).isEqualTo(401);
        assertThat(Api.at(port)
                        .withPassword(org.adminEmail(), "violet kettle orbit")
                        .post("/api/v1/tokens", Map.of("name", "new laptop"))
                        .status())
                .isEqualTo(201);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private void signIn(HttpClient browser, String password) throws Exception {
        var signedIn = post(browser, "/sign-in", Map.of("email", org.adminEmail(), "password", password));
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(request(path).build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> fields) throws Exception {
        var page =
                get(browser, path.equals("/sign-in") ? "/sign-in" : "/account").body();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        String form = fields.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), UTF_8);
        return browser.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString(form))
                        .build(),
                BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
