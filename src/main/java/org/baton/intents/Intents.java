package org.baton.intents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.baton.decisions.Consequence;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.homebases.HomeBases;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;
import org.baton.teams.Teams;
import org.baton.teams.Viewer;
import org.baton.zones.AreaId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Declaring intents, objecting to them, and letting them proceed when their window ends. */
@Service
public class Intents {

    private final IntentRepository repository;
    private final Teams teams;
    private final HomeBases homeBases;
    private final People people;
    private final VisibleIntents visible;
    private final Decisions decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Intents(
            IntentRepository repository,
            Teams teams,
            HomeBases homeBases,
            People people,
            VisibleIntents visible,
            Decisions decisions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.teams = teams;
        this.homeBases = homeBases;
        this.people = people;
        this.visible = visible;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Intent declare(
            OrganizationId org,
            PersonId author,
            String statement,
            String reason,
            Scope scope,
            AreaId area,
            Duration objectionWindow) {
        return declare(
                org, author, statement, reason, scope, area, objectionWindow, Visibility.ORGANIZATION, List.of());
    }

    /**
     * Declares an intent that {@code visibility} may narrow to its team or to the {@code named} people; the
     * named people are informed of it with the people of its scope.
     */
    @Transactional
    public Intent declare(
            OrganizationId org,
            PersonId author,
            String statement,
            String reason,
            Scope scope,
            AreaId area,
            Duration objectionWindow,
            Visibility visibility,
            List<PersonId> named) {
        var given = scope == null ? Scope.ORGANIZATION : scope;
        teams.requireExists(org, given);
        people.requireMembers(org, named, "namedIds");
        var route = area == null ? null : decisions.route(org, area, author, given);
        var reach = IntentReach.scopeFor(
                given, route, homeBases.homeBaseOf(org, author).orElse(null), author);
        var where = reach.orElse(given);
        var intent = Intent.declare(
                org,
                author,
                statement,
                reason,
                where,
                visibility,
                Set.copyOf(named),
                objectionWindow,
                route,
                Stream.concat(teams.peopleOf(org, where).stream(), named.stream())
                        .distinct()
                        .toList(),
                now());
        // The intent's own rules (a statement, an area the centre does not decide) speak first.
        if (reach.isEmpty()) {
            throw IntentReach.reachesNobody();
        }
        repository.insert(intent);
        publish(intent);
        return intent;
    }

    /** The people an intent in this scope would be shown to, for telling the author before declaring. */
    @Transactional(readOnly = true)
    public List<PersonId> audienceOf(OrganizationId org, PersonId author, Scope scope, AreaId area) {
        var named = scope == null ? Scope.ORGANIZATION : scope;
        var route = area == null ? null : decisions.route(org, area, author, named);
        var where = IntentReach.scopeFor(
                        named, route, homeBases.homeBaseOf(org, author).orElse(null), author)
                .orElse(named);
        return IntentAudience.of(author, teams.peopleOf(org, where), route);
    }

    @Transactional
    public IntentObjection object(
            OrganizationId org, IntentId id, PersonId by, String harm, List<java.util.UUID> cites) {
        get(org, id, by); // one they may not see is, to them, one that does not exist
        var cited = decisions.requireActivePrinciples(org, cites);
        var objection = new IntentObjection[1];
        change(org, id, intent -> objection[0] = intent.object(by, harm, cited, now()));
        return objection[0];
    }

    @Transactional
    public Intent amend(OrganizationId org, IntentId id, PersonId by, String statement, String reason) {
        return change(
                org, id, intent -> intent.amend(by, statement, reason, teams.peopleOf(org, intent.scope()), now()));
    }

    @Transactional
    public Intent withdraw(OrganizationId org, IntentId id, PersonId by) {
        return change(org, id, intent -> intent.withdraw(by, now()));
    }

    /**
     * Turns an objected intent into an advice-process decision with its author as decider, seen by whoever may
     * see the intent.
     */
    @Transactional
    public Decision takeToAdvice(OrganizationId org, IntentId id, PersonId by) {
        var intent = get(org, id);
        var context = intent.reason()
                + intent.objections().stream()
                        .map(o -> "\nObjection: " + o.harm())
                        .reduce("", String::concat);
        var decision = decisions.raise(
                org,
                by,
                new DecisionDraft(
                        intent.statement(),
                        context.strip(),
                        intent.scope(),
                        Reversibility.HARD,
                        Consequence.LOW,
                        List.of(),
                        DecisionMethod.ADVICE,
                        null,
                        intent.statement(),
                        null,
                        null,
                        intent.id().value(),
                        intent.areaId(),
                        List.of(),
                        List.copyOf(intent.audience().named()),
                        intent.audience().visibility(),
                        null,
                        List.of()));
        change(org, id, i -> i.takeToAdvice(by, decision.id(), now()));
        return decision;
    }

    @Transactional
    public Intent recordResult(OrganizationId org, IntentId id, PersonId by, String result) {
        return change(org, id, intent -> intent.recordResult(by, result, now()));
    }

    /** Lets every intent whose window ended without objection proceed. Returns how many did. */
    @Transactional
    public int proceedWithEndedWindows() {
        int proceeded = 0;
        for (Intent intent : repository.endedWindows(now())) {
            intent.proceed(now());
            if (repository.claimProceeding(intent)) {
                publish(intent);
                proceeded++;
            }
        }
        return proceeded;
    }

    @Transactional(readOnly = true)
    public Optional<Intent> find(OrganizationId org, IntentId id) {
        return repository.find(org, id);
    }

    public Intent get(OrganizationId org, IntentId id) {
        return find(org, id).orElseThrow(() -> new NotFound("intent", id));
    }

    /** The intent if {@code viewer} may see it; one they may not see is, to them, one that does not exist. */
    @Transactional(readOnly = true)
    public Optional<Intent> find(OrganizationId org, IntentId id, PersonId viewer) {
        return find(org, id).filter(i -> teams.maySee(org, i.audience(), viewer));
    }

    public Intent get(OrganizationId org, IntentId id, PersonId viewer) {
        return find(org, id, viewer).orElseThrow(() -> new NotFound("intent", id));
    }

    /** Those of {@code people} who may see the intent (none when it does not exist). */
    @Transactional(readOnly = true)
    public List<PersonId> allowedToSee(OrganizationId org, IntentId id, List<PersonId> people) {
        return find(org, id).map(i -> teams.among(org, i.audience(), people)).orElse(List.of());
    }

    /** The ids of the intents {@code viewer} may not see, for leaving them out of what else is shown to them. */
    @Transactional(readOnly = true)
    public List<UUID> hiddenFrom(OrganizationId org, PersonId viewer) {
        return visible.hiddenFrom(org, teams.viewer(org, viewer));
    }

    /** The intents {@code viewer} may see, narrowed by the filter, newest first; the count is of those only. */
    @Transactional(readOnly = true)
    public Page<Intent> list(OrganizationId org, PersonId viewer, IntentFilter filter, PageRequest page) {
        return list(org, teams.viewer(org, viewer), filter, page);
    }

    /** The intents open to the whole organization, e.g. to offer as what prompted an organization-wide change. */
    @Transactional(readOnly = true)
    public Page<Intent> listOpenToAll(OrganizationId org, IntentFilter filter, PageRequest page) {
        return list(org, Viewer.ANYONE, filter, page);
    }

    private Page<Intent> list(OrganizationId org, Viewer sight, IntentFilter filter, PageRequest page) {
        return new Page<>(
                repository.page(org, sight, filter, page),
                page.page(),
                page.size(),
                repository.count(org, sight, filter));
    }

    /** Loads the intent once, takes the step, saves what changed and returns the intent as saved. */
    private Intent change(OrganizationId org, IntentId id, Consumer<Intent> change) {
        var intent = get(org, id);
        var loaded = IntentRepository.Loaded.of(intent);
        change.accept(intent);
        var saved = repository.update(intent, loaded, now());
        publish(intent);
        return saved;
    }

    private void publish(Intent intent) {
        intent.releaseEvents().forEach(events::publishEvent);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
