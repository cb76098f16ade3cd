package org.baton.network.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

/** The levels of the hierarchy and the tenure bands the mix weighs. */
class SelectionFactsTests {

    @Test
    void aPersonsLevelIsTheirDepthInTheReportingTree() {
        var ceo = PersonId.random();
        var head = PersonId.random();
        var engineer = PersonId.random();
        var reportsTo = new HashMap<PersonId, PersonId>();
        reportsTo.put(head, ceo);
        reportsTo.put(engineer, head);

        var hierarchy = new Hierarchy(reportsTo);

        assertThat(hierarchy.levelOf(ceo)).isEqualTo(1);
        assertThat(hierarchy.levelOf(head)).isEqualTo(2);
        assertThat(hierarchy.levelOf(engineer)).isEqualTo(3);
    }

    @Test
    void aReportingLineThatComesBackOnItselfEndsBeforeRepeatingSomeone() {
        var a = PersonId.random();
        var b = PersonId.random();
        var reportsTo = new HashMap<PersonId, PersonId>();
        reportsTo.put(a, b);
        reportsTo.put(b, a);

        assertThat(new Hierarchy(reportsTo).levelOf(a)).isEqualTo(2);
    }

    @Test
    void tenureFallsInBandsOfUnderAYearOneToThreeYearsAndOverThree() {
        var today = LocalDate.parse("2026-11-30");

        assertThat(Tenure.of(Instant.parse("2026-01-01T00:00:00Z"), today)).isEqualTo(Tenure.UNDER_ONE_YEAR);
        assertThat(Tenure.of(Instant.parse("2025-11-30T00:00:00Z"), today)).isEqualTo(Tenure.ONE_TO_THREE_YEARS);
        assertThat(Tenure.of(Instant.parse("2023-12-01T00:00:00Z"), today)).isEqualTo(Tenure.ONE_TO_THREE_YEARS);
        assertThat(Tenure.of(Instant.parse("2023-11-30T00:00:00Z"), today)).isEqualTo(Tenure.OVER_THREE_YEARS);
    }
}
