package org.baton.roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.teams.Teams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Autonomy agreements between a leader and a person or a team (DOMAIN.md §4): agreeing them, revising their
 * stages, checking in on how they fit, and showing them to their parties only. To anyone else an agreement does
 * not exist ({@link NotFound}).
 */
@Service
public class AutonomyAgreements {

    private final AutonomyAgreementRepository repository;
    private final People people;
    private final Teams teams;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AutonomyAgreements(
            AutonomyAgreementRepository repository,
            People people,
            Teams teams,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.people = people;
        this.teams = teams;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AutonomyAgreement agree(
            OrganizationId org,
            PersonId leaderId,
            AutonomyLed led,
            String context,
            AutonomyStages stages,
            LocalDate reviewOn,
            PersonId by) {
        if (leaderId != null) {
            people.requireMembers(org, List.of(leaderId), "leaderId");
        }
        if (led.isTeam()) {
            teams.requireExists(org, led.team());
        } else {
            people.requireMembers(org, List.of(led.personId()), "personId");
        }
        var agreement = AutonomyAgreement.agree(
                org, leaderId, led, context, stages, reviewOn, parties(org, leaderId, led), by, now(), today());
        repository.insert(agreement);
        publish(agreement);
        return agreement;
    }

    /** Changes the stages and review date, provided nobody changed the agreement since {@code expectedVersion}. */
    @Transactional
    public AutonomyAgreement revise(
            OrganizationId org,
            AutonomyAgreementId id,
            long expectedVersion,
            AutonomyStages stages,
            LocalDate reviewOn,
            PersonId by) {
        var agreement = get(org, id, by);
        int loaded = agreement.checkIns().size();
        agreement.revise(stages, reviewOn, parties(org, agreement), by, now(), today());
        repository.update(agreement, loaded, expectedVersion);
        publish(agreement);
        return get(org, id, by);
    }

    @Transactional
    public AutonomyCheckIn checkIn(
            OrganizationId org, AutonomyAgreementId id, AutonomyFits fit, String note, PersonId by) {
        var agreement = get(org, id, by);
        int loaded = agreement.checkIns().size();
        var checkIn = agreement.checkIn(fit, note, parties(org, agreement), by, now());
        repository.update(agreement, loaded, agreement.version());
        publish(agreement);
        return checkIn;
    }

    /** The agreement, if {@code viewer} is one of its parties. */
    @Transactional(readOnly = true)
    public AutonomyAgreement get(OrganizationId org, AutonomyAgreementId id, PersonId viewer) {
        return repository
                .find(org, id)
                .filter(a -> parties(org, a).maySee(viewer))
                .orElseThrow(() -> new NotFound("autonomy agreement", id));
    }

    /** Who the parties of the agreement are, for pages that show what each may do. */
    @Transactional(readOnly = true)
    public AutonomyParties partiesOf(OrganizationId org, AutonomyAgreement agreement) {
        return parties(org, agreement);
    }

    /**
     * The agreements {@code viewer} may see, newest first: their own, or with {@code of}, those where that person
     * leads or is led (alone or on the team led), as far as the viewer may see them (a party, or the steward of the
     * person led).
     */
    @Transactional(readOnly = true)
    public List<AutonomyAgreement> list(OrganizationId org, PersonId viewer, PersonId of) {
        var whose = of == null ? viewer : of;
        var teamsOf = teams.viewer(org, whose);
        var visible = new ArrayList<AutonomyAgreement>();
        for (var a : repository.involving(org, whose, teamsOf.homeBaseIds(), teamsOf.missionIds())) {
            var parties = parties(org, a);
            if (parties.maySee(viewer) && parties.includes(whose)) {
                visible.add(a);
            }
        }
        return visible;
    }

    private AutonomyParties parties(OrganizationId org, AutonomyAgreement agreement) {
        return parties(org, agreement.leaderId(), agreement.led());
    }

    private AutonomyParties parties(OrganizationId org, PersonId leaderId, AutonomyLed led) {
        return new AutonomyParties(
                leaderId,
                led.personId(),
                led.isTeam() ? Set.copyOf(teams.peopleOf(org, led.team())) : Set.of(),
                led.isTeam() ? null : people.stewardOf(org, led.personId()).orElse(null));
    }

    private void publish(AutonomyAgreement agreement) {
        agreement.releaseEvents().forEach(events::publishEvent);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
