package org.baton.web.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.baton.accounts.Caller;
import org.baton.people.Mentorship;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.web.support.Directory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the person page shows of whom a person is guided by and reports to: their steward (and whom they
 * steward), their manager and reports, their mentorships both ways; and which of the forms the viewer may use,
 * as the domain's rules say.
 */
@Component
class PersonRelationsPage {

    /** Someone named on the page, with a link to their page. */
    record Named(UUID id, String name) {}

    record MentorshipRow(
            UUID id,
            Named mentee,
            Named mentor,
            String knowledgeArea,
            Instant startedAt,
            Instant endedAt,
            boolean asMentee,
            boolean endable) {}

    record Relations(
            Named steward,
            List<Named> stewarding,
            boolean mayChooseSteward,
            Named manager,
            List<Named> reports,
            boolean mayChangeReportsTo,
            List<MentorshipRow> mentorships,
            boolean mayChooseMentor,
            List<Named> candidates) {

        public boolean withoutSteward() {
            return steward == null;
        }
    }

    private final People people;
    private final Directory directory;

    PersonRelationsPage(People people, Directory directory) {
        this.people = people;
        this.directory = directory;
    }

    /** Adds the relations of {@code person} for {@code caller}, and the empty forms unless some are re-shown. */
    void addTo(Model model, Caller caller, Person person) {
        var org = caller.organizationId();
        var everyone = directory.everyone(org);
        var mentorships = people.mentorships(org, person.id());
        var ids = new ArrayList<PersonId>();
        mentorships.forEach(m -> ids.addAll(List.of(m.menteeId(), m.mentorId())));
        if (person.stewardId() != null) {
            ids.add(person.stewardId());
        }
        if (person.reportsToId() != null) {
            ids.add(person.reportsToId());
        }
        var names = people.byId(org, ids);
        Function<PersonId, Named> named = id -> id == null
                ? null
                : new Named(id.value(), names.containsKey(id) ? names.get(id).name() : "");
        model.addAttribute(
                "relations",
                new Relations(
                        named.apply(person.stewardId()),
                        people.stewardedBy(org, person.id()).stream()
                                .map(PersonRelationsPage::named)
                                .toList(),
                        person.stewardChoosableBy(caller.personId(), caller.admin()),
                        named.apply(person.reportsToId()),
                        people.reports(org, person.id()).stream()
                                .map(PersonRelationsPage::named)
                                .toList(),
                        caller.admin(),
                        mentorships.stream()
                                .map(m -> row(m, person, caller, named))
                                .toList(),
                        caller.personId().equals(person.id()),
                        everyone.stream()
                                .filter(p -> !p.id().equals(person.id()))
                                .map(PersonRelationsPage::named)
                                .toList()));
        if (!model.containsAttribute("stewardForm")) {
            var form = new StewardForm();
            form.setStewardId(
                    person.stewardId() == null ? null : person.stewardId().value());
            form.setVersion(person.version());
            model.addAttribute("stewardForm", form);
        }
        if (!model.containsAttribute("reportsToForm")) {
            var form = new ReportsToForm();
            form.setManagerId(
                    person.reportsToId() == null ? null : person.reportsToId().value());
            form.setVersion(person.version());
            model.addAttribute("reportsToForm", form);
        }
        if (!model.containsAttribute("mentorForm")) {
            model.addAttribute("mentorForm", new MentorForm());
        }
    }

    private static MentorshipRow row(Mentorship m, Person person, Caller caller, Function<PersonId, Named> named) {
        return new MentorshipRow(
                m.id().value(),
                named.apply(m.menteeId()),
                named.apply(m.mentorId()),
                m.knowledgeArea(),
                m.startedAt(),
                m.endedAt(),
                m.menteeId().equals(person.id()),
                m.endableBy(caller.personId()));
    }

    private static Named named(Person p) {
        return new Named(p.id().value(), p.name());
    }
}
