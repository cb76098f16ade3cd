package org.baton.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.baton.accounts.Accounts;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.Decisions;
import org.baton.development.GrowthGoals;
import org.baton.development.MissionLead;
import org.baton.development.MissionLeads;
import org.baton.development.Pick;
import org.baton.development.Staffing;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBases;
import org.baton.intents.Intent;
import org.baton.intents.IntentFilter;
import org.baton.intents.IntentStatus;
import org.baton.intents.Intents;
import org.baton.missions.Mission;
import org.baton.missions.MissionFilter;
import org.baton.missions.MissionKind;
import org.baton.missions.MissionStatus;
import org.baton.missions.MissionStep;
import org.baton.missions.Missions;
import org.baton.network.Celebrations;
import org.baton.network.Coalition;
import org.baton.network.CoalitionCallStatus;
import org.baton.network.CoalitionMember;
import org.baton.network.Initiative;
import org.baton.network.InitiativeState;
import org.baton.network.Initiatives;
import org.baton.network.LeadershipTeam;
import org.baton.network.Opportunity;
import org.baton.network.OpportunityVersion;
import org.baton.network.UrgencyGroup;
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.principles.Governance;
import org.baton.principles.Principles;
import org.baton.roles.AutonomyAgreements;
import org.baton.roles.AutonomySide;
import org.baton.roles.Role;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.support.BatonIntegrationTest;
import org.baton.zones.DecisionArea;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BatonIntegrationTest
class DemoIntegrationTests {

    @Autowired
    DemoOrganization demo;

    @Autowired
    Staffing staffing;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Autowired
    Missions missions;

    @Autowired
    Principles principles;

    @Autowired
    Zones zones;

    @Autowired
    AutonomyAgreements autonomy;

    @Autowired
    Governance governance;

    @Autowired
    Decisions decisions;

    @Autowired
    Intents intents;

    @Autowired
    Roles roles;

    @Autowired
    MissionLeads missionLeads;

    @Autowired
    LeadershipTeam leadershipTeam;

    @Autowired
    Opportunity opportunity;

    @Autowired
    UrgencyGroup urgency;

    @Autowired
    Coalition coalition;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Celebrations celebrations;

    @Autowired
    Clock clock;

    OrganizationId org;
    String adminEmail;

    @BeforeEach
    void foundOrganization() {
        adminEmail = "admin-" + UUID.randomUUID() + "@example.org";
        org = accounts.foundOrganization("Demo " + adminEmail, "Ada Admin", adminEmail, "correct horse battery")
                .organization()
                .id();
    }

    @Test
    void foundsHomeBasesWithLeadersMembersAndContext() {
        assertThat(demo.fillIfEmpty(org)).isTrue();

        var bases = homeBases.all(org);
        assertThat(bases).hasSizeGreaterThanOrEqualTo(3);
        for (HomeBase base : bases) {
            assertThat(base.leaderId()).as(base.name() + " leader").isNotNull();
            assertThat(base.memberIds()).as(base.name() + " members").contains(base.leaderId());
            assertThat(base.purpose()).isNotBlank();
            assertThat(base.context().customers()).isNotEmpty();
            assertThat(base.context().successMetrics()).isNotEmpty();
            assertThat(base.context().priorities()).isNotEmpty();
            assertThat(base.context().budget()).isNotBlank();
        }
    }

    @Test
    void enrolsTwelvePeopleWithExpertiseAndGrowthGoalsEachInAHomeBase() {
        demo.fillIfEmpty(org);

        var demoPeople = people.all(org, membersOfHomeBases());
        assertThat(demoPeople).hasSize(12);
        assertThat(demoPeople).extracting(Person::email).doesNotContain(adminEmail);
        assertThat(demoPeople).allSatisfy(person -> {
            assertThat(person.expertise()).as(person.name()).isNotEmpty();
            assertThat(person.growthGoals()).as(person.name()).isNotEmpty();
        });
        var homes =
                homeBases.homeBasesOf(org, demoPeople.stream().map(Person::id).toList());
        assertThat(homes).hasSize(12);
        assertThat(demoPeople)
                .anySatisfy(person -> assertThat(person.growthGoals()).contains("lead a mission"));
    }

    @Test
    void givesEveryoneAStewardOneMentorshipAndOneReportingLine() {
        demo.fillIfEmpty(org);

        assertThat(people.list(org, null, true, PageRequest.all()).items()).isEmpty();
        var everyone = people.list(org, null, PageRequest.all()).items();
        assertThat(everyone).allSatisfy(person -> assertThat(person.stewardId())
                .as(person.name())
                .isNotNull()
                .isNotEqualTo(person.id()));
        var erik = everyone.stream()
                .filter(p -> p.name().equals("Erik Johansson"))
                .findFirst()
                .orElseThrow();
        assertThat(people.mentorships(org, erik.id())).singleElement().satisfies(m -> assertThat(m.knowledgeArea())
                .isEqualTo("Infrastructure"));
        assertThat(everyone).filteredOn(p -> p.reportsToId() != null).hasSize(1);
    }

