package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.intents.IntentAmended;
import org.baton.intents.IntentDeclared;
import org.baton.intents.IntentEvent;
import org.baton.intents.IntentId;
import org.baton.intents.IntentObjectionRaised;
import org.baton.intents.IntentProceeded;
import org.baton.intents.IntentResultRecorded;
import org.baton.intents.IntentTakenToAdvice;
import org.baton.intents.IntentWithdrawn;
import org.baton.notifications.IntentDeliveries.Delivery;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;
import org.junit.jupiter.api.Test;

/** Who hears of each step of an intent, in which words. */
class IntentDeliveriesTests {

    static final OrganizationId ORG = OrganizationId.random();
    static final IntentId INTENT = IntentId.random();
    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    static final PersonId AUTHOR = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CLE = PersonId.random();
    static final String STATEMENT = "I intend to move the weekly demo to Thursdays";
    static final String HARM = "Clients were promised the Friday demo.";

    @Test
    void aDeclarationReachesThePeopleItNamesAsInformed() {
        var declared = new IntentDeclared(
                ORG, INTENT, AT, AUTHOR, STATEMENT, "", Scope.ORGANIZATION, null, null, AT, List.of(BEN, CLE));

        assertThat(IntentDeliveries.deliveryOf(declared))
                .isEqualTo(new Delivery(List.of(BEN, CLE), "intentDeclared", ""));
    }

    @Test
    void anObjectionReachesTheAuthorWithTheHarm() {
        var raised = new IntentObjectionRaised(
                ORG, INTENT, AT, BEN, STATEMENT, "", Scope.ORGANIZATION, UUID.randomUUID(), HARM, List.of(), AUTHOR);

        assertThat(IntentDeliveries.deliveryOf(raised))
                .isEqualTo(new Delivery(List.of(AUTHOR), "intentObjectionRaised", HARM));
    }

    @Test
    void anAmendmentReachesThePeopleOfItsScopeAndTheObjectorsItAddressesOnceEach() {
        var amended = new IntentAmended(
                ORG,
                INTENT,
                AT,
                AUTHOR,
                "Thursdays for a month",
                "",
                Scope.ORGANIZATION,
                STATEMENT,
                AT,
                List.of(CLE, AUTHOR),
                List.of(BEN, CLE));

        assertThat(IntentDeliveries.deliveryOf(amended))
                .isEqualTo(new Delivery(List.of(BEN, CLE), "intentAmended", "Thursdays for a month"));
    }

    @Test
    void aWithdrawalReachesEveryoneWhoObjected() {
        var withdrawn =
                new IntentWithdrawn(ORG, INTENT, AT, AUTHOR, STATEMENT, "", Scope.ORGANIZATION, List.of(BEN, CLE));

        assertThat(IntentDeliveries.deliveryOf(withdrawn))
                .isEqualTo(new Delivery(List.of(BEN, CLE), "intentWithdrawn", ""));
    }

    @Test
    void proceedingTellsTheAuthorToGoAhead() {
        var proceeded = new IntentProceeded(ORG, INTENT, AT, null, STATEMENT, "", Scope.ORGANIZATION, AUTHOR);

        assertThat(IntentDeliveries.deliveryOf(proceeded))
                .isEqualTo(new Delivery(List.of(AUTHOR), "intentProceeding", ""));
    }

    @Test
    void takingToAdviceAndRecordingTheResultTellNobody() {
        var advice = new IntentTakenToAdvice(
                ORG, INTENT, AT, AUTHOR, STATEMENT, "", Scope.ORGANIZATION, DecisionId.random());
        var result = new IntentResultRecorded(ORG, INTENT, AT, AUTHOR, STATEMENT, "", Scope.ORGANIZATION, "It worked");

        assertThat(IntentDeliveries.deliveryOf(advice).to()).isEmpty();
        assertThat(IntentDeliveries.deliveryOf(result).to()).isEmpty();
    }

    @Test
    void everyKindOfDeliveryHasItsWordsInTheMessages() throws IOException {
        var messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<IntentEvent> everyStep = List.of(
                new IntentDeclared(
                        ORG, INTENT, AT, AUTHOR, STATEMENT, "", Scope.ORGANIZATION, null, null, AT, List.of()),
                new IntentObjectionRaised(
                        ORG,
                        INTENT,
                        AT,
                        BEN,
                        STATEMENT,
                        "",
                        Scope.ORGANIZATION,
                        UUID.randomUUID(),
                        HARM,
                        List.of(),
                        AUTHOR),
                new IntentAmended(
                        ORG, INTENT, AT, AUTHOR, STATEMENT, "", Scope.ORGANIZATION, "", AT, List.of(), List.of()),
                new IntentWithdrawn(ORG, INTENT, AT, AUTHOR, STATEMENT, "", Scope.ORGANIZATION, List.of()),
                new IntentProceeded(ORG, INTENT, AT, null, STATEMENT, "", Scope.ORGANIZATION, AUTHOR),
                new IntentTakenToAdvice(
                        ORG, INTENT, AT, AUTHOR, STATEMENT, "", Scope.ORGANIZATION, DecisionId.random()),
                new IntentResultRecorded(ORG, INTENT, AT, AUTHOR, STATEMENT, "", Scope.ORGANIZATION, "It worked"));

        assertThat(everyStep)
                .map(step -> "inbox." + IntentDeliveries.deliveryOf(step).kind())
                .allSatisfy(key -> assertThat(messages).containsKey(key))
                .doesNotHaveDuplicates();
    }
}
