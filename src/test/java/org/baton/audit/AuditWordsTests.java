package org.baton.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AuditWordsTests {

    @Test
    void everyKindAndEveryPauseHasItsWordsInTheMessages() throws IOException {
        var messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(Arrays.stream(AuditKind.values()).map(kind -> "audit.kind." + kind.name()))
                .allSatisfy(key -> assertThat(messages).containsKey(key));
        assertThat(Arrays.stream(AuditEntries.Paused.values()).map(paused -> "audit.detail.paused." + paused.name()))
                .allSatisfy(key -> assertThat(messages).containsKey(key));
    }
}
