package org.baton.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How verify-log finds the checkpoint file among its arguments. */
class VerifyLogCommandTests {

    @Test
    void readsTheFileAfterAgainst() {
        assertThat(VerifyLogCommand.against(new String[] {"--baton.log.key=k", "--against", "saved.json"}))
                .isEqualTo("saved.json");
        assertThat(VerifyLogCommand.against(new String[] {"--against=saved.json"}))
                .isEqualTo("saved.json");
    }

    @Test
    void checksNoCheckpointsWithoutAgainst() {
        assertThat(VerifyLogCommand.against(new String[] {"--baton.log.key=k"})).isNull();
        assertThat(VerifyLogCommand.against(new String[] {"--against"})).isNull();
    }
}
