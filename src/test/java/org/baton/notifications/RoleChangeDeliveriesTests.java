package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleChangeDeliveriesTests {

    @Test
    void aFailedRoleChangeHasItsWordsIsMailedAtOnceAndLinksToItsDecision() throws IOException {
        var messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String kind = RoleChangeDeliveries.KIND;

        assertThat(messages).containsKeys("inbox." + kind, "inbox." + kind + ".title", "inbox." + kind + ".detail");
        assertThat(NoticeKinds.known(kind)).isTrue();
        assertThat(NoticeKinds.defaultFor(kind)).isEqualTo(Delivery.IMMEDIATELY);
        var decision = UUID.randomUUID();
        assertThat(MailChannel.pathOf(RoleChangeDeliveries.SUBJECT, decision)).isEqualTo("/decisions/" + decision);
    }
}
