package org.baton.roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * What a role is, as its definer gives it: type, title ("Lead Marketing"), purpose, accountabilities, scope, a
 * parent role (a sub-area), how many holders it wants (seats) and when it is reviewed. Checked here, whole, so a
 * role is never saved half-defined. A role scoped to one person is only ever a task owner's or a work role.
 */
public record RoleDefinition(
        RoleType type,
        String title,
        String purpose,
        List<String> accountabilities,
        RoleScope scope,
        RoleId parentId,
        int seats,
        LocalDate reviewOn) {

    public static final int MAX_SEATS = 1000;

    /** The only kinds of role a person may define for themselves (a role scoped to one person). */
    public static final Set<RoleType> PERSONAL_TYPES = Set.of(RoleType.TASK_OWNER, RoleType.WORK);

    public RoleDefinition {
        if (type == null) {
            throw new RuleViolation("type", "role.type.required", "Choose the kind of role.");
        }
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "role.title.required", "Give the role a title.");
        }
        title = TextLimits.require("title", title.strip(), TextLimits.TITLE);
        purpose = TextLimits.require("purpose", purpose == null ? "" : purpose.strip(), TextLimits.TEXT);
        accountabilities = accountabilities == null
                ? List.of()
                : TextLimits.requireEach(
                        "accountabilities",
                        accountabilities.stream()
                                .filter(Objects::nonNull)
                                .map(String::strip)
                                .filter(a -> !a.isEmpty())
                                .toList(),
                        TextLimits.LINE);
        if (scope == null) {
            throw new RuleViolation("scope", "role.scope.required", "Say where the role applies.");
        }
        if (scope.type() == RoleScope.Type.PERSON && !PERSONAL_TYPES.contains(type)) {
            // A role for oneself is a commitment, never a leadership role: nobody makes themselves a coach.
            throw new RuleViolation(
                    "type", "role.type.personal", "A role for one person is a task owner's or a work role.");
        }
        if (seats < 1 || seats > MAX_SEATS) {
            throw new RuleViolation("seats", "role.seats.range", "A role has between 1 and 1000 seats.", MAX_SEATS);
        }
    }
}
