package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.principles.Coherence.BO;
import static org.baton.principles.Coherence.NOW;
import static org.baton.principles.Coherence.ORG;

import java.util.UUID;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class TensionTests {

    static final PrincipleId PRINCIPLE = new PrincipleId(UUID.randomUUID());
    static final UUID DECISION = UUID.randomUUID();

    @Test
    void aFlagSaysHowTheWorkRubbedAndWhoFlaggedIt() {
        var tension = Tension.flag(ORG, PRINCIPLE, "DECISION", DECISION, " Forced a second goal ", BO, NOW);

        assertThat(tension.source()).isEqualTo(Tension.Source.FLAG);
        assertThat(tension.note()).isEqualTo("Forced a second goal");
        assertThat(tension.recordedEvents())
                .containsExactly(new TensionRaised(
                        ORG,
                        NOW,
                        BO,
                        tension.id(),
                        PRINCIPLE,
                        Tension.Source.FLAG,
                        "DECISION",
                        DECISION,
                        "Forced a second goal"));
    }

    @Test
    void refusesAFlagWithoutANote() {
        assertThatThrownBy(() -> Tension.flag(ORG, PRINCIPLE, "DECISION", DECISION, " ", BO, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("tension.note.required"));
    }

    @Test
    void onlyDecisionsAndIntentsCanBeFlagged() {
        assertThatThrownBy(() -> Tension.flag(ORG, PRINCIPLE, "MISSION", DECISION, "It rubbed", BO, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("subjectType"));
        assertThat(Tension.flag(ORG, PRINCIPLE, "INTENT", DECISION, "It rubbed", BO, NOW)
                        .subjectType())
                .isEqualTo("INTENT");
    }

    @Test
    void anObjectionCitingAPrincipleIsATensionFromTheObjector() {
        var tension = Tension.fromObjection(ORG, PRINCIPLE, "INTENT", DECISION, "Blocks the fix", BO, NOW);

        assertThat(tension.source()).isEqualTo(Tension.Source.OBJECTION);
        assertThat(tension.raisedBy()).isEqualTo(BO);
        assertThat(tension.recordedEvents()).singleElement().isInstanceOf(TensionRaised.class);
    }
}
