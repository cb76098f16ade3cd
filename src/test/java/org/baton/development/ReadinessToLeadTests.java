package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baton.people.Expertise;
import org.baton.people.Expertise.Level;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

class ReadinessToLeadTests {

    static final ReadinessToLead SQL_NEEDED = new ReadinessToLead(List.of("SQL", "Product discovery"));

    @Test
    void findsSomeoneReadyWhoWantsToLeadNeverLedJoinedTwoMissionsAndKnowsWhatMissionsNeed() {
        var readiness =
                SQL_NEEDED.of(ana().joined(2).knowing("sql", Level.EXPERT).candidate());

        assertThat(readiness).hasValueSatisfying(r -> {
            assertThat(r.ready()).isTrue();
            assertThat(r.notYet()).isEmpty();
            assertThat(r.missionsJoined()).isEqualTo(2);
            assertThat(r.areasNeeded()).containsExactly("sql");
            assertThat(r.reasons())
                    .extracting(Reason::messageKey)
                    .containsExactly(
                            "development.reason.ready.wantsToLead",
                            "development.reason.ready.neverLed",
                            "development.reason.ready.joined",
                            "development.reason.ready.expertIn");
            assertThat(r.reasons().getLast().arguments()).containsExactly("sql");
        });
    }

    @Test
    void showsSomeoneWhoJoinedOneMissionAsCloseWithWhatTheyLack() {
        var readiness =
                SQL_NEEDED.of(ana().joined(1).knowing("SQL", Level.PRACTITIONER).candidate());

        assertThat(readiness).hasValueSatisfying(r -> {
            assertThat(r.ready()).isFalse();
            assertThat(r.notYet()).containsExactly(new Reason("ready.joinedTooFew", List.of("1", "2")));
            assertThat(r.reasons()).extracting(Reason::code).contains("ready.practitionerIn");
        });
    }

    @Test
    void doesNotCountExpertiseStillBeingLearnedNorAnAreaNoMissionNeeds() {
        var readiness = SQL_NEEDED.of(ana().joined(3)
                .knowing("SQL", Level.LEARNING)
                .knowing("Marketing", Level.EXPERT)
                .candidate());

        assertThat(readiness).hasValueSatisfying(r -> {
            assertThat(r.ready()).isFalse();
            assertThat(r.areasNeeded()).isEmpty();
            assertThat(r.notYet())
                    .containsExactly(new Reason("ready.noNeededExpertise", List.of("SQL, Product discovery")));
        });
    }

    @Test
    void leavesOutSomeoneWhoLacksMoreThanOneCriterion() {
        assertThat(SQL_NEEDED.of(ana().joined(0).candidate())).isEmpty();
    }

    @Test
    void leavesOutThoseWhoLedAlreadyOrDoNotWantToLead() {
        assertThat(SQL_NEEDED.of(
                        ana().joined(2).knowing("SQL", Level.EXPERT).led().candidate()))
                .isEmpty();
        assertThat(SQL_NEEDED.of(ana().joined(2)
                        .knowing("SQL", Level.EXPERT)
                        .wanting("learn SQL")
                        .candidate()))
                .isEmpty();
    }

    @Test
    void whenNoMissionSaysWhatItNeedsTheExpertiseIsNotKnownAndHoldsNobodyBack() {
        var readiness = new ReadinessToLead(List.of()).of(ana().joined(2).candidate());

        assertThat(readiness).hasValueSatisfying(r -> {
            assertThat(r.ready()).isTrue();
            assertThat(r.reasons()).extracting(Reason::code).contains("ready.needsNotKnown");
        });
    }

    private static CandidateBuilder ana() {
        return new CandidateBuilder();
    }

    /** A person who wants to lead and has never led, joined no mission and knows nothing yet, unless told. */
    static final class CandidateBuilder {
        private List<String> goals = List.of("lead a mission");
        private final java.util.ArrayList<Expertise> expertise = new java.util.ArrayList<>();
        private boolean led;
        private int joined;

        CandidateBuilder joined(int missions) {
            this.joined = missions;
            return this;
        }

        CandidateBuilder knowing(String area, Level level) {
            expertise.add(new Expertise(area, level));
            return this;
        }

        CandidateBuilder wanting(String... goals) {
            this.goals = List.of(goals);
            return this;
        }

        CandidateBuilder led() {
            this.led = true;
            return this;
        }

        ReadinessToLead.Candidate candidate() {
            return new ReadinessToLead.Candidate(PersonId.random(), "Ana", goals, expertise, led, joined);
        }
    }
}
