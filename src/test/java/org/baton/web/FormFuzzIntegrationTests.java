package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.demo.DemoData;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The forms of the pages, as the admin of an organization filled with the demo finds them: every POST form on
 * the pages a crawl reaches, each field in turn given a NUL, other control characters, a megabyte, a long text,
 * a blank or an impossible date. No answer is a 500: a page answers with its inline errors, 400, 413 or 422.
 * The seed is fixed, so a failure repeats.
 */
@BatonIntegrationTest
class FormFuzzIntegrationTests {

    static final long SEED = Long.getLong("baton.fuzz.seed", 20261130L);

    /** Forms that end the session or change the admin's own sign-in, which the crawl would lose. */
    static final Set<String> LEFT_ALONE = Set.of("/sign-out", "/account/password");

    /** Detail (and edit) pages visited of each kind: people, missions, decisions, … in their various states. */
    static final int DETAIL_PAGES_PER_KIND = 4;

    /** How many of the demo's people crawl the pages besides the admin, each seeing the steps open to them. */
    static final int PEOPLE = 12;

    /** Malformed values tried in each field of each form. */
    static final int KINDS_PER_FIELD = 3;

    static final String PASSWORD = "fuzzing the forms of baton";

    static final List<String> START = List.of(
            "/",
            "/people",
            "/people/new",
            "/home-bases",
            "/home-bases/new",
            "/missions",
            "/missions/new",
            "/intents",
            "/intents/new",
            "/decisions",
            "/decisions/new",
            "/principles",
            "/governance",
            "/reviews",
            "/decision-areas",
            "/decision-areas/new",
            "/account");

    private static final Pattern LINKS = Pattern.compile(
            "href=\"(/(?:people|home-bases|missions|intents|decisions|values|principles|decision-areas|reviews)/[0-9a-f-]{36}(?:/edit)?)\"");
    private static final Pattern FORMS = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELDS = Pattern.compile(
            "<(input|textarea|select)\\b([^>]*)>(.*?)(?=<(?:input|textarea|select)\\b|$)", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"");

    private static final List<String> MALFORMED = List.of(
            "NUL", "control characters", "1 MB", "400 KB", "10,001 characters", "blank", "bad date", "not a uuid");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    ApplicationContext context;

    /** Someone signed in to the pages: their cookies and the CSRF token of their session. */
    final class Session {

        private final String email;
        private final String password;
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String csrf;

        Session(String email, String password) {
            this.email = email;
            this.password = password;
            signIn();
        }

        void signIn() {
            csrf = csrfOf(get("/sign-in").body());
            var response = post("/sign-in", Map.of("email", email, "password", password));
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(email)
                    .doesNotContain("error");
            csrf = csrfOf(get("/").body());
        }

