package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.baton.decisions.Choice;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionStatus;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.principles.Principles;
import org.baton.shared.PageRequest;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The pages over HTTP, without a browser: who may see what, and what a refused change answers. */
@BatonIntegrationTest
class PagesIntegrationTests {

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
    Principles principles;

    @Autowired
    Zones zones;

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
    void everyPageRendersForTheAdmin() throws Exception {
        var ana = data.person(org.id(), "Ana Lima");
        var homeBase = data.homeBase(org.id(), "Onboarding", org.adminId(), List.of(ana.id()));
        var mission = data.activeMission(org.id(), "First session setup", homeBase, org.adminId(), List.of(ana.id()));
        for (String page : List.of(
                "/",
                "/people",
                "/people?q=ana",
                "/people/" + ana.id(),
                "/people/new",
                "/people/" + ana.id() + "/edit",
                "/home-bases",
                "/home-bases/" + homeBase.id(),
                "/home-bases/new",
                "/home-bases/" + homeBase.id() + "/edit",
                "/missions",
                "/missions?status=ACTIVE&homeBaseId=" + homeBase.id(),
                "/missions/" + mission.id(),
                "/missions/new?homeBaseId=" + homeBase.id(),
                "/missions/" + mission.id() + "/edit",
                "/missions/staffing",
                "/log",
                "/account")) {
            mvc.perform(get(page).with(as(org)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
        mvc.perform(get("/log").with(as(org)))
                .andExpect(content().string(containsString("href=\"/missions/" + mission.id() + "\"")))
                .andExpect(content().string(containsString("started the work of a mission")))
                .andExpect(content().string(containsString("href=\"/home-bases/" + homeBase.id() + "\"")));
    }

    @Test
    void listPagesPastTheFirstRenderWholeWithTheirPager() throws Exception {
        var leader = data.person(org.id(), "Pager Leader");
        for (int i = 0; i < 21; i++) {
            data.person(org.id(), "Pager Person " + i);
            data.homeBase(org.id(), "Pager Base " + i, leader.id(), List.of());
        }
        for (String list : List.of("/people", "/home-bases")) {
            mvc.perform(get(list).with(as(org)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("rel=\"next\"")))
                    .andExpect(content().string(containsString("</html>")));
            mvc.perform(get(list).param("page", "1").with(as(org)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("rel=\"prev\"")))
                    .andExpect(content().string(containsString("</html>")));
        }
    }

    @Test
    void theSearchAsYouTypeAnswerIsOnlyTheResults() throws Exception {
        data.person(org.id(), "Bruno Costa");
        var html = mvc.perform(get("/people")
                        .param("q", "brun")
                        .header("HX-Request", "true")
                        .with(as(org)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Bruno Costa", "id=\"people-results\"").doesNotContain("<html");
    }

    @Test
    void anotherOrganizationsThingsAreNotFound() throws Exception {
        var other = TestOrganization.found(accounts, tokens, port);
        var theirs = data.person(other.id(), "Chen Wei");
        var theirBase = data.homeBase(other.id(), "Theirs", theirs.id(), List.of());
        var theirMission = data.activeMission(other.id(), "Their mission", theirBase, theirs.id(), List.of());

        mvc.perform(get("/missions/" + theirMission.id()).with(as(org)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Not found")));
        mvc.perform(get("/home-bases/" + theirBase.id()).with(as(org))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + theirs.id()).with(as(org))).andExpect(status().isNotFound());
        mvc.perform(get("/missions/not-an-id").with(as(org))).andExpect(status().isNotFound());
        mvc.perform(post("/missions/" + theirMission.id() + "/check-ins")
                        .param("value", "1")
                        .param("confidence", "50")
                        .with(as(org))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(missions.get(other.id(), theirMission.id()).checkIns()).hasSize(2);
    }

    @Test
    void onlyAdminsEnrolPeople() throws Exception {
        var member = data.member(org.id(), "Dana Member", "member password");
        var asMember = as(member.email());

        mvc.perform(get("/people/new").with(asMember)).andExpect(status().isForbidden());
        mvc.perform(post("/people")
                        .param("name", "Sneaky")
                        .param("email", "sneaky@example.org")
                        .param("availability", "40")
                        .param("access", "NONE")
                        .with(asMember)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(people.findByEmail(org.id(), "sneaky@example.org")).isEmpty();
        mvc.perform(get("/people").with(asMember))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/people/new\""))));
    }

    @Test
    void peopleEditTheirOwnRecordButNotOthers() throws Exception {
        var member = data.member(org.id(), "Dana Member", "member password");
        mvc.perform(get("/people/" + member.id() + "/edit").with(as(member.email())))
                .andExpect(status().isOk());
        mvc.perform(get("/people/" + org.adminId() + "/edit").with(as(member.email())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEditThatLostARaceKeepsWhatWasTypedAndSaysSo() throws Exception {
        var mission = data.activeMission(org.id(), "Race", null, org.adminId(), List.of());
        long stale = mission.version() - 1;
        mvc.perform(post("/missions/" + mission.id() + "/edit")
                        .with(as(org))
                        .with(csrf())
                        .param("title", "My better title")
                        .param("metric", "Time to activation")
                        .param("baseline", "118")
                        .param("target", "10")
                        .param("leaderId", org.adminId().toString())
                        .param("version", Long.toString(stale)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Someone else changed this meanwhile")))
                .andExpect(content().string(Matchers.containsString("value=\"My better title\"")));
        assertThat(missions.get(org.id(), mission.id()).title()).isEqualTo("Race");
    }

    @Test
    void aRefusedEnrolmentLeavesNobodyHalfEnrolled() throws Exception {
        mvc.perform(post("/people")
                        .with(as(org))
                        .with(csrf())
                        .param("name", "Eve Short")
                        .param("email", "eve-short@example.org")
                        .param("availability", "40")
                        .param("access", "PASSWORD")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("A password needs at least 12 characters.")))
                .andExpect(content().string(Matchers.containsString("value=\"Eve Short\"")));
        assertThat(people.findByEmail(org.id(), "eve-short@example.org")).isEmpty();
    }

    @Test
    void aMissionsNeedsAreRefusedNextToTheirFieldsKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/missions")
                        .with(as(org))
                        .with(csrf())
                        .param("title", "Know why clinics stall")
                        .param("metric", "Clinics stuck in setup")
                        .param("baseline", "30")
                        .param("target", "15")
                        .param("neededExpertise", "SQL: EXPERT\nsql: LEARNING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"neededExpertise-error\"")))
                .andExpect(content()
                        .string(containsString("Each needed expertise area is listed once: sql is there twice.")))
                .andExpect(content().string(containsString("value=\"Know why clinics stall\"")));
        mvc.perform(post("/missions")
                        .with(as(org))
                        .with(csrf())
                        .param("title", "Know why clinics stall")
                        .param("metric", "Clinics stuck in setup")
                        .param("baseline", "30")
                        .param("target", "15")
                        .param("size", "0")
                        .param("hoursPerWeek", "81"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"size-error\"")))
                .andExpect(
                        content().string(containsString("A mission needs from 1 to 50 people, its leader included.")))
                .andExpect(content().string(containsString("id=\"hoursPerWeek-error\"")));
        assertThat(missions.list(org.id(), MissionFilter.ALL, PageRequest.all()).items())
                .isEmpty();
    }

    @Test
    void aProposedMissionsPageShowsItsNeedsAndOffersItsLeaderToProposePeople() throws Exception {
        var created = mvc.perform(post("/missions")
                        .with(as(org))
                        .with(csrf())
                        .param("title", "Know why clinics stall")
                        .param("metric", "Clinics stuck in setup")
                        .param("baseline", "30")
                        .param("target", "15")
                        .param("leaderId", org.adminId().toString())
                        .param("neededExpertise", "SQL: EXPERT\nProduct discovery: PRACTITIONER")
                        .param("size", "3")
                        .param("hoursPerWeek", "6"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(created).with(as(org)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Product discovery")))
                .andExpect(content().string(containsString("practitioner")))
                .andExpect(content().string(containsString("3 people, its leader included")))
                .andExpect(content().string(containsString("6 hours a week each")))
                .andExpect(content().string(containsString("action=\"" + created + "/staffing\"")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/missions/staffing").with(as(org)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Know why clinics stall")))
                .andExpect(content().string(containsString("Propose people for these missions")));
    }

    @Test
    void completingWithoutLessonsIsRefusedOnTheMissionPage() throws Exception {
        var mission = data.activeMission(org.id(), "Lessons first", null, org.adminId(), List.of());
        mvc.perform(post("/missions/" + mission.id() + "/complete")
                        .with(as(org))
                        .with(csrf())
                        .param("version", Long.toString(mission.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Write down at least one lesson")));
        assertThat(missions.get(org.id(), mission.id()).status()).isEqualTo(MissionStatus.ACTIVE);
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/missions")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/sign-in")).andExpect(status().isOk());
    }

    @Test
    void setupIsClosedOnceAnAccountExists() throws Exception {
        String email = "founder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/setup")
                        .with(csrf())
                        .param("organizationName", "Second")
                        .param("adminName", "Founder")
                        .param("adminEmail", email)
                        .param("adminPassword", "long enough password"))
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(accounts.authenticate(email, "long enough password")).isEmpty();
    }

    @Test
    void anInvitationLinkThatIsNotValidSaysSo() throws Exception {
        mvc.perform(get("/invitations/no-such-secret"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("This invitation is not valid")));
    }

    @Test
    void aConsentRoundRaisedOnThePageTakesTheChosenWindowAndThePeopleAdded() throws Exception {
        var bruno = data.person(org.id(), "Bruno Costa");
        mvc.perform(post("/decisions")
                        .with(as(org))
                        .with(csrf())
                        .param("title", "Move the office")
                        .param("reversibility", "HARD")
                        .param("consequence", "HIGH")
                        .param("participantIds", bruno.id().value().toString())
                        .param("consentWindow", "P3D"))
                .andExpect(status().is3xxRedirection());
        var raised = decisions
                .listOpenToAll(org.id(), DecisionFilter.ALL, PageRequest.first())
                .items()
                .getFirst();
        assertThat(Duration.between(raised.raisedAt(), raised.consentDeadline()))
                .isEqualTo(Duration.ofDays(3));
        assertThat(raised.participants()).containsExactly(bruno.id());
    }

    @Test
    void theLogPageFiltersByThePrincipleInPlay() throws Exception {
        var value = principles.defineValue(org.id(), org.adminId(), true, "Openness", "");
        var principle = principles.adopt(org.id(), org.adminId(), true, value.id(), "Write it down", null, null);
        for (String title : List.of("Publish the roadmap", "Buy a coffee machine")) {
            var raised = decisions.raise(
                    org.id(),
                    org.adminId(),
                    new DecisionDraft(
                            title,
                            "",
                            null,
                            Reversibility.EASY,
                            Consequence.LOW,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
            var cited = title.startsWith("Publish") ? List.of(principle.id().value()) : List.<java.util.UUID>of();
            decisions.decide(org.id(), raised.id(), org.adminId(), new Choice("Yes", "", cited, "", null));
        }
        mvc.perform(get("/log").param("principleId", principle.id().toString()).with(as(org)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Publish the roadmap")))
                .andExpect(content().string(not(containsString("Buy a coffee machine"))));
    }

    @Test
    void aDecisionCitingNoPrincipleInThePrincipleCheckZoneIsFlaggedListedAndShownWithLikelyPrinciples()
            throws Exception {
        var value = principles.defineValue(org.id(), org.adminId(), true, "Sustainable pace", "");
        principles.adopt(org.id(), org.adminId(), true, value.id(), "Plan releases around people", null, null);
        var releases = zones.define(
                org.id(), ChangeOrigin.direct(org.adminId(), true), "Release planning", Zone.PRINCIPLE_CHECK, "");
        var flagged = decisions.raise(
                org.id(),
                org.adminId(),
                new DecisionDraft(
                        "Plan the winter releases",
                        "",
                        null,
                        Reversibility.EASY,
                        Consequence.LOW,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        releases.id()));
        decisions.decide(org.id(), flagged.id(), org.adminId(), new Choice("Ship in December", "", null, "", null));
        decisions.raise(
                org.id(),
                org.adminId(),
                new DecisionDraft(
                        "Buy a coffee machine",
                        "",
                        null,
                        Reversibility.EASY,
                        Consequence.LOW,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));

        mvc.perform(get("/decisions").param("flag", "PRINCIPLE_UNCITED").with(as(org)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan the winter releases")))
                .andExpect(content().string(containsString("No principle cited")))
                .andExpect(content().string(not(containsString("Buy a coffee machine"))));
        mvc.perform(get("/decisions/" + flagged.id()).with(as(org)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the flag is for learning, not a veto")))
                .andExpect(content().string(containsString("Plan releases around people")));
    }

    @Test
    void theIntentFormNamesWhomAnAreasRouteInformsToo() throws Exception {
        var cora = data.person(org.id(), "Cora Centre");
        // The admin acts for the centre until it is appointed: the area first, then the centre.
        var hiring =
                zones.define(org.id(), ChangeOrigin.direct(org.adminId(), true), "Hiring", Zone.CENTRE_AWARENESS, "");
        zones.appointCentre(org.id(), ChangeOrigin.direct(org.adminId(), true), "Leadership team", List.of(cora.id()));
        mvc.perform(get("/intents/audience")
                        .param("areaId", hiring.id().toString())
                        .with(as(org)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cora Centre")));
    }

    @Test
    void someoneWhoHoldsNeitherTheMissionNorItsHomeBaseSeesNoButtonsAndCannotOpenTheirEditForms() throws Exception {
        var lead = data.person(org.id(), "Lina Lead");
        var outsider = data.member(org.id(), "Otto Outsider");
        var homeBase = data.homeBase(org.id(), "Billing", lead.id(), List.of(lead.id()));
        var mission = data.activeMission(org.id(), "Fewer failed payments", homeBase, lead.id(), List.of());

        mvc.perform(get("/missions/" + mission.id()).with(as(outsider.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/missions/" + mission.id() + "/edit"))))
                .andExpect(content().string(not(containsString("/missions/" + mission.id() + "/complete"))))
                .andExpect(content().string(not(containsString("/missions/" + mission.id() + "/check-ins\""))))
                .andExpect(content().string(containsString("Its leader and its home base’s leader move")));
        mvc.perform(get("/missions/" + mission.id() + "/edit").with(as(outsider.email())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/missions/" + mission.id() + "/abandon")
                        .param("lessons", "Not mine to give up")
                        .with(as(outsider.email()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/home-bases/" + homeBase.id()).with(as(outsider.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/home-bases/" + homeBase.id() + "/edit"))));
        mvc.perform(get("/home-bases/" + homeBase.id() + "/edit").with(as(outsider.email())))
                .andExpect(status().isForbidden());
        assertThat(missions.get(org.id(), mission.id()).status()).isEqualTo(MissionStatus.ACTIVE);
    }

    @Test
    void amIAllowedToTellsAnOutsiderWhoHoldsTheAreaWhomToAskAndWhereToDeclareAnIntent() throws Exception {
        var lea = data.person(org.id(), "Lea Billing");
        var oona = data.member(org.id(), "Oona Onboarding");
        var billing = data.homeBase(org.id(), "Billing", lea.id(), List.of(lea.id()));
        data.homeBase(org.id(), "Onboarding", oona.id(), List.of(oona.id()));
        var pricing =
                zones.define(org.id(), ChangeOrigin.direct(org.adminId(), true), "Pricing", Zone.CENTRE_AWARENESS, "");
        zones.grant(org.id(), ChangeOrigin.direct(org.adminId(), true), pricing.id(), billing.id(), null, null);

        mvc.perform(get("/allowed").param("areaId", pricing.id().toString()).with(as(oona.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not you: Billing decides this.")))
                .andExpect(content().string(containsString("Billing decides this; ask them, or declare an intent")))
                .andExpect(content().string(containsString("href=\"/home-bases/" + billing.id() + "\"")))
                .andExpect(content().string(containsString("href=\"/people/" + lea.id() + "\"")))
                .andExpect(content().string(containsString("/intents/new?areaId=" + pricing.id())))
                .andExpect(content().string(not(containsString("Yes: you decide."))));
        mvc.perform(get("/intents/new").param("areaId", pricing.id().toString()).with(as(oona.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lea Billing")));
    }

    @Test
    void theIntentFormAsksSomeoneWithoutAHomeBaseWhereTheirIntentBelongsAndShowsOthersTheirHomeBase() throws Exception {
        var loner = data.member(org.id(), "Lou Loner");
        var lead = data.person(org.id(), "Hana Hub");
        var mate = data.member(org.id(), "Mo Mate");
        data.homeBase(org.id(), "Hub", lead.id(), List.of(mate.id()));

        mvc.perform(post("/intents")
                        .param("statement", "I intend to tidy the wiki")
                        .param("scope", "")
                        .param("window", "PT48H")
                        .with(as(loner.email()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"scope-error\"")))
                .andExpect(content().string(containsString("You belong to no home base")))
                .andExpect(content().string(containsString(">I intend to tidy the wiki<")));
        mvc.perform(get("/intents/audience").param("scope", "").with(as(mate.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hana Hub")));
    }

    private RequestPostProcessor as(TestOrganization org) {
        return as(org.adminEmail());
    }

    private RequestPostProcessor as(String email) {
        var account = (SignedInAccount) accounts.loadUserByUsername(email);
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
