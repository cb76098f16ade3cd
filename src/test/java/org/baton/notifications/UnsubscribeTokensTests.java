package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTests {

    static final byte[] KEY = "a key of thirty-two bytes, nearly".getBytes();
    final UnsubscribeTokens tokens = new UnsubscribeTokens(KEY);
    final Unsubscription ana = new Unsubscription(
            new OrganizationId(UUID.randomUUID()), new PersonId(UUID.randomUUID()), "decisionConsentAsked");

    @Test
    void standsForThePersonAndKindItWasSignedFor() {
        assertThat(tokens.verify(tokens.sign(ana))).contains(ana);
    }

    @Test
    void isSafeInAPath() {
        assertThat(tokens.sign(ana)).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void refusesATokenWhoseKindWasChanged() {
        String token = tokens.sign(ana);
        var other = new Unsubscription(ana.organizationId(), ana.personId(), "decisionDecided");
        String forged =
                tokens.sign(other).substring(0, tokens.sign(other).indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        var elsewhere = new UnsubscribeTokens("another key, also thirty-two by".getBytes());
        assertThat(tokens.verify(elsewhere.sign(ana))).isEmpty();
    }

    @Test
    void refusesGarbage() {
        assertThat(tokens.verify("not-a-token")).isEmpty();
        assertThat(tokens.verify("!!!.???")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("a".repeat(5000))).isEmpty();
    }
}
