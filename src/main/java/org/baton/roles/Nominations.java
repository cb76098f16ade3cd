package org.baton.roles;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominations for a role's seats (sociocratic selection): anyone puts forward anyone with a reason, once per
 * nominee while the nomination is open; a selection then cites the reasons ({@link RoleChanges#select}).
 */
@Service
public class Nominations {

    private final RoleChangeRepository repository;
    private final Roles roles;
    private final People people;
    private final Clock clock;

    Nominations(RoleChangeRepository repository, Roles roles, People people, Clock clock) {
        this.repository = repository;
        this.roles = roles;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public Nomination nominate(OrganizationId org, PersonId by, RoleId roleId, PersonId nominee, String reason) {
        var role = roles.get(org, roleId);
        var nomination = Nomination.of(
                org, role.id(), nominee, by, reason, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        people.requireMembers(org, List.of(nominee), "nomineeId");
        if (repository.nominatedAlready(org, role.id(), by, nominee)) {
            throw new StateConflict("role.nomination.twice", "You have nominated this person for this role already.");
        }
        repository.insert(nomination);
        return nomination;
    }

    /** A role's nominations, open ones first, then newest first. */
    @Transactional(readOnly = true)
    public List<Nomination> of(OrganizationId org, RoleId roleId) {
        roles.get(org, roleId);
        return repository.nominations(org, roleId);
    }
}
