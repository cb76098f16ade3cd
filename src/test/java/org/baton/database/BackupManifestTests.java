package org.baton.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupManifestTests {

    private final BackupManifest manifest = new BackupManifest(
            "0.1.0",
            "17",
            Instant.parse("2026-11-30T01:00:00Z"),
            List.of(
                    new BackupManifest.Part("organizations", List.of("id", "name"), 3, "ab12"),
                    new BackupManifest.Part("log_entries", List.of("organization_id", "sequence"), 40, "cd34")));

    @Test
    void readsBackWhatItWrote() throws IOException {
        var out = new ByteArrayOutputStream();
        manifest.writeTo(out);

        var read = BackupManifest.readFrom(new ByteArrayInputStream(out.toByteArray()));

        assertThat(read).isEqualTo(manifest);
        assertThat(read.rows()).isEqualTo(43);
        assertThat(read.parts().getFirst().entry()).isEqualTo("tables/organizations.copy");
    }

    @Test
    void refusesAManifestOfAnotherFormatOrWithAPartMissing() throws IOException {
        var out = new ByteArrayOutputStream();
        manifest.writeTo(out);
        var text = out.toString(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BackupManifest.readFrom(stream(text.replace("baton-backup-1", "other"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("format");
        assertThatThrownBy(() ->
                        BackupManifest.readFrom(stream(text.replaceAll("(?m)^table\\.log_entries\\.rows=.*$", ""))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("table.log_entries.rows");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
