package org.baton.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.people.PersonBuilder.NOW;
import static org.baton.people.PersonBuilder.aPerson;

import java.time.Instant;
import java.util.List;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;
import org.junit.jupiter.api.Test;

/** Mentors are chosen by the mentee alone, per knowledge area; the mentee or the mentor ends a mentorship. */
class MentorshipTests {

    static final PersonId CHRIS = PersonId.random();
    static final PersonId ANA = PersonId.random();
    static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void theMenteeChoosesAMentorForAKnowledgeArea() {
        var ben = aPerson().named("Ben").loaded();

        var mentorship = ben.chooseMentor(CHRIS, " data engineering ", ben.id(), List.of(), NOW);

        assertThat(mentorship.menteeId()).isEqualTo(ben.id());
        assertThat(mentorship.mentorId()).isEqualTo(CHRIS);
        assertThat(mentorship.knowledgeArea()).isEqualTo("data engineering");
        assertThat(mentorship.open()).isTrue();
        assertThat(ben.releaseEvents())
                .containsExactly(new MentorChosen(
                        ben.organizationId(),
                        ben.id(),
                        NOW,
                        ben.id(),
                        "Ben",
                        mentorship.id(),
                        CHRIS,
                        "data engineering"));
    }

    @Test
    void refusesAMentorChosenBySomeoneElse() {
        var ben = aPerson().named("Ben").loaded();

        assertThatThrownBy(() -> ben.chooseMentor(CHRIS, "data engineering", ANA, List.of(), NOW))
                .isInstanceOf(NotPermitted.class);
        assertThat(ben.releaseEvents()).isEmpty();
    }

    @Test
    void refusesMentoringOneselfAndAMissingArea() {
        var ben = aPerson().named("Ben").loaded();

        assertThatThrownBy(() -> ben.chooseMentor(ben.id(), "data engineering", ben.id(), List.of(), NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("mentor.self"));
        assertThatThrownBy(() -> ben.chooseMentor(CHRIS, " ", ben.id(), List.of(), NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("knowledgeArea"));
        assertThatThrownBy(() -> ben.chooseMentor(CHRIS, "x".repeat(TextLimits.NAME + 1), ben.id(), List.of(), NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("text.long"));
    }

    @Test
    void refusesASecondOpenMentorshipWithTheSameMentorInTheSameAreaWhateverItsCase() {
        var ben = aPerson().named("Ben").loaded();
        var first = ben.chooseMentor(CHRIS, "Data Engineering", ben.id(), List.of(), NOW);

        assertThatThrownBy(() -> ben.chooseMentor(CHRIS, "data engineering", ben.id(), List.of(first), LATER))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("mentor.duplicate"));
        assertThat(ben.chooseMentor(CHRIS, "pricing", ben.id(), List.of(first), LATER)
                        .knowledgeArea())
                .isEqualTo("pricing");
        var ended = ben.endMentorship(first, ben.id(), LATER);
        assertThat(ben.chooseMentor(CHRIS, "data engineering", ben.id(), List.of(ended), LATER)
                        .open())
                .isTrue();
    }

    @Test
    void theMenteeOrTheMentorEndsAMentorshipWhichKeepsItsEnd() {
        var ben = aPerson().named("Ben").loaded();
        var mentorship = ben.chooseMentor(CHRIS, "data engineering", ben.id(), List.of(), NOW);
        ben.releaseEvents();

        assertThat(mentorship.endableBy(CHRIS)).isTrue();
        assertThat(mentorship.endableBy(ANA)).isFalse();
        assertThatThrownBy(() -> ben.endMentorship(mentorship, ANA, LATER)).isInstanceOf(NotPermitted.class);
        var ended = ben.endMentorship(mentorship, CHRIS, LATER);

        assertThat(ended.endedAt()).isEqualTo(LATER);
        assertThat(ended.startedAt()).isEqualTo(NOW);
        assertThat(ended.endableBy(ben.id())).isFalse();
        assertThat(ben.releaseEvents())
                .containsExactly(new MentorshipEnded(
                        ben.organizationId(),
                        ben.id(),
                        LATER,
                        CHRIS,
                        "Ben",
                        mentorship.id(),
                        CHRIS,
                        "data engineering"));
        assertThatThrownBy(() -> ben.endMentorship(ended, ben.id(), LATER)).isInstanceOf(StateConflict.class);
    }
}