        HttpResponse<String> get(String path) {
            return send(http, HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            var form = new LinkedHashMap<>(fields);
            form.put("_csrf", csrf);
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(
                    http,
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
    }

    /** A form as someone finds it on a page, with the values it shows. */
    record Form(Session by, String action, Map<String, String> fields) {}

    @Test
    void answersMalformedFormsWithoutAServerError() {
        var org = TestOrganization.found(accounts, tokens, port);
        DemoData.fill(context, org.id());
        var forms = new LinkedHashMap<String, Form>();
        crawl(new Session(org.adminEmail(), org.adminPassword()), forms);
        for (var person : org.api().get("/api/v1/people?size=" + PEOPLE).json().get("items")) {
            String id = person.get("id").asString();
            if (!id.equals(org.adminId().toString())) {
                org.api().post("/api/v1/people/" + id + "/account", Map.of("password", PASSWORD));
                crawl(new Session(person.get("email").asString(), PASSWORD), forms);
            }
        }
        assertThat(forms).hasSizeGreaterThan(20);

        var random = new Random(SEED);
        var kinds = new TreeMap<String, Integer>();
        var statuses = new TreeMap<Integer, Integer>();
        var failures = new ArrayList<String>();
        int sent = 0;
        for (Form form : forms.values()) {
            for (String field : form.fields().keySet()) {
                for (int attempt = 0; attempt < KINDS_PER_FIELD; attempt++) {
                    String kind = MALFORMED.get(random.nextInt(MALFORMED.size()));
                    var fields = new LinkedHashMap<>(form.fields());
                    fields.put(field, malformed(kind, random));
                    var response = form.by().post(form.action(), fields);
                    if (response.statusCode() == 302
                            && response.headers()
                                    .firstValue("Location")
                                    .orElse("")
                                    .contains("/sign-in")) {
                        form.by().signIn();
                        response = form.by().post(form.action(), fields);
                    }
                    sent++;
                    kinds.merge(kind, 1, Integer::sum);
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() >= 500) {
                        failures.add(
                                response.statusCode() + " for POST " + form.action() + " with " + field + " = " + kind);
                    }
                }
            }
        }
        System.out.printf("Form fuzz, seed %d: %d malformed forms to %d form actions%n", SEED, sent, forms.size());
        System.out.println("  kinds: " + kinds);
        System.out.println("  statuses: " + statuses);
        failures.forEach(failure -> System.out.println("  FOUND " + failure));
        assertThat(sent).isGreaterThan(300);
        assertThat(failures).as("forms answered with a server error").isEmpty();
    }

    private static String malformed(String kind, Random random) {
        return switch (kind) {
            case "NUL" -> "Fuzz\u0000text";
            case "control characters" -> "Fuzz\u001b[31m\u0007" + (char) (1 + random.nextInt(8));
            case "1 MB" -> "x".repeat(1024 * 1024);
            case "400 KB" -> "y".repeat(400 * 1024);
            case "10,001 characters" -> "z".repeat(10_001);
            case "blank" -> "   ";
            case "bad date" ->
                List.of("+999999999-01-01", "-999999999-12-31", "1e30", "2026-02-30")
                        .get(random.nextInt(4));
            default -> "not-a-uuid";
        };
    }

    /** Adds the POST forms not seen yet on the pages someone reaches from the lists. */
    private static void crawl(Session session, Map<String, Form> forms) {
        var seen = new LinkedHashSet<String>();
        var pending = new ArrayDeque<>(START);
        var followed = new TreeMap<String, Integer>();
        while (!pending.isEmpty()) {
            String page = pending.poll();
            if (!seen.add(page)) {
                continue;
            }
            var response = session.get(page);
            if (response.statusCode() != 200) {
                continue;
            }
            String html = response.body();
            var links = LINKS.matcher(html);
            while (links.find()) {
                String link = links.group(1);
                String kind = link.substring(0, link.indexOf('/', 1)) + (link.endsWith("/edit") ? "/edit" : "");
                if (!seen.contains(link) && followed.merge(kind, 1, Integer::sum) <= DETAIL_PAGES_PER_KIND) {
                    pending.add(link);
                }
            }
            var found = FORMS.matcher(html);
            while (found.find()) {
                String attributes = found.group(1);
                if (!attribute(attributes, "method").equalsIgnoreCase("post")) {
                    continue;
                }
                String action = attribute(attributes, "action").replaceAll("#.*", "");
                if (action.isEmpty() || !action.startsWith("/") || LEFT_ALONE.contains(action)) {
                    continue;
                }
                var fields = fieldsOf(found.group(2));
                if (!fields.isEmpty()) {
                    forms.putIfAbsent(
                            action.replaceAll("[0-9a-f-]{36}", "{id}") + " " + fields.keySet(),
                            new Form(session, action, fields));
                }
            }
        }
    }

    private static Map<String, String> fieldsOf(String form) {
        var fields = new LinkedHashMap<String, String>();
        var matcher = FIELDS.matcher(form);
        while (matcher.find()) {
            String attributes = matcher.group(2);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name.isEmpty() || name.equals("_csrf") || type.equals("submit")) {
                continue;
            }
            String value =
                    switch (matcher.group(1)) {
                        case "select" -> {
                            var option = OPTION.matcher(matcher.group(3));
                            yield option.find() ? option.group(1) : "";
                        }
                        case "textarea" -> "Fuzz text";
                        default -> {
                            String given = attribute(attributes, "value");
                            yield !given.isEmpty() ? given : type.equals("date") ? "2026-12-01" : "Fuzz text";
                        }
                    };
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String attribute(String attributes, String name) {
        var matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : "";
    }

    private static String csrfOf(String html) {
        var matcher = Pattern.compile(
                        "name=\"_csrf\"\\s+value=\"([^\"]+)\"|content=\"([^\"]+)\"\\s+name=\"_csrf\"|name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        for (int group = 1; group <= 3; group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return "";
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
