package org.baton.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.intents.IntentBuilder.DECLARED_AT;
import static org.baton.intents.IntentBuilder.anIntent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which steps an intent offers to whom, and that each step's guard accepts it exactly when it is offered. */
class IntentStepsTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CLE = PersonId.random();
    static final String HARM = "Clients expect the demo on Friday; moving it breaks our promise to them.";
    static final Instant DURING_WINDOW = DECLARED_AT.plus(Duration.ofHours(1));
    static final Instant WINDOW_ENDED = DECLARED_AT.plus(Duration.ofHours(48));

    static Intent open() {
        return anIntent().by(ANA).declaredAndPublished();
    }

    static Intent objected() {
        var intent = open();
        intent.object(BEN, HARM, List.of(), DURING_WINDOW);
        intent.releaseEvents();
        return intent;
    }

    static Intent proceeding() {
        var intent = open();
        intent.proceed(WINDOW_ENDED);
        return intent;
    }

    static Intent inAdvice() {
        var intent = objected();
        intent.takeToAdvice(ANA, DecisionId.random(), DURING_WINDOW);
        return intent;
    }

    static Intent withResult(Intent wentAhead) {
        wentAhead.recordResult(ANA, "Thursdays work better", WINDOW_ENDED);
        return wentAhead;
    }

    static Intent withdrawn() {
        var intent = objected();
        intent.withdraw(ANA, DURING_WINDOW);
        return intent;
    }

    @Test
    void anOpenIntentOffersTheOthersAnObjectionAndTheAuthorTheirMoves() {
        var intent = open();

        assertThat(intent.stepsOpenTo(BEN, DURING_WINDOW)).containsExactly(IntentStep.OBJECT);
        assertThat(intent.stepsOpenTo(ANA, DURING_WINDOW))
                .containsExactlyInAnyOrder(IntentStep.AMEND, IntentStep.WITHDRAW, IntentStep.TAKE_TO_ADVICE);
    }

    @Test
    void theAuthorAnswersObjectionsRatherThanRaisingOne() {
        var intent = open();

        assertThat(intent.stepsOpenTo(ANA, DURING_WINDOW)).doesNotContain(IntentStep.OBJECT);
        assertThatThrownBy(() -> intent.object(ANA, HARM, List.of(), DURING_WINDOW))
                .isInstanceOf(NotPermitted.class);
        assertThat(intent.objections()).isEmpty();
    }

    @Test
    void objectingStaysOpenWhileObjectedAndClosesWhenTheWindowEnds() {
        var intent = objected();

        assertThat(intent.stepsOpenTo(CLE, DURING_WINDOW)).containsExactly(IntentStep.OBJECT);
        assertThat(intent.stepsOpenTo(BEN, DURING_WINDOW)).containsExactly(IntentStep.OBJECT);
        assertThat(intent.stepsOpenTo(CLE, intent.deadline())).isEmpty();
    }

    @Test
    void anOpenIntentWhoseWindowEndedTakesNoObjectionBeforeItProceeds() {
        var intent = open();

        assertThat(intent.stepsOpenTo(BEN, WINDOW_ENDED)).isEmpty();
        assertThatThrownBy(() -> intent.object(BEN, HARM, List.of(), WINDOW_ENDED))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("intent.windowEnded");
    }

    @Test
    void theAuthorStillAmendsWithdrawsOrTakesAnObjectedIntentToAdviceOnceTheWindowEnded() {
        var intent = objected();

        assertThat(intent.stepsOpenTo(ANA, WINDOW_ENDED))
                .containsExactlyInAnyOrder(IntentStep.AMEND, IntentStep.WITHDRAW, IntentStep.TAKE_TO_ADVICE);
    }

    @Test
    void theAuthorRecordsTheResultOnceItWentAheadAndOnlyOnce() {
        assertThat(proceeding().stepsOpenTo(ANA, WINDOW_ENDED)).containsExactly(IntentStep.RECORD_RESULT);
        assertThat(inAdvice().stepsOpenTo(ANA, WINDOW_ENDED)).containsExactly(IntentStep.RECORD_RESULT);
        assertThat(proceeding().stepsOpenTo(BEN, WINDOW_ENDED)).isEmpty();
        assertThat(withResult(proceeding()).stepsOpenTo(ANA, WINDOW_ENDED)).isEmpty();
    }

    @Test
    void recordingTheResultIsClosedWhileTheIntentIsUndecided() {
        assertThat(open().stepsOpenTo(ANA, DURING_WINDOW)).doesNotContain(IntentStep.RECORD_RESULT);
        assertThat(objected().stepsOpenTo(ANA, DURING_WINDOW)).doesNotContain(IntentStep.RECORD_RESULT);
    }

    @Test
    void aWithdrawnIntentOffersNothingToAnyone() {
        var intent = withdrawn();

        assertThat(intent.stepsOpenTo(ANA, DURING_WINDOW)).isEmpty();
        assertThat(intent.stepsOpenTo(BEN, DURING_WINDOW)).isEmpty();
    }

    /** Every state an intent can be in, when someone looks at it. */
    static Stream<Arguments> everyStepByEveryoneInEveryState() {
        var states = List.<Arguments>of(
                state("open, window running", IntentStepsTests::open, DURING_WINDOW),
                state("open, window ended", IntentStepsTests::open, WINDOW_ENDED),
                state("objected, window running", IntentStepsTests::objected, DURING_WINDOW),
                state("objected, window ended", IntentStepsTests::objected, WINDOW_ENDED),
                state("proceeding", IntentStepsTests::proceeding, WINDOW_ENDED),
                state("proceeding, result recorded", () -> withResult(proceeding()), WINDOW_ENDED),
                state("in advice", IntentStepsTests::inAdvice, WINDOW_ENDED),
                state("in advice, result recorded", () -> withResult(inAdvice()), WINDOW_ENDED),
                state("withdrawn", IntentStepsTests::withdrawn, DURING_WINDOW));
        return states.stream().flatMap(s -> Stream.of(ANA, BEN, CLE).flatMap(viewer -> Stream.of(IntentStep.values())
                .map(step -> Arguments.of(s.get()[0], s.get()[1], s.get()[2], viewer, step))));
    }

    private static Arguments state(String name, Supplier<Intent> intent, Instant at) {
        return Arguments.of(name, intent, at);
    }

    @ParameterizedTest(name = "{0}: {4} by {3}")
    @MethodSource("everyStepByEveryoneInEveryState")
    void aStepsGuardAcceptsItExactlyWhenTheIntentOffersIt(
            String state, Supplier<Intent> given, Instant at, PersonId viewer, IntentStep step) {
        boolean offered = given.get().stepsOpenTo(viewer, at).contains(step);

        assertThat(accepts(given.get(), step, viewer, at))
                .as("%s: %s by %s", state, step, viewer.equals(ANA) ? "the author" : "someone else")
                .isEqualTo(offered);
    }

    /** Takes the step with valid input; whether the intent accepted it. */
    private static boolean accepts(Intent intent, IntentStep step, PersonId by, Instant at) {
        try {
            switch (step) {
                case OBJECT -> intent.object(by, HARM, List.of(), at);
                case AMEND -> intent.amend(by, "I intend to try Thursdays for a month", null, List.of(), at);
                case WITHDRAW -> intent.withdraw(by, at);
                case TAKE_TO_ADVICE -> intent.takeToAdvice(by, DecisionId.random(), at);
                case RECORD_RESULT -> intent.recordResult(by, "Thursdays work better", at);
            }
            return true;
        } catch (RuleViolation | NotPermitted | StateConflict refused) {
            return false;
        }
    }
}
