package org.baton.web.autonomy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.AutonomyAgreement;
import org.baton.roles.AutonomyAgreements;
import org.baton.roles.AutonomyDimension;
import org.baton.roles.AutonomyLed;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/** Turns autonomy agreements into what pages show: parties by name, for the agreement's page and for lists. */
@Component
public class AutonomyPages {

    private final AutonomyAgreements agreements;
    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;

    AutonomyPages(AutonomyAgreements agreements, People people, HomeBases homeBases, Missions missions) {
        this.agreements = agreements;
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
    }

    /** The agreements of {@code person} that {@code viewer} may see, for that person's page. */
    public List<AutonomySummary> of(OrganizationId org, PersonId viewer, PersonId person) {
        var found = agreements.list(org, viewer, person);
        var names = names(org, found.stream().map(AutonomyAgreement::leaderId).toList(), found);
        return found.stream()
                .map(a -> new AutonomySummary(
                        a.id().value(),
                        nameOf(names, a.leaderId()),
                        led(org, a.led(), names).name(),
                        a.context(),
                        a.mismatchedDimensions()))
                .toList();
    }

    AutonomyAgreementPage page(OrganizationId org, AutonomyAgreement a, PersonId viewer) {
        var involved = new HashSet<PersonId>();
        involved.add(a.leaderId());
        a.checkIns().forEach(c -> involved.add(c.by()));
        var names = names(org, List.copyOf(involved), List.of(a));
        return new AutonomyAgreementPage(
                a.id().value(),
                a.context(),
                new AutonomyAgreementPage.Party(nameOf(names, a.leaderId()), "/people/" + a.leaderId()),
                led(org, a.led(), names),
                List.of(AutonomyDimension.values()).stream()
                        .map(d -> new AutonomyAgreementPage.Stage(d, a.stages().of(d)))
                        .toList(),
                a.reviewOn(),
                a.checkIns().reversed().stream()
                        .map(c -> new AutonomyAgreementPage.CheckIn(
                                c.at(),
                                nameOf(names, c.by()),
                                c.by().value(),
                                c.side(),
                                List.of(AutonomyDimension.values()).stream()
                                        .map(d -> c.fit().of(d))
                                        .toList(),
                                c.note()))
                        .toList(),
                a.mismatchedDimensions(),
                a.version(),
                agreements.partiesOf(org, a).includes(viewer));
    }

    private Map<PersonId, Person> names(OrganizationId org, List<PersonId> ids, List<AutonomyAgreement> found) {
        var all = new HashSet<>(ids);
        found.forEach(a -> {
            if (a.led().personId() != null) {
                all.add(a.led().personId());
            }
        });
        return people.byId(org, all);
    }

    private AutonomyAgreementPage.Party led(OrganizationId org, AutonomyLed led, Map<PersonId, Person> names) {
        if (led.personId() != null) {
            return new AutonomyAgreementPage.Party(nameOf(names, led.personId()), "/people/" + led.personId());
        }
        if (led.homeBaseId() != null) {
            return new AutonomyAgreementPage.Party(
                    homeBases.find(org, led.homeBaseId()).map(h -> h.name()).orElse("?"),
                    "/home-bases/" + led.homeBaseId());
        }
        return new AutonomyAgreementPage.Party(
                missions.find(org, led.missionId()).map(m -> m.title()).orElse("?"), "/missions/" + led.missionId());
    }

    private static String nameOf(Map<PersonId, Person> names, PersonId id) {
        var person = names.get(id);
        return person == null ? "?" : person.name();
    }
}
