package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.junit.jupiter.api.Test;

class ReplyTokensTests {

    static final byte[] KEY = "a key of thirty-two bytes, nearly".getBytes();
    final ReplyTokens tokens = new ReplyTokens(KEY);
    final ReplyTo ana = new ReplyTo(
            new OrganizationId(UUID.randomUUID()),
            new PersonId(UUID.randomUUID()),
            ReplyTo.Kind.CONSENT,
            UUID.randomUUID());

    @Test
    void standsForThePersonSubjectAndKindItWasSignedFor() {
        assertThat(tokens.verify(tokens.sign(ana))).contains(ana);
    }

    @Test
    void isSafeInTheLocalPartOfAnAddressAndInAUrl() {
        assertThat(tokens.sign(ana)).matches("[A-Za-z0-9_-]+").hasSizeLessThan(90);
    }

    @Test
    void refusesATokenWithOneCharacterChanged() {
        String token = tokens.sign(ana);
        int middle = token.length() / 2;
        char changed = token.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, middle) + changed + token.substring(middle + 1);
        assertThat(tokens.verify(tampered)).isEmpty();
    }

    @Test
    void refusesTheSignatureOfOnePersonOnAnotherPersonsPayload() {
        var ben = new ReplyTo(ana.organizationId(), new PersonId(UUID.randomUUID()), ana.kind(), ana.subjectId());
        String anas = tokens.sign(ana);
        String bens = tokens.sign(ben);
        int payload = 66; // 49 bytes of payload are 65⅓ characters; the signature starts after them
        String forged = bens.substring(0, payload) + anas.substring(payload);
        assertThat(tokens.verify(forged)).isEmpty();
        assertThat(tokens.verify(bens)).contains(ben);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        var elsewhere = new ReplyTokens("another key, also thirty-two by".getBytes());
        assertThat(tokens.verify(elsewhere.sign(ana))).isEmpty();
    }

    @Test
    void refusesAnUnsubscribeTokenOfTheSameKey() {
        String unsubscribe = new UnsubscribeTokens(KEY)
                .sign(new Unsubscription(ana.organizationId(), ana.personId(), "decisionConsentAsked"));
        assertThat(tokens.verify(unsubscribe)).isEmpty();
    }

    @Test
    void refusesGarbage() {
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("not a token!")).isEmpty();
        assertThat(tokens.verify("A".repeat(500))).isEmpty();
    }
}
