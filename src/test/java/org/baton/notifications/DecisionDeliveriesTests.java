package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.baton.decisions.ConsultationAnswered;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.DecisionRaised;
import org.baton.decisions.DecisionSubject;
import org.baton.notifications.DecisionDeliveries.Delivery;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;
import org.junit.jupiter.api.Test;

/** Who hears of a decision being raised and of the consultation's answers, in which words. */
class DecisionDeliveriesTests {

    static final OrganizationId ORG = OrganizationId.random();
    static final DecisionId DECISION = DecisionId.random();
    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CLE = PersonId.random();
    static final DecisionSubject SUBJECT =
            new DecisionSubject("Move to a four-day week", "Burnout shows in the survey", Scope.ORGANIZATION);

    // Raising and consultations never ask the zones who the centre is.
    final DecisionDeliveries deliveries = new DecisionDeliveries(null, null, null);

    static DecisionRaised raised(DecisionMethod method, List<PersonId> participants, List<PersonId> impacted) {
        return new DecisionRaised(ORG, DECISION, AT, ANA, SUBJECT, method, ANA, null, null, participants, impacted);
    }

    @Test
    void aConsentRoundAsksEachParticipantForTheirConsent() {
        assertThat(deliveries.deliveryOf(raised(DecisionMethod.CONSENT, List.of(BEN, CLE), List.of())))
                .isEqualTo(new Delivery(List.of(BEN, CLE), "decisionConsentAsked", ""));
    }

    @Test
    void consultingTheImpactedAsksEachOfThem() {
        assertThat(deliveries.deliveryOf(raised(DecisionMethod.CONSULT_IMPACTED, List.of(), List.of(CLE))))
                .isEqualTo(new Delivery(List.of(CLE), "decisionConsultationAsked", ""));
    }

    @Test
    void aDecisionThatAsksNobodyReachesNobody() {
        assertThat(deliveries.deliveryOf(raised(DecisionMethod.ADVICE, List.of(), List.of())))
                .isEqualTo(new Delivery(List.of(), "decisionRaised", ""));
    }

    @Test
    void anAnswerToTheConsultationReachesTheDeciderWithWhatWasSaid() {
        var answered = new ConsultationAnswered(ORG, DECISION, AT, CLE, SUBJECT, ANA, "Support can live with it");
        assertThat(deliveries.deliveryOf(answered))
                .isEqualTo(new Delivery(List.of(ANA), "decisionConsultationAnswered", "Support can live with it"));
    }

    @Test
    void everyNewKindHasItsWordsInTheMessageBundle() throws IOException {
        var messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(List.of("decisionConsentAsked", "decisionConsultationAsked", "decisionConsultationAnswered"))
                .allSatisfy(kind -> assertThat(messages).containsKey("inbox." + kind));
    }
}
