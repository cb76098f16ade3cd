package org.baton.web.roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.roles.RoleType;

/**
 * One role on the roles map: its holders today, the seats nobody holds (shown striped) and, in the tree, its
 * sub-roles.
 */
record RoleCard(
        UUID id, String title, RoleType type, int seats, List<Holder> holders, int vacancies, List<RoleCard> subRoles) {

    /** Someone holding the role today; {@code endsSoon} when their assignment ends within 30 days. */
    record Holder(UUID personId, String name, LocalDate endsOn, boolean endsSoon) {}

    boolean endingSoon() {
        return holders.stream().anyMatch(Holder::endsSoon);
    }
}
