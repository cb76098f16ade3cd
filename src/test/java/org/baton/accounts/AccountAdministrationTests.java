package org.baton.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.OrganizationId;
import org.junit.jupiter.api.Test;

class AccountAdministrationTests {

    OrganizationId org = OrganizationId.random();
    PersonId bea = new PersonId(UUID.randomUUID());
    Caller admin = new Caller(org, new PersonId(UUID.randomUUID()), "ada@example.org", true, false);
    Caller member = new Caller(org, new PersonId(UUID.randomUUID()), "mo@example.org", false, false);

    @Test
    void anAdminGivesAccountsAndAdminRights() {
        assertThatCode(() -> AccountAdministration.requireMayGrant(admin)).doesNotThrowAnyException();
        assertThatCode(() -> AccountAdministration.requireMayChangeAdminRights(admin, bea))
                .doesNotThrowAnyException();
    }

    @Test
    void aMemberGivesNeitherAccountsNorAdminRights() {
        assertThatThrownBy(() -> AccountAdministration.requireMayGrant(member)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> AccountAdministration.requireMayChangeAdminRights(member, bea))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void anAdminCannotTakeTheirOwnAdminRights() {
        assertThatThrownBy(() -> AccountAdministration.requireMayChangeAdminRights(admin, admin.personId()))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void pagesOfferTheAdminRightsStepExactlyWhereThePolicyAllowsIt() {
        assertThat(AccountAdministration.mayChangeAdminRights(admin, bea)).isTrue();
        assertThat(AccountAdministration.mayChangeAdminRights(admin, admin.personId()))
                .isFalse();
        assertThat(AccountAdministration.mayChangeAdminRights(member, bea)).isFalse();
    }
}
