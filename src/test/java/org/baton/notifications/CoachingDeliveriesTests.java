package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.baton.people.PersonId;
import org.baton.roles.CoachingBookingCancelled;
import org.baton.roles.CoachingSessionBooked;
import org.baton.roles.CoachingSlotId;
import org.baton.roles.CoachingSlotPublished;
import org.baton.roles.CoachingSlotWithdrawn;
import org.baton.shared.OrganizationId;
import org.junit.jupiter.api.Test;

/** Who hears of a coaching session being booked or cancelled. */
class CoachingDeliveriesTests {

    static final OrganizationId ORG = OrganizationId.random();
    static final CoachingSlotId SLOT = CoachingSlotId.random();
    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    static final Instant STARTS = Instant.parse("2026-12-01T10:00:00Z");
    static final PersonId CORA = PersonId.random();
    static final PersonId BEN = PersonId.random();

    @Test
    void aBookingReachesTheCoachNamingTheBooker() {
        var delivery = CoachingDeliveries.deliveryOf(
                new CoachingSessionBooked(ORG, SLOT, AT, CORA, STARTS, "Giving feedback", BEN));

        assertThat(delivery.to()).containsExactly(CORA);
        assertThat(delivery.kind()).isEqualTo("coachingSessionBooked");
        assertThat(delivery.about()).isEqualTo(BEN);
    }

    @Test
    void aCancellationReachesWhoeverDidNotCancel() {
        var byBooker = CoachingDeliveries.deliveryOf(
                new CoachingBookingCancelled(ORG, SLOT, AT, CORA, STARTS, "Giving feedback", BEN, BEN));
        var byCoach = CoachingDeliveries.deliveryOf(
                new CoachingBookingCancelled(ORG, SLOT, AT, CORA, STARTS, "Giving feedback", BEN, CORA));

        assertThat(byBooker.to()).containsExactly(CORA);
        assertThat(byCoach.to()).containsExactly(BEN);
        assertThat(byCoach.about()).isEqualTo(CORA);
    }

    @Test
    void publishingAndWithdrawingASlotTellNobody() {
        assertThat(CoachingDeliveries.deliveryOf(new CoachingSlotPublished(
                                ORG, SLOT, AT, CORA, STARTS, STARTS.plusSeconds(3600), "Giving feedback"))
                        .to())
                .isEmpty();
        assertThat(CoachingDeliveries.deliveryOf(
                                new CoachingSlotWithdrawn(ORG, SLOT, AT, CORA, STARTS, "Giving feedback"))
                        .to())
                .isEmpty();
    }

    @Test
    void everyKindOfCoachingNoticeHasItsWordsAndADeliveryChoice() throws IOException {
        var messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(List.of("coachingSessionBooked", "coachingBookingCancelled")).allSatisfy(kind -> {
            assertThat(messages).containsKey("inbox." + kind);
            assertThat(NoticeKinds.known(kind)).isTrue();
            assertThat(NoticeKinds.defaultFor(kind)).isEqualTo(Delivery.IMMEDIATELY);
        });
        assertThat(MailChannel.pathOf(CoachingDeliveries.SUBJECT, SLOT.value())).isEqualTo("/coaching");
    }
}
