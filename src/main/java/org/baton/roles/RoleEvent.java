package org.baton.roles;

import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;

/**
 * What happens to a role: defined, revised, someone assigned to it or stepping back from it. Each names who
 * acted ({@code actor}, null when Baton itself did) and the decision it was made under, if any (its provenance).
 */
public sealed interface RoleEvent extends DomainEvent permits RoleDefined, RoleRevised, RoleAssigned, RoleSteppedBack {

    RoleId roleId();

    PersonId actor();

    DecisionId decisionId();

    String title();

    /** Whether the role is one Baton relies on (the governance body), whose own module logs its changes. */
    boolean chartered();
}
