package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.baton.missions.MissionStatus;
import org.junit.jupiter.api.Test;

class StaffingWindowTests {

    @Test
    void staffsOnlyAProposedMissionOrOneInStaffing() {
        assertThat(Arrays.stream(MissionStatus.values()).filter(StaffingWindow::open))
                .containsExactly(MissionStatus.PROPOSED, MissionStatus.STAFFING);
    }
}
