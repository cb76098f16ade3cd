package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.baton.notifications.NotificationPreferences.Choice;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTests {

    @Test
    void mailsAtOnceWhatAsksSomethingOfAPersonOrTouchesTheirOwnWork() {
        assertThat(List.of(
                        "decisionConsentAsked",
                        "decisionAdviceRequested",
                        "decisionObjectionRaised",
                        "intentObjectionRaised",
                        "intentDeclared",
                        "decisionReviewDue"))
                .allSatisfy(kind -> assertThat(NoticeKinds.defaultFor(kind)).isEqualTo(Delivery.IMMEDIATELY));
    }

    @Test
    void keepsTheRestForTheDigest() {
        assertThat(List.of("decisionDecided", "decisionAdviceGiven", "intentProceeding", "intentWithdrawn"))
                .allSatisfy(kind -> assertThat(NoticeKinds.defaultFor(kind)).isEqualTo(Delivery.DIGEST));
    }

    @Test
    void keepsAKindNobodyListedYetForTheDigest() {
        assertThat(NoticeKinds.known("someFutureKind")).isFalse();
        assertThat(NoticeKinds.defaultFor("someFutureKind")).isEqualTo(Delivery.DIGEST);
    }

    @Test
    void listsEveryKindOnce() {
        assertThat(NoticeKinds.ALL).doesNotHaveDuplicates().contains("signInPaused", "decisionConsentAsked");
    }

    @Test
    void readsEachChoiceAsADelivery() {
        assertThat(NotificationPreferences.valid(List.of(
                        new Choice("decisionDecided", "IMMEDIATELY"), new Choice("decisionConsentAsked", "off"))))
                .containsEntry("decisionDecided", Delivery.IMMEDIATELY)
                .containsEntry("decisionConsentAsked", Delivery.OFF);
    }

    @Test
    void refusesAnUnknownKindNamingWhichChoice() {
        assertThatThrownBy(() -> NotificationPreferences.valid(
                        List.of(new Choice("decisionDecided", "OFF"), new Choice("newsletter", "OFF"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("preferences[1].kind"));
    }

    @Test
    void refusesAnUnknownDelivery() {
        assertThatThrownBy(() -> NotificationPreferences.valid(List.of(new Choice("decisionDecided", "WEEKLY"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("preferences[0].delivery"));
    }
}
