package org.baton.web.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.TextLimits;
import org.springframework.stereotype.Component;

/**
 * What every form that picks people offers below its search (the fragment {@code fragments/picker}): the people
 * ticked so far, kept ticked across searches, then at most {@value #FOUND} others of the organization whose name
 * matches what was typed.
 */
@Component
public class PeoplePicker {

    /** How many people a search offers at once besides those already ticked. */
    public static final int FOUND = 10;

    private final People people;

    PeoplePicker(People people) {
        this.people = people;
    }

    /** The choices for {@code q}: everyone in {@code ticked} first, ticked; {@code leftOut} is never offered. */
    public Offer offer(OrganizationId org, String q, Collection<UUID> ticked, PersonId leftOut) {
        var kept = new LinkedHashSet<PersonId>();
        if (ticked != null) {
            ticked.stream()
                    .filter(Objects::nonNull)
                    .limit(TextLimits.ITEMS)
                    .map(PersonId::new)
                    .forEach(kept::add);
        }
        var byId = people.all(org, kept).stream().collect(Collectors.toMap(Person::id, Function.identity()));
        var choices = new ArrayList<Choice>();
        kept.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .forEach(p -> choices.add(new Choice(p.id().value(), p.name(), true)));
        var typed = searched(q);
        var found = 0;
        if (!typed.isEmpty()) {
            for (var p : people.list(org, typed, new PageRequest(0, FOUND + kept.size() + 1))
                    .items()) {
                if (found < FOUND && !kept.contains(p.id()) && !p.id().equals(leftOut)) {
                    choices.add(new Choice(p.id().value(), p.name(), false));
                    found++;
                }
            }
        }
        return new Offer(typed, choices, !typed.isEmpty() && found == 0);
    }

    /** What was typed, cut to the longest name there is: a search, not a place to refuse input. */
    private static String searched(String q) {
        var typed = q == null ? "" : q.strip();
        return typed.length() > TextLimits.NAME ? typed.substring(0, TextLimits.NAME) : typed;
    }

    /** What the picker shows: what was searched, the choices, and whether the search found nobody else. */
    public record Offer(String q, List<Choice> choices, boolean nobodyFound) {}

    /** A person offered: ticked when already chosen. */
    public record Choice(UUID id, String name, boolean ticked) {}
}
