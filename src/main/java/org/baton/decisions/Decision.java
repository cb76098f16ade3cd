package org.baton.decisions;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.zones.Route;
import org.baton.zones.Zone;

/**
 * A decision on its way to being made, and once made, its record. Guards the method's rules: a lighter
 * method than the risk calls for needs a reason; consent cannot pass while a reasoned objection is open;
 * only the decider decides; a decided decision is never edited. Records each step it takes as a
 * {@link DecisionEvent}; who hears of it is for the listeners to say.
 */
public final class Decision implements DecisionRecord {

    private final DecisionId id;
    private final OrganizationId organizationId;
    private final DecisionSubject subject;
    private final List<String> options;
    private final Origin origin;
    private Standing standing;
    private final Contributions contributions;
    private long version;
    private final RecordedEvents<DecisionEvent> events = new RecordedEvents<>();

    Decision(
            DecisionId id,
            OrganizationId organizationId,
            DecisionSubject subject,
            List<String> options,
            Origin origin,
            Standing standing,
            Contributions contributions,
            long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.subject = subject;
        this.options = List.copyOf(options);
        this.origin = origin;
        this.standing = standing;
        this.contributions = contributions;
        this.version = version;
    }

    /**
     * Raises a decision. With a {@code route} (the decision has an area), the route's zone applies: in the
     * centre-intervention zone the centre decides, by consent.
     */
    static Decision raise(OrganizationId org, DecisionDraft draft, PersonId proposer, Route route, Instant now) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new RuleViolation("title", "decision.title.required", "A decision needs a title.");
        }
        var zone = route == null ? null : route.zone();
        var risk = Risk.assess(draft.reversibility(), draft.consequence(), draft.method(), draft.methodReason(), zone);
        var decider = proposer;
        if (zone == Zone.CENTRE_INTERVENTION) {
            if (route.deciders().isEmpty()) {
                throw new RuleViolation(
                        "areaId",
                        "decision.centre.missing",
                        "Decisions in this area are taken by the centre, and no centre is appointed yet.");
            }
            decider = route.deciders().getFirst();
        }
        var consentRound = ConsentRound.open(risk.method(), draft.consentWindow(), now);
        String title = draft.title().strip();
        String proposal = draft.proposal() == null || draft.proposal().isBlank()
                ? title
                : draft.proposal().strip();
        var decision = new Decision(
                DecisionId.random(),
                org,
                new DecisionSubject(
                        title,
                        draft.context() == null ? "" : draft.context().strip(),
                        draft.scope(),
                        draft.visibility(),
                        draft.named()),
                draft.options(),
                new Origin(proposer, now, draft.correctsId(), draft.intentId(), draft.areaId(), zone),
                new Standing(decider, risk, consentRound, null, null),
                Contributions.proposing(proposal, now),
                0);
        decision.audience(); // refuses a decision kept to its team when it belongs to no team
        decision.events.record(DecisionRaised.of(decision));
        return decision;
    }

    void requestAdvice(PersonId by, List<PersonId> people, Instant now) {
        standing.requireDeciderWhileOpen(by, "ask for advice");
        events.record(AdviceRequested.of(this, by, contributions.askAdvice(people, now), now));
    }

    /** Anyone impacted may give input; advice asked of them is answered, unasked advice is recorded too. */
    void giveAdvice(PersonId by, String text, Instant now) {
        standing.requireOpen();
        events.record(AdviceGiven.of(this, contributions.giveAdvice(by, text, now)));
    }

    /** Consent or a concern in a consent round; an objection must be reasoned. */
    void react(PersonId by, Reaction.Kind kind, String comment, Instant now) {
        standing.requireConsentRound();
        if (kind == null) {
            throw new RuleViolation(
                    "reaction", "decision.reaction.required", "React with consent, concern or objection.");
        }
        if (kind == Reaction.Kind.OBJECTION) {
            raiseObjection(by, comment, List.of(), now);
            return;
        }
        var reaction = new Reaction(by, kind, comment == null ? "" : comment.strip(), now);
        contributions.react(reaction);
        events.record(ReactionGiven.of(this, reaction));
    }

    /** Raises a reasoned objection; {@code cites} are principles it says the proposal works against. */
    Objection raiseObjection(PersonId by, String harm, List<UUID> cites, Instant now) {
        ReasonedObjection.require(harm); // an unreasoned objection is refused as such, whatever the state
        standing.requireConsentRound();
        var objection = contributions.object(by, harm, now);
        events.record(ObjectionRaised.of(this, objection, cites));
        return objection;
    }

    /** The objector withdraws their own objection (e.g. once the amended proposal addresses it). */
    void withdrawObjection(UUID objectionId, PersonId by, Instant now) {
        standing.requireOpen();
        events.record(ObjectionWithdrawn.of(this, contributions.withdraw(objectionId, by, now)));
    }

    /** The group integrates an objection into the proposal; the decider or the objector records that. */
    void integrateObjection(UUID objectionId, PersonId by, Instant now) {
        standing.requireOpen();
        var integrated = contributions.integrate(objectionId, by, standing.deciderId(), now);
        events.record(ObjectionIntegrated.of(this, integrated, by));
    }

    void amend(PersonId by, String proposal, Instant now) {
        standing.requireDeciderWhileOpen(by, "amend the proposal");
        events.record(ProposalAmended.of(this, by, contributions.amend(proposal, now)));
    }

    /**
     * Consent was not reached by the deadline: the advice process takes over with the topic's leader as
     * decider, or the proposer when the topic has no leader. Does nothing before the deadline, or when no
     * objection stands in the way.
     */
    boolean fallBackIfDue(PersonId topicLeader, Instant now) {
        if (!standing.fallBackDue(now) || openObjections().isEmpty()) {
            return false;
        }
        standing = standing.fallenBack(topicLeader == null ? origin.proposerId() : topicLeader, now);
        events.record(ConsentFellBack.of(this));
        return true;
    }

    /** Anyone may question the decider a fallback named, before or after they decide. */
    Contest contest(PersonId by, String reason, Instant now) {
        if (!standing.fellBack()) {
            throw new RuleViolation(
                    null,
                    "decision.contest.noFallback",
                    "Only a decision that fell back to its topic's leader can be contested this way.");
        }
        var contest = contributions.contest(by, reason, now);
        events.record(DecisionContested.of(this, contest));
        return contest;
    }

    void answerContest(UUID contestId, PersonId by, String answer, Instant now) {
        standing.requireDecider(by, "answer a contest");
        events.record(ContestAnswered.of(this, contributions.answer(contestId, answer, now), by));
    }

    /** Decides. {@code check} holds which cited principles are active, for the principle-check zone. */
    void decide(PersonId by, Choice choice, PrincipleCheck check, Instant now) {
        standing.requireDeciderWhileOpen(by, "decide");
        if (origin.zone() == Zone.PRINCIPLE_CHECK) {
            check.require();
        }
        var made = Outcome.of(choice, now);
        if (standing.byConsent() && !openObjections().isEmpty()) {
            throw new StateConflict(
                    "decision.objectionsOpen",
                    "Consent is not reached while a reasoned objection is open: amend the proposal until every objection is withdrawn or integrated.");
        }
        standing = standing.decided(made);
        events.record(DecisionMade.of(this));
    }

    void recordResult(PersonId by, String actual, Instant now) {
        standing = standing.resulted(actual, now);
        events.record(ResultRecorded.of(this, by));
    }

    /** The review date came: the decider is reminded. The sweep that claims the reminder makes it happen once. */
    void remindOfReview(Instant now) {
        events.record(ReviewDue.of(this, now));
    }

    /**
     * The steps open to {@code viewer} now: the decider asks for advice, amends and decides while the decision
     * is open, and records the result once it is made; everyone else gives advice, reacts in a consent round,
     * and may contest a decision that fell back to its topic's leader.
     */
    public Set<DecisionStep> stepsOpenTo(PersonId viewer) {
        var steps = EnumSet.noneOf(DecisionStep.class);
        boolean open = standing.open();
        boolean decider = standing.isDecider(viewer);
        if (open && decider) {
            steps.addAll(List.of(DecisionStep.REQUEST_ADVICE, DecisionStep.AMEND, DecisionStep.DECIDE));
        }
        if (open && !decider) {
            steps.add(DecisionStep.GIVE_ADVICE);
            if (standing.byConsent()) {
                steps.add(DecisionStep.REACT);
            }
        }
        if (standing.fellBack() && !decider) {
            steps.add(DecisionStep.CONTEST);
        }
        if (!open && decider && standing.result() == null) {
            steps.add(DecisionStep.RECORD_RESULT);
        }
        return steps;
    }

    /** The steps taken since the decision was loaded or last released. */
    RecordedEvents<DecisionEvent> events() {
        return events;
    }

    /** The decision and its new and changed contributions are written, as {@code version}. */
    void saved(long version) {
        this.version = version;
        contributions.saved();
    }

    @Override
    public DecisionId id() {
        return id;
    }

    @Override
    public OrganizationId organizationId() {
        return organizationId;
    }

    @Override
    public DecisionSubject subject() {
        return subject;
    }

    @Override
    public List<String> options() {
        return options;
    }

    @Override
    public Origin origin() {
        return origin;
    }

    @Override
    public Standing standing() {
        return standing;
    }

    @Override
    public Contributions contributions() {
        return contributions;
    }

    @Override
    public long version() {
        return version;
    }
}
