package org.baton.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baton.accounts.Caller;
import org.baton.shared.NotPermitted;
import org.junit.jupiter.api.Test;

class AuditReadersTests {

    Caller admin = new Caller(AccountEvents.ORG, AccountEvents.ADA, "ada@example.org", true, false);
    Caller member = new Caller(AccountEvents.ORG, AccountEvents.BEA, "bea@example.org", false, false);
    Caller operatorWithoutAdminRights = new Caller(AccountEvents.ORG, AccountEvents.BEA, "op@example.org", false, true);

    @Test
    void theOrganizationsAdminsReadItsAuditLog() {
        assertThat(AuditReaders.mayRead(admin)).isTrue();
        assertThatCode(() -> AuditReaders.requireMayRead(admin)).doesNotThrowAnyException();
    }

    @Test
    void aMemberMayNotReadTheAuditLog() {
        assertThat(AuditReaders.mayRead(member)).isFalse();
        assertThatThrownBy(() -> AuditReaders.requireMayRead(member)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void runningTheSiteGivesNoRightToAnOrganizationsAuditLog() {
        assertThatThrownBy(() -> AuditReaders.requireMayRead(operatorWithoutAdminRights))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThat(AuditReaders.mayRead(null)).isFalse();
    }
}
