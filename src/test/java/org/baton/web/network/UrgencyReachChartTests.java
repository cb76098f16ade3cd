package org.baton.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.network.UrgencyReach;
import org.junit.jupiter.api.Test;

class UrgencyReachChartTests {

    private static final LocalDate FIRST_WEEK = LocalDate.parse("2026-06-08");

    @Test
    void drawsAPointPerWeekFromTheBottomAtNobodyToTheTopAtEveryone() {
        var chart = UrgencyReachChart.of(reach(List.of()));

        assertThat(chart.dots()).hasSize(UrgencyReach.WEEKS);
        assertThat(chart.dots().getFirst().y()).isEqualTo("192.0");
        assertThat(chart.dots().getLast().y()).isEqualTo("16.0");
        assertThat(chart.line().split(" ")).hasSize(UrgencyReach.WEEKS);
    }

    @Test
    void labelsThisWeekAndEveryFifthWeekBeforeIt() {
        var chart = UrgencyReachChart.of(reach(List.of()));

        assertThat(chart.weeks())
                .extracting(UrgencyReachChart.WeekLabel::week)
                .containsExactly(
                        FIRST_WEEK,
                        FIRST_WEEK.plusWeeks(5),
                        FIRST_WEEK.plusWeeks(10),
                        FIRST_WEEK.plusWeeks(15),
                        FIRST_WEEK.plusWeeks(20),
                        FIRST_WEEK.plusWeeks(25));
    }

    @Test
    void drawsABarPerHomeBaseAsLongAsItsShareWithALongNameShortened() {
        var chart = UrgencyReachChart.of(reach(List.of(
                new UrgencyReach.HomeBaseShare(new HomeBaseId(UUID.randomUUID()), "Billing", 0.5, 1, 2),
                new UrgencyReach.HomeBaseShare(
                        new HomeBaseId(UUID.randomUUID()), "Customer onboarding and activation", 0.25, 1, 4))));

        assertThat(chart.bars()).extracting(UrgencyReachChart.Bar::width).containsExactly("190.0", "95.0");
        assertThat(chart.bars()).extracting(UrgencyReachChart.Bar::percent).containsExactly(50L, 25L);
        assertThat(chart.bars().get(1).name()).hasSize(24).endsWith("…");
        assertThat(chart.barsHeight()).isEqualTo(76);
    }

    /** Reach climbing evenly from nobody in the first week to everyone in this one. */
    private static UrgencyReach reach(List<UrgencyReach.HomeBaseShare> byHomeBase) {
        var series = new ArrayList<UrgencyReach.WeekPoint>();
        for (int i = 0; i < UrgencyReach.WEEKS; i++) {
            series.add(new UrgencyReach.WeekPoint(FIRST_WEEK.plusWeeks(i), i / 25.0, i, 25, List.of()));
        }
        return new UrgencyReach(1.0, 25, 25, byHomeBase, series);
    }
}
