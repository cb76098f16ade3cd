package org.baton.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.people.PersonBuilder.NOW;
import static org.baton.people.PersonBuilder.aPerson;

import java.util.Map;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Whom a person reports to is set by an admin, never themselves, never in a circle. */
class ReportingLinesTests {

    static final PersonId ADMIN = PersonId.random();
    static final PersonId ANA = PersonId.random();
    static final PersonId CHRIS = PersonId.random();

    @Test
    void letsAnAdminSetAndClearWhomAPersonReportsTo() {
        var ben = aPerson().named("Ben").loaded();

        ben.reportTo(ANA, ADMIN, true, above -> null, NOW);
        ben.reportTo(null, ADMIN, true, above -> null, NOW);

        assertThat(ben.reportsToId()).isNull();
        assertThat(ben.releaseEvents())
                .containsExactly(
                        new ReportingLineChanged(ben.organizationId(), ben.id(), NOW, ADMIN, "Ben", ANA, null),
                        new ReportingLineChanged(ben.organizationId(), ben.id(), NOW, ADMIN, "Ben", null, ANA));
    }

    @Test
    void refusesAnyoneButAnAdminEvenThePersonThemselves() {
        var ben = aPerson().named("Ben").loaded();

        assertThatThrownBy(() -> ben.reportTo(ANA, ben.id(), false, above -> null, NOW))
                .isInstanceOf(NotPermitted.class);
        assertThat(ben.reportsToId()).isNull();
        assertThat(ReportingLines.allowsChangesBy(false)).isFalse();
        assertThat(ReportingLines.allowsChangesBy(true)).isTrue();
    }

    @Test
    void refusesReportingToOneself() {
        var ben = aPerson().named("Ben").loaded();

        assertThatThrownBy(() -> ben.reportTo(ben.id(), ADMIN, true, above -> null, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("reportsTo.self"));
    }

    @Test
    void refusesALineThatRunsInACircleUpTheHierarchy() {
        var ben = aPerson().named("Ben").loaded();
        // Ana reports to Chris, who reports to Ben: Ben reporting to Ana closes the circle.
        var managers = Map.of(ANA, CHRIS, CHRIS, ben.id());

        assertThatThrownBy(() -> ben.reportTo(ANA, ADMIN, true, managers::get, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("managerId");
                    assertThat(e.code()).isEqualTo("reportsTo.cycle");
                });
        assertThat(ben.reportsToId()).isNull();
        assertThat(ben.releaseEvents()).isEmpty();
    }

    @Test
    void stopsAtAnExistingCircleThatDoesNotIncludeThePerson() {
        var ben = aPerson().named("Ben").loaded();
        var managers = Map.of(ANA, CHRIS, CHRIS, ANA);

        ben.reportTo(ANA, ADMIN, true, managers::get, NOW);

        assertThat(ben.reportsToId()).isEqualTo(ANA);
    }
}
