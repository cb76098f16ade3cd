package org.baton.homebases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.homebases.HomeBaseBuilder.NOW;
import static org.baton.homebases.HomeBaseBuilder.ORG;
import static org.baton.homebases.HomeBaseBuilder.aHomeBase;

import java.time.Instant;
import java.util.List;
import org.baton.homebases.HomeBaseContextChanged.Part;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class HomeBaseTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CLE = PersonId.random();
    static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void recordsItsFoundingWithLeaderAndFirstMembers() {
        var homeBase = aHomeBase()
                .named(" Onboarding ")
                .ledBy(ANA)
                .withMembers(ANA, BEN)
                .foundedBy(CLE);

        assertThat(homeBase.name()).isEqualTo("Onboarding");
        assertThat(homeBase.releaseEvents())
                .containsExactly(new HomeBaseFounded(
                        ORG,
                        homeBase.id(),
                        NOW,
                        CLE,
                        "Onboarding",
                        "New customers reach their first success without help",
                        ANA,
                        List.of(ANA, BEN)));
    }

    @Test
    void refusesAHomeBaseWithoutANameOrWithANameOver120Characters() {
        assertThatThrownBy(() -> aHomeBase().named(" ").foundedBy(ANA))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("homeBase.name.required");
        assertThatThrownBy(() -> aHomeBase().named("n".repeat(121)).foundedBy(ANA))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("homeBase.name.long");
        assertThat(aHomeBase().named("n".repeat(120)).foundedBy(ANA).name()).hasSize(120);
    }

    @Test
    void recordsWhoJoinedAndWhoLeftWhenItsMembersAreEdited() {
        var homeBase = aHomeBase().withMembers(ANA, BEN).founded();

        homeBase.describe(aHomeBase().withMembers(BEN, CLE).details(), ANA, LATER);

        assertThat(homeBase.releaseEvents())
                .containsExactly(
                        new HomeBaseMemberJoined(ORG, homeBase.id(), LATER, ANA, "Onboarding", CLE),
                        new HomeBaseMemberLeft(ORG, homeBase.id(), LATER, ANA, "Onboarding", ANA));
    }

    @Test
    void recordsANewLeader() {
        var homeBase = aHomeBase().ledBy(ANA).founded();

        homeBase.describe(aHomeBase().ledBy(BEN).details(), ANA, LATER);

        assertThat(homeBase.leaderId()).isEqualTo(BEN);
        assertThat(homeBase.releaseEvents())
                .containsExactly(new HomeBaseLeaderChanged(ORG, homeBase.id(), LATER, ANA, "Onboarding", ANA, BEN));
    }

    @Test
    void recordsWhichPartsOfItsContextChanged() {
        var homeBase = aHomeBase().founded();

        homeBase.describe(
                aHomeBase()
                        .named("Activation")
                        .within(new HomeBaseContext(
                                List.of("Clinic owners"), List.of("Days to activation"), List.of("Import"), "Five"))
                        .details(),
                BEN,
                LATER);

        assertThat(homeBase.releaseEvents())
                .containsExactly(new HomeBaseContextChanged(
                        ORG,
                        homeBase.id(),
                        LATER,
                        BEN,
                        "Activation",
                        List.of(Part.NAME, Part.PRIORITIES, Part.BUDGET)));
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        var homeBase = aHomeBase().ledBy(ANA).withMembers(ANA).founded();

        homeBase.describe(aHomeBase().ledBy(ANA).withMembers(ANA).details(), ANA, LATER);

        assertThat(homeBase.releaseEvents()).isEmpty();
    }

    @Test
    void aPersonJoinsOnceAndLeavesOnce() {
        var homeBase = aHomeBase().withMembers(ANA).founded();

        homeBase.join(BEN, ANA, LATER);
        homeBase.join(BEN, ANA, LATER);
        homeBase.leave(ANA, ANA, LATER);
        homeBase.leave(ANA, ANA, LATER);

        assertThat(homeBase.memberIds()).containsExactly(BEN);
        assertThat(homeBase.releaseEvents())
                .containsExactly(
                        new HomeBaseMemberJoined(ORG, homeBase.id(), LATER, ANA, "Onboarding", BEN),
                        new HomeBaseMemberLeft(ORG, homeBase.id(), LATER, ANA, "Onboarding", ANA));
    }

    @Test
    void aRefusedEditLeavesTheHomeBaseAsItWas() {
        var homeBase = aHomeBase().ledBy(ANA).founded();

        assertThatThrownBy(
                        () -> homeBase.describe(aHomeBase().named("").ledBy(BEN).details(), ANA, LATER))
                .isInstanceOf(RuleViolation.class);

        assertThat(homeBase.leaderId()).isEqualTo(ANA);
        assertThat(homeBase.releaseEvents()).isEmpty();
    }

    @Test
    void aNewHomeBaseHasAllItsFirstMembersToWrite() {
        var homeBase = aHomeBase().withMembers(ANA, BEN).foundedBy(CLE);

        assertThat(homeBase.joinedSinceSaved()).containsExactly(ANA, BEN);
        assertThat(homeBase.leftSinceSaved()).isEmpty();
    }

    @Test
    void anEditOfItsMembersLeavesOnlyWhoJoinedAndWhoLeftToWrite() {
        var homeBase = aHomeBase().withMembers(ANA, BEN).loaded();

        homeBase.describe(aHomeBase().withMembers(BEN, CLE).details(), ANA, LATER);

        assertThat(homeBase.joinedSinceSaved()).containsExactly(CLE);
        assertThat(homeBase.leftSinceSaved()).containsExactly(ANA);
    }

    @Test
    void anEditThatKeepsTheMembersInAnotherOrderLeavesNoMembershipToWrite() {
        var homeBase = aHomeBase().withMembers(ANA, BEN).loaded();

        homeBase.describe(aHomeBase().named("Activation").withMembers(BEN, ANA).details(), ANA, LATER);

        assertThat(homeBase.joinedSinceSaved()).isEmpty();
        assertThat(homeBase.leftSinceSaved()).isEmpty();
    }

    @Test
    void someoneWhoLeavesAndJoinsAgainBeforeTheHomeBaseIsSavedIsNoMembershipToWrite() {
        var homeBase = aHomeBase().withMembers(ANA, BEN).loaded();

        homeBase.leave(ANA, BEN, LATER);
        homeBase.join(ANA, BEN, LATER);

        assertThat(homeBase.joinedSinceSaved()).isEmpty();
        assertThat(homeBase.leftSinceSaved()).isEmpty();
        assertThat(homeBase.releaseEvents()).hasSize(2);
    }

    @Test
    void aSavedHomeBaseCarriesItsNewVersionAndHasNothingLeftToWrite() {
        var homeBase = aHomeBase().withMembers(ANA).atVersion(3).loaded();
        homeBase.describe(aHomeBase().withMembers(BEN).details(), ANA, LATER);

        homeBase.saved(4);

        assertThat(homeBase.version()).isEqualTo(4);
        assertThat(homeBase.joinedSinceSaved()).isEmpty();
        assertThat(homeBase.leftSinceSaved()).isEmpty();
        assertThat(homeBase.memberIds()).containsExactly(BEN);
    }

    @Test
    void writingOnlyItsMembershipsKeepsTheVersion() {
        var homeBase = aHomeBase().withMembers(ANA).atVersion(3).loaded();
        homeBase.join(BEN, ANA, LATER);

        homeBase.membersSaved();

        assertThat(homeBase.version()).isEqualTo(3);
        assertThat(homeBase.joinedSinceSaved()).isEmpty();
    }
}
