package org.baton.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.baton.shared.ChangeReserved;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationChange.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may change the centre, decision areas, their zones and mandates now (DOMAIN.md §13). */
class CentreAuthorityTests {

    static final UUID DECIDED = UUID.fromString("00000000-0000-0000-0000-00000000d003");

    @ParameterizedTest
    @EnumSource(
            value = OrganizationChange.class,
            names = {"CENTRE", "DECISION_AREAS", "MANDATES"})
    void letsTheAdminActForACentreNotAppointedYet(OrganizationChange change) {
        assertThat(CentreAuthority.mayChangeDirectly(true, false)).isTrue();
        assertThatCode(() -> CentreAuthority.require(change, true, false, null)).doesNotThrowAnyException();
        assertThat(CentreAuthority.process(change, false)).isEqualTo(Process.ADMIN_UNTIL_CENTRE_EXISTS);
    }

    @ParameterizedTest
    @EnumSource(
            value = OrganizationChange.class,
            names = {"CENTRE", "DECISION_AREAS", "MANDATES"})
    void refusesADirectChangeOnceTheCentreExistsEvenToTheAdmin(OrganizationChange change) {
        assertThatThrownBy(() -> CentreAuthority.require(change, true, true, null))
                .isInstanceOfSatisfying(ChangeReserved.class, e -> {
                    assertThat(e.change()).isEqualTo(change);
                    assertThat(e.process()).isEqualTo(Process.CONSENT_OF_CENTRE);
                    assertThat(e.code()).isEqualTo("authority.structure.byCentre");
                });
    }

    @ParameterizedTest
    @EnumSource(
            value = OrganizationChange.class,
            names = {"CENTRE", "DECISION_AREAS", "MANDATES"})
    void refusesAMemberADirectChangeWhileTheAdminActsForTheCentre(OrganizationChange change) {
        assertThatThrownBy(() -> CentreAuthority.require(change, false, false, null))
                .isInstanceOfSatisfying(ChangeReserved.class, e -> assertThat(e.process())
                        .isEqualTo(Process.ADMIN_UNTIL_CENTRE_EXISTS));
    }

    @ParameterizedTest
    @EnumSource(
            value = OrganizationChange.class,
            names = {"CENTRE", "DECISION_AREAS", "MANDATES"})
    void makesAChangeTheCentreDecidedByConsent(OrganizationChange change) {
        assertThatCode(() -> CentreAuthority.require(change, false, true, DECIDED))
                .doesNotThrowAnyException();
        assertThat(CentreAuthority.process(change, true)).isEqualTo(Process.CONSENT_OF_CENTRE);
    }
}
