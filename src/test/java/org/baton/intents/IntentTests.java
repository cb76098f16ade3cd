package org.baton.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.intents.IntentBuilder.DECLARED_AT;
import static org.baton.intents.IntentBuilder.ORG;
import static org.baton.intents.IntentBuilder.anIntent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.teams.Scope;
import org.baton.zones.Zone;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntentTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CLE = PersonId.random();
    static final String HARM = "Clients expect the demo on Friday; moving it breaks our promise to them.";
    static final Instant DURING_WINDOW = DECLARED_AT.plus(Duration.ofHours(1));
    static final Instant WINDOW_ENDED = DECLARED_AT.plus(Duration.ofHours(48));

    static Intent objectedBy(PersonId objector) {
        var intent = anIntent().by(ANA).declaredAndPublished();
        intent.object(objector, HARM, List.of(), DURING_WINDOW);
        intent.releaseEvents();
        return intent;
    }

    @Nested
    class Declaring {

        @Test
        void opensAnObjectionWindowOf48HoursUnlessTheAuthorSaysOtherwise() {
            var intent = anIntent().by(ANA).declare();

            assertThat(intent.status()).isEqualTo(IntentStatus.OPEN);
            assertThat(intent.objectionWindow()).isEqualTo(Duration.ofHours(48));
            assertThat(intent.deadline()).isEqualTo(DECLARED_AT.plus(Duration.ofHours(48)));
            assertThat(anIntent().openFor(Duration.ofHours(2)).declare().deadline())
                    .isEqualTo(DECLARED_AT.plus(Duration.ofHours(2)));
        }

        @Test
        void refusesAStatementLongerThanATextMayBe() {
            assertThatThrownBy(() -> anIntent().saying("s".repeat(2001)).declare())
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field", "code")
                    .containsExactly("statement", "text.long");
        }

        @Test
        void refusesAnIntentThatSaysNothing() {
            assertThatThrownBy(() -> anIntent().saying("  ").declare())
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field", "code")
                    .containsExactly("statement", "intent.statement.required");
        }

        @Test
        void refusesAnObjectionWindowLongerThanNinetyDaysInsteadOfOverflowingTheCalendar() {
            for (Duration window : List.of(Duration.ofDays(91), Duration.ofHours(2_000_000_000_000_000L))) {
                assertThatThrownBy(() -> anIntent().openFor(window).declare())
                        .isInstanceOf(RuleViolation.class)
                        .extracting("field", "code")
                        .containsExactly("objectionWindow", "intent.window.long");
            }
        }

        @Test
        void refusesAnObjectionWindowThatIsNotPositive() {
            for (Duration window : List.of(Duration.ZERO, Duration.ofHours(-1))) {
                assertThatThrownBy(() -> anIntent().openFor(window).declare())
                        .isInstanceOf(RuleViolation.class)
                        .extracting("field", "code")
                        .containsExactly("objectionWindow", "intent.window.positive");
            }
        }

        @Test
        void refusesAnIntentInAnAreaTheCentreDecides() {
            assertThatThrownBy(
                            () -> anIntent().inAreaOf(Zone.CENTRE_INTERVENTION).declare())
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field", "code")
                    .containsExactly("areaId", "intent.centreIntervention");
        }

        @Test
        void tidiesWhatItSaysAndBelongsToTheOrganizationWhenNoScopeIsGiven() {
            var intent = anIntent()
                    .saying("  I intend to pilot pair rotation  ")
                    .because(null)
                    .in(null)
                    .declare();

            assertThat(intent.statement()).isEqualTo("I intend to pilot pair rotation");
            assertThat(intent.reason()).isEmpty();
            assertThat(intent.scope()).isEqualTo(Scope.ORGANIZATION);
            assertThat(intent.areaId()).isNull();
            assertThat(intent.zone()).isNull();
        }

        @Test
        void recordsTheDeclarationWithItsAreaZoneDeadlineAndWhomItReaches() {
            var scope = new Scope(HomeBaseId.random(), null);
            var intent = anIntent()
                    .by(ANA)
                    .in(scope)
                    .informing(ANA, BEN)
                    .inAreaOf(Zone.CENTRE_AWARENESS, BEN, CLE)
                    .declare();

            assertThat(intent.releaseEvents()).singleElement().isInstanceOfSatisfying(IntentDeclared.class, d -> {
                assertThat(d.organizationId()).isEqualTo(ORG);
                assertThat(d.intentId()).isEqualTo(intent.id());
                assertThat(d.actor()).isEqualTo(ANA);
                assertThat(d.at()).isEqualTo(DECLARED_AT);
                assertThat(d.statement()).isEqualTo(intent.statement());
                assertThat(d.reason()).isEqualTo(intent.reason());
                assertThat(d.scope()).isEqualTo(scope);
                assertThat(d.areaId()).isEqualTo(intent.areaId()).isNotNull();
                assertThat(d.zone()).isEqualTo(Zone.CENTRE_AWARENESS);
                assertThat(d.objectionDeadline()).isEqualTo(intent.deadline());
                assertThat(d.informed()).containsExactly(BEN, CLE);
            });
        }

        @Test
        void handsItsEventsOverOnlyOnce() {
            var intent = anIntent().declare();

            assertThat(intent.releaseEvents()).hasSize(1);
            assertThat(intent.releaseEvents()).isEmpty();
        }
    }

    @Nested
    class Objecting {

        @Test
        void anyoneMayObjectWhileTheWindowRuns() {
            var intent = anIntent().by(ANA).declaredAndPublished();

            var objection = intent.object(BEN, "  " + HARM + " ", List.of(), DURING_WINDOW);

            assertThat(intent.status()).isEqualTo(IntentStatus.OBJECTED);
            assertThat(objection.raisedBy()).isEqualTo(BEN);
            assertThat(objection.harm()).isEqualTo(HARM);
            assertThat(objection.addressed()).isFalse();
            assertThat(intent.objections()).containsExactly(objection);
        }

        @Test
        void refusesAnObjectionThatNamesNoHarm() {
            var intent = anIntent().declaredAndPublished();

            assertThatThrownBy(() -> intent.object(BEN, " ", List.of(), DURING_WINDOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field", "code")
                    .containsExactly("harm", "objection.harm.required");
            assertThat(intent.status()).isEqualTo(IntentStatus.OPEN);
        }

        @Test
        void refusesAPreferenceForAnotherOption() {
            var intent = anIntent().declaredAndPublished();

            assertThatThrownBy(() -> intent.object(BEN, "I would rather keep Fridays", List.of(), DURING_WINDOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("objection.harm.preference");
            assertThat(intent.objections()).isEmpty();
        }

        @Test
        void refusesAnObjectionOnceTheWindowHasEnded() {
            var intent = anIntent().declaredAndPublished();

            assertThatThrownBy(() -> intent.object(BEN, HARM, List.of(), intent.deadline()))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("intent.windowEnded");
        }

        @Test
        void takesFurtherObjectionsWhileObjected() {
            var intent = objectedBy(BEN);

            intent.object(CLE, HARM, List.of(), DURING_WINDOW.plusSeconds(60));

            assertThat(intent.objections())
                    .extracting(IntentObjection::raisedBy)
                    .containsExactly(BEN, CLE);
            assertThat(intent.status()).isEqualTo(IntentStatus.OBJECTED);
        }

        @Test
        void recordsTheObjectionWithItsHarmCitedPrinciplesAndTheAuthorToTell() {
            var intent = anIntent().by(ANA).declaredAndPublished();
            var principle = UUID.randomUUID();

            var objection = intent.object(BEN, HARM, List.of(principle), DURING_WINDOW);

            assertThat(intent.releaseEvents())
                    .singleElement()
                    .isInstanceOfSatisfying(IntentObjectionRaised.class, o -> {
                        assertThat(o.objectionId()).isEqualTo(objection.id());
                        assertThat(o.objector()).isEqualTo(BEN);
                        assertThat(o.actor()).isEqualTo(BEN);
                        assertThat(o.author()).isEqualTo(ANA);
                        assertThat(o.harm()).isEqualTo(HARM);
                        assertThat(o.principleIds()).containsExactly(principle);
                        assertThat(o.at()).isEqualTo(DURING_WINDOW);
                        assertThat(o.statement()).isEqualTo(intent.statement());
                    });
        }

        @Test
        void refusesAnObjectionToAWithdrawnIntent() {
            var intent = anIntent().by(ANA).declaredAndPublished();
            intent.withdraw(ANA, DURING_WINDOW);

            assertThatThrownBy(() -> intent.object(BEN, HARM, List.of(), DURING_WINDOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("intent.closed");
        }
    }

    @Nested
    class Amending {

        @Test
        void onlyTheAuthorAmends() {
            var intent = objectedBy(BEN);

            assertThatThrownBy(() -> intent.amend(BEN, "Something else", null, List.of(), DURING_WINDOW))
                    .isInstanceOf(NotPermitted.class);
            assertThat(intent.statement()).isEqualTo(anIntent().declare().statement());
        }

        @Test
        void addressesTheObjectionsAndRestartsTheWindow() {
            var intent = objectedBy(BEN);
            var earlier = intent.statement();
            var later = DURING_WINDOW.plus(Duration.ofHours(10));

            intent.amend(ANA, "I intend to move the demo to Thursdays for a month", null, List.of(), later);

            assertThat(intent.status()).isEqualTo(IntentStatus.OPEN);
            assertThat(intent.objections()).allMatch(IntentObjection::addressed);
            assertThat(intent.deadline()).isEqualTo(later.plus(Duration.ofHours(48)));
            assertThat(intent.statement()).isEqualTo("I intend to move the demo to Thursdays for a month");
            assertThat(intent.earlierStatements()).containsExactly(earlier);
        }

        @Test
        void keepsTheReasonUnlessANewOneIsGiven() {
            var intent = objectedBy(BEN);
            var reason = intent.reason();

            intent.amend(ANA, "Second try", " ", List.of(), DURING_WINDOW);
            assertThat(intent.reason()).isEqualTo(reason);

            intent.amend(ANA, "Third try", "Clients agreed", List.of(), DURING_WINDOW);
            assertThat(intent.reason()).isEqualTo("Clients agreed");
        }

        @Test
        void refusesAnAmendmentThatSaysNothingAndKeepsTheStatement() {
            var intent = objectedBy(BEN);
            var statement = intent.statement();

            assertThatThrownBy(() -> intent.amend(ANA, "", null, List.of(), DURING_WINDOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field")
                    .isEqualTo("statement");
            assertThat(intent.statement()).isEqualTo(statement);
            assertThat(intent.earlierStatements()).isEmpty();
        }

        @Test
        void recordsTheAmendmentWithTheObjectorsItAddressesAndWhomItReachesAgain() {
            var intent = objectedBy(BEN);
            var earlier = intent.statement();

            intent.amend(ANA, "Second try", null, List.of(ANA, CLE), DURING_WINDOW);

            assertThat(intent.releaseEvents()).singleElement().isInstanceOfSatisfying(IntentAmended.class, a -> {
                assertThat(a.actor()).isEqualTo(ANA);
                assertThat(a.statement()).isEqualTo("Second try");
                assertThat(a.earlierStatement()).isEqualTo(earlier);
                assertThat(a.objectionDeadline()).isEqualTo(intent.deadline());
                assertThat(a.addressedObjectors()).containsExactly(BEN);
                assertThat(a.informed()).containsExactly(CLE);
            });
        }

        @Test
        void anAmendmentDoesNotAddressAgainWhatAnEarlierOneAddressed() {
            var intent = objectedBy(BEN);
            intent.amend(ANA, "Second try", null, List.of(), DURING_WINDOW);
            intent.object(CLE, HARM, List.of(), DURING_WINDOW.plusSeconds(60));
            intent.releaseEvents();

            intent.amend(ANA, "Third try", null, List.of(), DURING_WINDOW.plusSeconds(120));

            assertThat(intent.releaseEvents())
                    .singleElement()
                    .isInstanceOfSatisfying(IntentAmended.class, a -> assertThat(a.addressedObjectors())
                            .containsExactly(CLE));
            assertThat(intent.earlierStatements()).hasSize(2);
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void onlyTheAuthorWithdraws() {
            var intent = objectedBy(BEN);

            assertThatThrownBy(() -> intent.withdraw(BEN, DURING_WINDOW)).isInstanceOf(NotPermitted.class);
            assertThat(intent.status()).isEqualTo(IntentStatus.OBJECTED);
        }

        @Test
        void recordsTheWithdrawalWithEveryoneWhoObjected() {
            var intent = objectedBy(BEN);
            intent.amend(ANA, "Second try", null, List.of(), DURING_WINDOW);
            intent.object(CLE, HARM, List.of(), DURING_WINDOW);
            intent.object(BEN, HARM, List.of(), DURING_WINDOW);
            intent.releaseEvents();

            intent.withdraw(ANA, DURING_WINDOW);

            assertThat(intent.status()).isEqualTo(IntentStatus.WITHDRAWN);
            assertThat(intent.releaseEvents()).singleElement().isInstanceOfSatisfying(IntentWithdrawn.class, w -> {
                assertThat(w.actor()).isEqualTo(ANA);
                assertThat(w.objectors()).containsExactly(BEN, CLE);
            });
        }

        @Test
        void aWithdrawnIntentTakesNoFurtherStep() {
            var intent = anIntent().by(ANA).declaredAndPublished();
            intent.withdraw(ANA, DURING_WINDOW);

            assertThatThrownBy(() -> intent.amend(ANA, "Again", null, List.of(), DURING_WINDOW))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("withdrawn");
            assertThatThrownBy(() -> intent.withdraw(ANA, DURING_WINDOW)).isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> intent.takeToAdvice(ANA, DecisionId.random(), DURING_WINDOW))
                    .isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> intent.proceed(WINDOW_ENDED)).isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> intent.recordResult(ANA, "Went fine", WINDOW_ENDED))
                    .isInstanceOf(RuleViolation.class);
            assertThat(intent.releaseEvents()).hasSize(1);
        }
    }

    @Nested
    class TakingToAdvice {

        @Test
        void onlyTheAuthorTakesAnIntentToAdvice() {
            var intent = objectedBy(BEN);

            assertThatThrownBy(() -> intent.takeToAdvice(BEN, DecisionId.random(), DURING_WINDOW))
                    .isInstanceOf(NotPermitted.class);
            assertThat(intent.decisionId()).isNull();
        }

        @Test
        void recordsTheDecisionItBecame() {
            var intent = objectedBy(BEN);
            var decision = DecisionId.random();

            intent.takeToAdvice(ANA, decision, DURING_WINDOW);

            assertThat(intent.status()).isEqualTo(IntentStatus.IN_ADVICE);
            assertThat(intent.decisionId()).isEqualTo(decision);
            assertThat(intent.releaseEvents()).singleElement().isInstanceOfSatisfying(IntentTakenToAdvice.class, t -> {
                assertThat(t.decisionId()).isEqualTo(decision);
                assertThat(t.actor()).isEqualTo(ANA);
                assertThat(t.at()).isEqualTo(DURING_WINDOW);
            });
        }

        @Test
        void anIntentInAdviceIsNotAmendedNorObjectedTo() {
            var intent = objectedBy(BEN);
            intent.takeToAdvice(ANA, DecisionId.random(), DURING_WINDOW);

            assertThatThrownBy(() -> intent.amend(ANA, "Again", null, List.of(), DURING_WINDOW))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("in advice");
            assertThatThrownBy(() -> intent.object(CLE, HARM, List.of(), DURING_WINDOW))
                    .isInstanceOf(RuleViolation.class);
        }
    }

    @Nested
    class Proceeding {

        @Test
        void proceedsAsOfTheDeadlineWhenTheWindowEndedWithoutObjection() {
            var intent = anIntent().by(ANA).declaredAndPublished();

            intent.proceed(WINDOW_ENDED.plus(Duration.ofMinutes(5)));

            assertThat(intent.status()).isEqualTo(IntentStatus.PROCEEDING);
            assertThat(intent.releaseEvents()).singleElement().isInstanceOfSatisfying(IntentProceeded.class, p -> {
                assertThat(p.at()).isEqualTo(intent.deadline());
                assertThat(p.actor()).isNull();
                assertThat(p.author()).isEqualTo(ANA);
            });
        }

        @Test
        void doesNotProceedWhileTheWindowRuns() {
            var intent = anIntent().declaredAndPublished();

            assertThatThrownBy(() -> intent.proceed(intent.deadline().minusMillis(1)))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("intent.proceed.windowRunning");
            assertThat(intent.status()).isEqualTo(IntentStatus.OPEN);
            assertThat(intent.releaseEvents()).isEmpty();
        }

        @Test
        void doesNotProceedWithAnOpenObjection() {
            var intent = objectedBy(BEN);

            assertThatThrownBy(() -> intent.proceed(WINDOW_ENDED))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("intent.proceed.notOpen");
            assertThat(intent.status()).isEqualTo(IntentStatus.OBJECTED);
        }

        @Test
        void proceedsOnceTheWindowOfAnAmendmentEnds() {
            var intent = objectedBy(BEN);
            var amendedAt = DURING_WINDOW.plus(Duration.ofHours(30));
            intent.amend(ANA, "Second try", null, List.of(), amendedAt);

            assertThatThrownBy(() -> intent.proceed(WINDOW_ENDED)).isInstanceOf(RuleViolation.class);
            intent.proceed(amendedAt.plus(Duration.ofHours(48)));

            assertThat(intent.status()).isEqualTo(IntentStatus.PROCEEDING);
        }

        @Test
        void aProceedingIntentIsNoLongerObjectedToAmendedOrWithdrawn() {
            var intent = anIntent().by(ANA).declaredAndPublished();
            intent.proceed(WINDOW_ENDED);

            assertThatThrownBy(() -> intent.object(BEN, HARM, List.of(), WINDOW_ENDED))
                    .isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> intent.amend(ANA, "Again", null, List.of(), WINDOW_ENDED))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("proceeding");
            assertThatThrownBy(() -> intent.withdraw(ANA, WINDOW_ENDED)).isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> intent.proceed(WINDOW_ENDED)).isInstanceOf(RuleViolation.class);
        }
    }

    @Nested
    class RecordingTheResult {

        @Test
        void recordsWhatCameOfAnIntentThatWentAhead() {
            var intent = anIntent().by(ANA).declaredAndPublished();
            intent.proceed(WINDOW_ENDED);
            intent.releaseEvents();

            intent.recordResult(ANA, "  Thursdays work better for everyone ", WINDOW_ENDED.plusSeconds(60));

            assertThat(intent.result()).isEqualTo("Thursdays work better for everyone");
            assertThat(intent.releaseEvents()).singleElement().isInstanceOfSatisfying(IntentResultRecorded.class, r -> {
                assertThat(r.result()).isEqualTo("Thursdays work better for everyone");
                assertThat(r.actor()).isEqualTo(ANA);
                assertThat(r.at()).isEqualTo(WINDOW_ENDED.plusSeconds(60));
            });
        }

        @Test
        void recordsTheResultOfAnIntentTakenToAdvice() {
            var intent = objectedBy(BEN);
            intent.takeToAdvice(ANA, DecisionId.random(), DURING_WINDOW);

            intent.recordResult(ANA, "We moved it after advice", DURING_WINDOW);

            assertThat(intent.result()).isEqualTo("We moved it after advice");
        }

        @Test
        void refusesAResultBeforeTheIntentWentAhead() {
            var intent = anIntent().by(ANA).declaredAndPublished();

            assertThatThrownBy(() -> intent.recordResult(ANA, "Too early", DURING_WINDOW))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("intent.result.notProceeding");
        }

        @Test
        void refusesAnEmptyResult() {
            var intent = anIntent().by(ANA).declaredAndPublished();
            intent.proceed(WINDOW_ENDED);

            assertThatThrownBy(() -> intent.recordResult(ANA, " ", WINDOW_ENDED))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field")
                    .isEqualTo("result");
            assertThat(intent.result()).isNull();
        }

        @Test
        void recordsTheResultOnlyOnce() {
            var intent = anIntent().by(ANA).declaredAndPublished();
            intent.proceed(WINDOW_ENDED);
            intent.recordResult(ANA, "It worked", WINDOW_ENDED);

            assertThatThrownBy(() -> intent.recordResult(ANA, "It worked twice", WINDOW_ENDED))
                    .isInstanceOf(StateConflict.class);
            assertThat(intent.result()).isEqualTo("It worked");
        }

        @Test
        void onlyTheAuthorRecordsTheResult() {
            var intent = anIntent().by(ANA).declaredAndPublished();
            intent.proceed(WINDOW_ENDED);

            assertThatThrownBy(() -> intent.recordResult(BEN, "It worked", WINDOW_ENDED))
                    .isInstanceOf(NotPermitted.class);
        }
    }
}
