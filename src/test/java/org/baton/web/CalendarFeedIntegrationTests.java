package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.calendar.CalendarFeeds;
import org.baton.decisions.Choice;
import org.baton.decisions.Consequence;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.homebases.HomeBases;
import org.baton.intents.Intents;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.principles.Governance;
import org.baton.shared.Visibility;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.MovableClock;
import org.baton.support.TestOrganization;
import org.baton.teams.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A person's calendar feed, read over HTTP without signing in, as a calendar app reads it. */
@BatonIntegrationTest
class CalendarFeedIntegrationTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    WebApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Autowired
    Missions missions;

    @Autowired
    Decisions decisions;

    @Autowired
    Intents intents;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    Governance governance;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    MockMvc mvc;
    TestOrganization org;
    WebTestData data;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        org = TestOrganization.found(accounts, tokens, port);
        data = new WebTestData(people, accounts, homeBases, missions);
    }

    @Test
    void theFeedShowsWhenAConsentWindowCloses() throws Exception {
        var participant = data.member(org.id(), "Pia Participant");
        var round = consentRound("Move the stand-up to ten", participant.id(), Visibility.ORGANIZATION);
        var secret = feeds.issue(org.id(), participant.id()).secret();

        var response = fetch(secret);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/calendar").containsIgnoringCase("charset=utf-8"));
        var event =
                eventWithUid(parse(response.body()), "decision-" + round.id().value() + "-consent@baton");
        Instant deadline = round.standing().consentRound().deadline();
        assertThat(start(event)).isEqualTo(deadline.truncatedTo(ChronoUnit.SECONDS));
        assertThat(text(event, Property.SUMMARY)).isEqualTo("Consent window closes: Move the stand-up to ten");
        assertThat(text(event, Property.URL))
                .isEqualTo(
                        "http://localhost:" + port + "/decisions/" + round.id().value());
    }

    @Test
    void theFeedLeavesOutAnotherPersonsConfidentialDecision() throws Exception {
        var reader = data.member(org.id(), "Rea Reader");
        var named = data.member(org.id(), "Nia Named");
        consentRound("Open decision", reader.id(), Visibility.ORGANIZATION);
        var confidential = consentRound("Quietly change one contract", named.id(), Visibility.CONFIDENTIAL);
        var secret = feeds.issue(org.id(), reader.id()).secret();

        var body = fetch(secret).body();

        assertThat(body).contains("Open decision").doesNotContain("Quietly change one contract");
        assertThat(body).doesNotContain(confidential.id().value().toString());
        assertThat(fetch(feeds.issue(org.id(), named.id()).secret()).body()).contains("Quietly change one contract");
    }

    @Test
    void theFeedShowsTheIntentWindowsOfTheReadersTeamButNotAConfidentialOneNotNamingThem() throws Exception {
        var reader = data.member(org.id(), "Rea Reader");
        var named = data.member(org.id(), "Nia Named");
        var team = data.homeBase(org.id(), "Onboarding", org.adminId(), List.of(reader.id(), named.id()));
        var scope = Scope.of(team.id().value(), null);
        var open = intents.declare(
                org.id(), org.adminId(), "I intend to move the demo to Friday", "", scope, null, Duration.ofHours(48));
        intents.declare(
                org.id(),
                org.adminId(),
                "I intend to rework one salary band",
                "",
                scope,
                null,
                Duration.ofHours(48),
                Visibility.CONFIDENTIAL,
                List.of(named.id()));

        var body = fetch(feeds.issue(org.id(), reader.id()).secret()).body();

        assertThat(body)
                .contains("intent-" + open.id().value() + "-window@baton")
                .doesNotContain("salary band");
        assertThat(fetch(feeds.issue(org.id(), named.id()).secret()).body()).contains("salary band");
    }

    @Test
    void theFeedShowsTheReadersConsultationsReviewsCheckInsAndTermEnds() throws Exception {
        var reader = data.member(org.id(), "Rea Reader");
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var consult = decisions.raise(
                org.id(),
                org.adminId(),
                draft("Rename the product", Reversibility.EASY, Consequence.HIGH, null, List.of(reader.id())));
        var own = decisions.raise(
                org.id(),
                reader.id(),
                draft("Order standing desks", Reversibility.EASY, Consequence.LOW, null, List.of()));
        decisions.decide(
                org.id(),
                own.id(),
                reader.id(),
                new Choice("Four desks", "", null, "Fewer sore backs", today.plusDays(60)));
        var mission = data.activeMission(org.id(), "Faster onboarding", null, org.adminId(), List.of(reader.id()));
        var term = governance
                .appoint(org.id(), org.adminId(), true, reader.id(), today, today.plusDays(100), null)
                .term();

        var calendar = parse(fetch(feeds.issue(org.id(), reader.id()).secret()).body());

        assertThat(start(eventWithUid(calendar, "decision-" + consult.id().value() + "-consult@baton")))
                .isEqualTo(consult.standing().consultUntil().truncatedTo(ChronoUnit.SECONDS));
        assertThat(day(eventWithUid(calendar, "decision-" + own.id().value() + "-review@baton")))
                .isEqualTo(today.plusDays(60).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(day(eventWithUid(calendar, "mission-" + mission.id().value() + "-check-in@baton")))
                .isEqualTo(today.plusDays(30).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(text(eventWithUid(calendar, "term-" + term.id() + "-end@baton"), Property.SUMMARY))
                .isEqualTo("Your term on the principles governance body ends");
    }

    @Test
    void aRevokedOrReplacedAddressIsNotFoundAtOnceAsIsAnUnknownOne() throws Exception {
        var person = data.member(org.id(), "Ola Owner");
        var first = feeds.issue(org.id(), person.id()).secret();
        assertThat(fetch(first).statusCode()).isEqualTo(200);

        var second = feeds.issue(org.id(), person.id()).secret();
        assertThat(fetch(first).statusCode()).isEqualTo(404);
        assertThat(fetch(second).statusCode()).isEqualTo(200);

        feeds.revoke(org.id(), person.id());
        assertThat(fetch(second).statusCode()).isEqualTo(404);
        assertThat(fetch("not-a-feed").statusCode()).isEqualTo(404);
    }

    @Test
    void theAccountPageMakesAnAddressShowsItOnceAndRevokesIt() throws Exception {
        var person = data.member(org.id(), "Ada Account");
        assertThat(page("/account", person))
                .contains("id=\"calendar\"", "Calendar", "Create a calendar address")
                .doesNotContain("Replace the address");

        var flash = mvc.perform(post("/account/calendar").with(as(person)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();
        String address = (String) flash.get("issuedCalendarUrl");
        assertThat(address).startsWith("http://localhost/calendar/").endsWith(".ics");
        String secret = address.substring("http://localhost/calendar/".length(), address.length() - 4);
        assertThat(fetch(secret).statusCode()).isEqualTo(200);
        assertThat(page("/account", person)).contains("Replace the address", "Revoke");

        mvc.perform(post("/account/calendar/revoke").with(as(person)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fetch(secret).statusCode()).isEqualTo(404);
        assertThat(page("/account", person)).contains("Create a calendar address");
    }

    private Decision consentRound(String title, PersonId participant, Visibility visibility) {
        return decisions.raise(
                org.id(),
                org.adminId(),
                new DecisionDraft(
                        title,
                        "",
                        null,
                        Reversibility.HARD,
                        Consequence.HIGH,
                        null,
                        DecisionMethod.CONSENT,
                        null,
                        "We try it for a month",
                        Duration.ofDays(3),
                        null,
                        null,
                        null,
                        List.of(participant),
                        List.of(),
                        visibility,
                        null,
                        List.of()));
    }

    private static DecisionDraft draft(
            String title,
            Reversibility reversibility,
            Consequence consequence,
            DecisionMethod method,
            List<PersonId> impacted) {
        return new DecisionDraft(
                title,
                "",
                null,
                reversibility,
                consequence,
                null,
                method,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                impacted,
                Visibility.ORGANIZATION,
                null,
                List.of());
    }

    private static String day(VEvent event) {
        var start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.toString()).contains("VALUE=DATE");
        return start.getValue();
    }

    private HttpResponse<String> fetch(String secret) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/" + secret + ".ics"))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent eventWithUid(Calendar calendar, String uid) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream()
                .filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No event " + uid + " in " + calendar));
    }

    private static Instant start(VEvent event) {
        DtStart<Temporal> start = event.getDateTimeStart();
        return Instant.from(start.getDate());
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private String page(String path, Person reader) throws Exception {
        return mvc.perform(get(path).with(as(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(Person person) {
        var account = (SignedInAccount) accounts.loadUserByUsername(person.email());
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