    @Test
    void runsMissionsAcrossTheLifecycle() {
        demo.fillIfEmpty(org);

        var all = missions.list(org, MissionFilter.ALL, PageRequest.all()).items();
        assertThat(all)
                .extracting(Mission::status)
                .contains(
                        MissionStatus.ACTIVE, MissionStatus.COMPLETED, MissionStatus.STAFFING, MissionStatus.PROPOSED);

        var active = only(org, MissionStatus.ACTIVE);
        assertThat(active.outcome().metric()).isEqualTo("Activation time");
        assertThat(active.checkIns()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(active.progress()).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(active.successCriteria()).isNotEmpty();
        assertThat(active.constraints()).isNotEmpty();
        assertThat(active.authority()).isNotEmpty();
        assertThat(active.startsOn()).isBefore(active.endsOn());
        assertThat(active.memberIds()).contains(active.leaderId());

        var completed = only(org, MissionStatus.COMPLETED);
        assertThat(completed.lessons()).isNotEmpty();
    }

    @Test
    void preparesAMissionForTheHomeBaseLeaderToStaffWithAnSqlExpertWhoLedTheLastTwoAndPeopleWhoWantToGrow() {
        demo.fillIfEmpty(org);

        var all = missions.list(org, MissionFilter.ALL, PageRequest.all()).items();
        var stalls = all.stream()
                .filter(m -> m.title().equals("Know why clinics stall in setup"))
                .findFirst()
                .orElseThrow();
        assertThat(stalls.status()).isEqualTo(MissionStatus.STAFFING);
        assertThat(stalls.leaderId()).isNull();
        assertThat(stalls.memberIds()).isEmpty();
        assertThat(stalls.needs().neededExpertise())
                .containsExactly(
                        new Expertise("SQL", Expertise.Level.EXPERT),
                        new Expertise("Product discovery", Expertise.Level.PRACTITIONER));
        assertThat(stalls.needs().size()).isEqualTo(3);
        assertThat(stalls.needs().hoursPerWeek()).isEqualTo(6);
        var onboarding = homeBases.get(org, stalls.homeBaseId());
        assertThat(stalls.stepsOpenTo(onboarding.leaderId())).contains(MissionStep.EDIT);
        assertThat(all)
                .filteredOn(m -> m.status() != MissionStatus.PROPOSED)
                .allSatisfy(m -> assertThat(m.needs().size()).as(m.title()).isNotNull());
        assertThat(all)
                .filteredOn(m -> m.status() == MissionStatus.PROPOSED || m.status() == MissionStatus.STAFFING)
                .as("every mission waiting for people says its size and hours, so that Baton can staff it")
                .allSatisfy(m -> {
                    assertThat(m.needs().size()).as(m.title()).isNotNull();
                    assertThat(m.needs().hoursPerWeek()).as(m.title()).isNotNull();
                });

        var everyone = people.list(org, null, PageRequest.all()).items();
        var diego = named(everyone, "Diego Alvarez");
        assertThat(diego.expertise()).contains(new Expertise("SQL", Expertise.Level.EXPERT));
        assertThat(GrowthGoals.of(diego.growthGoals()).toLead())
                .as("Diego wants to lead again: only rotation keeps him from leading")
                .isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var leads = missionLeads.all(org);
            assertThat(leads).filteredOn(l -> l.personId().equals(diego.id())).hasSize(2);
            assertThat(leads)
                    .filteredOn(l -> !l.personId().equals(diego.id()))
                    .extracting(MissionLead::personId)
                    .doesNotHaveDuplicates();
        });
        var jonas = named(everyone, "Jonas Weber");
        var proposal = staffing.propose(org, stalls.id(), onboarding.leaderId());
        assertThat(proposal.leader().personId())
                .as(
                        "the first-time leader leads, not Diego who led the last two: %s %s %s",
                        everyone.stream()
                                .filter(p -> p.id().equals(proposal.leader().personId()))
                                .map(p -> p.name() + " " + p.growthGoals())
                                .toList(),
                        proposal.leader().reasons(),
                        proposal.score())
                .isEqualTo(jonas.id());
        assertThat(proposal.members()).extracting(Pick::personId).contains(diego.id());
        var leaders = all.stream().map(Mission::leaderId).toList();
        assertThat(everyone)
                .anySatisfy(p -> assertThat(p.growthGoals()).contains("learn discovery"))
                .anySatisfy(p -> {
                    assertThat(p.growthGoals()).contains("lead a mission");
                    assertThat(leaders).doesNotContain(p.id());
                });
    }

    private static Person named(java.util.List<Person> everyone, String name) {
        return everyone.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void agreesAutonomyBetweenALeaderAndAPersonWhoHasCheckedIn() {
        demo.fillIfEmpty(org);

        var amara = people.list(org, "Amara", new PageRequest(0, 1)).items().getFirst();
        var agreements = autonomy.list(org, amara.id(), null);
        assertThat(agreements).singleElement().satisfies(a -> {
            assertThat(a.leaderId()).isEqualTo(amara.id());
            assertThat(a.checkIns()).singleElement().satisfies(c -> assertThat(c.side())
                    .isEqualTo(AutonomySide.LED));
            assertThat(a.mismatch()).isFalse();
        });
    }

    @Test
    void leavesLessonsInTheHomeBasesMemory() {
        demo.fillIfEmpty(org);

        var completed = only(org, MissionStatus.COMPLETED);
        var memory = missions.memoryOf(org, completed.homeBaseId());
        assertThat(memory).isNotEmpty();
        assertThat(memory).allSatisfy(lesson -> assertThat(lesson.lesson()).isNotBlank());
        assertThat(memory).anySatisfy(lesson -> assertThat(lesson.missionId()).isEqualTo(completed.id()));
    }

    @Test
    void showsValuesZonesIntentsAndDecisionsAtWork() {
        demo.fillIfEmpty(org);

        assertThat(principles.values(org)).hasSize(3);
        assertThat(principles.principles(org, null)).hasSize(6);
        assertThat(principles.warnings(org)).isEmpty();
        assertThat(zones.all(org)).extracting(DecisionArea::zone).contains(Zone.values());
        assertThat(zones.centre(org).memberIds()).hasSize(3);
        assertThat(intents.listOpenToAll(org, IntentFilter.ALL, PageRequest.first())
                        .items())
                .extracting(Intent::status)
                .containsExactly(IntentStatus.OPEN);
        var made = decisions
                .listOpenToAll(org, DecisionFilter.ALL, PageRequest.first())
                .items();
        assertThat(made).filteredOn(d -> d.status() == DecisionStatus.OPEN).hasSize(2);
        assertThat(made)
                .filteredOn(d -> d.method() == DecisionMethod.CONSENT && d.status() == DecisionStatus.OPEN)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.openObjections()).hasSize(1);
                    assertThat(d.participants()).hasSize(2);
                    assertThat(d.awaitedParticipants()).hasSize(1);
                });
        assertThat(made)
                .filteredOn(d -> d.method() == DecisionMethod.CONSULT_IMPACTED)
                .singleElement()
                .satisfies(d -> assertThat(d.awaitedConsultations()).hasSize(1));
        // Besides the advice decision: two seats on the body, a revised principle and a mandate, each decided by
        // consent of the body or the centre once the admin had set them up, and the big opportunity statement and
        // the guiding coalition, each adopted by consent of the leadership team.
        assertThat(made).filteredOn(d -> d.status() == DecisionStatus.DECIDED).hasSize(7);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(governance.currentMembers(org)).hasSize(3);
            var releases = zones.all(org).stream()
                    .filter(a -> a.name().equals("Release planning"))
                    .findFirst()
                    .orElseThrow();
            assertThat(zones.mandates(org, releases.id())).singleElement().satisfies(m -> assertThat(m.homeBaseId())
                    .isNotNull());
            assertThat(principles.principles(org, null))
                    .extracting(p -> p.statement())
                    .contains("Finish what we started before starting something new, unless a clinic is blocked");
        });
    }

    @Test
    void adoptsTheBigOpportunityStatementByTheLeadershipTeamsConsentAndSpreadsIt() {
        demo.fillIfEmpty(org);

        assertThat(leadershipTeam.members(org)).hasSize(3);
        assertThat(opportunity.versions(org)).singleElement().satisfies(v -> assertThat(v.text())
                .hasSizeBetween(1_000, OpportunityVersion.MAX_TEXT)
                .contains("small clinic"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(opportunity.current(org)).get().satisfies(current -> {
                assertThat(current.status()).isEqualTo(OpportunityVersion.Status.ADOPTED);
                assertThat(opportunity.reach(org, current.id()).reads()).isEqualTo(5);
            });
        });
        assertThat(urgency.memberCount(org)).isEqualTo(7);
        assertThat(urgency.latestConversations(org)).hasSize(3);
        assertThat(urgency.reach(org).reached()).isPositive();
    }

    @Test
    void formsTheGuidingCoalitionFromEightApplicationsRatedAndSelected() {
        demo.fillIfEmpty(org);

        var call = coalition.get(org, coalition.calls(org, null).getFirst().id());
        assertThat(call.applications()).hasSize(8);
        assertThat(call.applications()).allSatisfy(a -> assertThat(a.ratings()).hasSize(2));
        assertThat(call.selection()).isPresent();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(coalition.members(org)).hasSize(5);
            assertThat(coalition.get(org, call.id()).status(coalition.now())).isEqualTo(CoalitionCallStatus.FORMED);
        });
    }

    @Test
    void startsTwoNinetyDayWinsOneOverdueAndOneWonAndThanked() {
        demo.fillIfEmpty(org);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        initiatives.list(org, PageRequest.all()).items())
                .hasSize(2));
        var started = initiatives.list(org, PageRequest.all()).items();
        assertThat(started).allSatisfy(i -> {
            assertThat(i.ninetyDayWin()).isTrue();
            assertThat(coalition.members(org))
                    .extracting(CoalitionMember::personId)
                    .contains(i.startedBy());
        });
        assertThat(started)
                .filteredOn(Initiative::checkInOverdue)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.state()).isEqualTo(InitiativeState.RUNNING);
                    assertThat(i.startsOn()).isEqualTo(LocalDate.now(clock).minusDays(35));
                });
        var won = started.stream()
                .filter(i -> i.state() == InitiativeState.WON)
                .findFirst()
                .orElseThrow();
        var card = celebrations.card(org, won.missionId()).orElseThrow();
        assertThat(card.thanks()).hasSize(2);
        assertThat(card.thanks()).extracting(t -> t.by()).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        celebrations.card(org, won.missionId()).orElseThrow().ledForTheFirstTime())
                .as("its leader led a mission for the first time")
                .isTrue());
    }

    @Test
    void holdsLeadershipRolesWithAVacancyASubAreaAndATermEndingSoon() {
        demo.fillIfEmpty(org);

        var all = roles.list(org, null, PageRequest.all()).items();
        var today = roles.today();
        assertThat(all).extracting(Role::type).contains(RoleType.FACULTY_LEAD, RoleType.COACH, RoleType.PRODUCT_OWNER);
        assertThat(all).anySatisfy(r -> assertThat(r.vacanciesOn(today)).isPositive());
        assertThat(all).anySatisfy(r -> assertThat(r.definition().parentId()).isNotNull());
        assertThat(all).flatExtracting(r -> r.currentOn(today)).anySatisfy(a -> assertThat(a.endsSoonAfter(today))
                .isTrue());
    }

    @Test
    void doesNothingTheSecondTime() {
        assertThat(demo.fillIfEmpty(org)).isTrue();
        var peopleBefore = membersOfHomeBases();
        long missionsBefore =
                missions.list(org, MissionFilter.ALL, PageRequest.all()).totalItems();

        assertThat(demo.fillIfEmpty(org)).isFalse();

        assertThat(homeBases.all(org)).hasSize(4);
        assertThat(membersOfHomeBases()).containsExactlyInAnyOrderElementsOf(peopleBefore);
        assertThat(people.findByEmail(org, "noor.haddad@larkspur.example")).isPresent();
        assertThat(missions.list(org, MissionFilter.ALL, PageRequest.all()).totalItems())
                .isEqualTo(missionsBefore);
    }

    @Test
    void leavesAnOrganizationThatAlreadyHasHomeBasesAlone() {
        homeBases.found(org, new org.baton.homebases.HomeBaseDetails("Our own", "", null, null, null), null);

        assertThat(demo.fillIfEmpty(org)).isFalse();

        assertThat(homeBases.all(org)).extracting(HomeBase::name).containsExactly("Our own");
        assertThat(people.findByEmail(org, "noor.haddad@larkspur.example")).isEmpty();
    }

    private java.util.List<PersonId> membersOfHomeBases() {
        return homeBases.all(org).stream()
                .flatMap(base -> base.memberIds().stream())
                .toList();
    }

    /** The one ordinary mission with this status (the coalition's 90-day wins are missions too). */
    private Mission only(OrganizationId org, MissionStatus status) {
        var found = missions.list(org, new MissionFilter(null, status, null), PageRequest.all()).items().stream()
                .filter(m -> m.kind() == MissionKind.MISSION)
                .toList();
        assertThat(found).as(status + " missions").hasSize(1);
        return found.getFirst();
    }
}
