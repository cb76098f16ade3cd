package org.baton.web.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.baton.accounts.Caller;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionFlag;
import org.baton.decisions.Decisions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.web.support.Directory;
import org.baton.zones.Zones;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Gathers what a decision's page shows one viewer, looking each person and place up once, and renders it. */
@Component
class DecisionPages {

    /** Every step's form name, so a re-rendered page has all of them. */
    private static final List<String> STEPS = List.of(
            "adviceRequest",
            "advice",
            "reaction",
            "amendment",
            "consultation",
            "choice",
            "contest",
            "answer",
            "outcome");

    private final Decisions decisions;
    private final People people;
    private final Zones zones;
    private final Directory directory;
    private final ScopeChoices scopes;
    private final CitablePrinciples principles;
    private final Clock clock;

    DecisionPages(
            Decisions decisions,
            People people,
            Zones zones,
            Directory directory,
            ScopeChoices scopes,
            CitablePrinciples principles,
            Clock clock) {
        this.clock = clock;
        this.decisions = decisions;
        this.people = people;
        this.zones = zones;
        this.directory = directory;
        this.scopes = scopes;
        this.principles = principles;
    }

    /** Renders a decision's page for the caller, with a fresh form for every step that has none yet. */
    String show(Caller caller, Decision decision, Model model) {
        model.addAttribute("view", of(caller.organizationId(), caller.personId(), decision));
        for (String name : STEPS) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, new DecisionStepForm());
            }
        }
        return "decisions/show";
    }

    DecisionPage of(OrganizationId org, PersonId me, Decision decision) {
        var involved = new ArrayList<PersonId>();
        involved.add(decision.proposerId());
        if (decision.deciderId() != null) {
            involved.add(decision.deciderId());
        }
        decision.advice().forEach(a -> involved.add(a.personId()));
        decision.reactions().forEach(r -> involved.add(r.personId()));
        decision.objections().forEach(o -> involved.add(o.raisedBy()));
        decision.contests().forEach(c -> involved.add(c.raisedBy()));
        involved.addAll(decision.participants());
        decision.consultations().forEach(c -> involved.add(c.personId()));
        return new DecisionPage(
                decision,
                me,
                decision.stepsOpenTo(me, Instant.now(clock)),
                people.byId(org, involved),
                scopes.name(org, decision.scope()),
                decision.areaId() == null
                        ? null
                        : zones.find(org, decision.areaId()).orElse(null),
                principles.named(org, decision.principleIds()),
                principles.active(org),
                decision.flags().contains(DecisionFlag.PRINCIPLE_UNCITED)
                        ? decisions.likelyPrinciples(org, decision)
                        : List.of(),
                directory.everyone(org).stream()
                        .filter(p -> !p.id().equals(decision.deciderId()))
                        .toList());
    }
}
