package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.zones.Route;
import org.baton.zones.Zone;

/**
 * A decision on its way to being made, and once made, its record. Guards the method's rules: a lighter
 * method than the risk calls for needs a reason; only its participants react to a consent round, which passes
 * once all consented or its window closed, never while a reasoned objection is open; only the objector
 * withdraws an objection or accepts its integration; only the decider decides and records the result; a
 * decided decision is never edited. Records each step it takes as a
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
     * centre-intervention zone the centre decides, by consent. A consent round reaches its circle
     * ({@link ConsentCircle}, from the people of its {@code team}); consulting the impacted names them.
     */
    static Decision raise(
            OrganizationId org, DecisionDraft draft, PersonId proposer, Route route, List<PersonId> team, Instant now) {
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
        if (route != null && route.decider() == Route.Decider.HOLDER) {
            if (route.deciders().isEmpty()) {
                throw new RuleViolation(
                        "areaId",
                        "decision.holder.leaderless",
                        route.holder().name()
                                + " holds this area and has no leader to decide it: ask its people, or declare an intent they will see.",
                        route.holder().name());
            }
            decider = route.deciders().getFirst(); // the area is another team's: its leader decides
        }
        var consentRound = ConsentRound.open(risk.method(), draft.consentWindow(), now);
        boolean consults = risk.method() == DecisionMethod.CONSULT_IMPACTED;
        var participants = consentRound == null
                ? List.<PersonId>of()
                : ConsentCircle.of(draft.scope(), team, route, draft.participantIds(), proposer, decider);
        var consulted = consults ? ConsentCircle.consulted(draft.impactedIds(), decider) : List.<PersonId>of();
        var consultUntil = consults ? now.plus(draft.consultWindow()) : null;
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
                new Standing(decider, risk, consentRound, consultUntil, null, null),
                Contributions.proposing(proposal, participants, consulted, now),
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

    /** A participant's consent or concern in a consent round; an objection must be reasoned. */
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
        requireParticipant(by);
        var reaction = new Reaction(by, kind, comment == null ? "" : comment.strip(), now);
        contributions.react(reaction);
        events.record(ReactionGiven.of(this, reaction));
    }

    /** A participant raises a reasoned objection; {@code cites} are principles it says the proposal works against. */
    Objection raiseObjection(PersonId by, String harm, List<UUID> cites, Instant now) {
        ReasonedObjection.require(harm); // an unreasoned objection is refused as such, whatever the state
        standing.requireConsentRound();
        requireParticipant(by);
        var objection = contributions.object(by, harm, now);
        events.record(ObjectionRaised.of(this, objection, cites));
        return objection;
    }

    /** The objector withdraws their own objection (e.g. once the amended proposal addresses it). */
    void withdrawObjection(UUID objectionId, PersonId by, Instant now) {
        standing.requireOpen();
        events.record(ObjectionWithdrawn.of(this, contributions.withdraw(objectionId, by, now)));
    }

    /**
     * The objector accepts the integration the proposer offered by amending the proposal. Only the objector says
     * their objection is integrated; the decider never does.
     */
    void acceptIntegration(UUID objectionId, PersonId by, Instant now) {
        standing.requireOpen();
        var integrated = contributions.acceptIntegration(objectionId, by, now);
        events.record(ObjectionIntegrated.of(this, integrated, by));
    }

    /** The decider amends the proposal; the amendment may name the open objections it answers. */
    void amend(PersonId by, String proposal, List<UUID> answering, Instant now) {
        standing.requireDeciderWhileOpen(by, "amend the proposal");
        events.record(ProposalAmended.of(this, by, contributions.amend(proposal, answering, now)));
    }

    /** One of the people consulted answers. */
    void answerConsultation(PersonId by, String answer, Instant now) {
        standing.requireOpen();
        events.record(ConsultationAnswered.of(this, contributions.answerConsultation(by, answer, now)));
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

    /**
     * Decides, once the method lets it pass ({@link ReadyToDecide}). Cited principles are the organization's
     * active ones (checked before); in the principle-check zone, citing none is flagged, never refused.
     */
    void decide(PersonId by, Choice choice, Instant now) {
        standing.requireDeciderWhileOpen(by, "decide");
        var made = Outcome.of(choice, PrincipleCheck.flags(origin.zone(), choice.principleIds()), now);
        ReadyToDecide.require(this, now);
        standing = standing.decided(made);
        events.record(DecisionMade.of(this));
    }

    /** The actual result belongs to the decider, once the decision is made. */
    void recordResult(PersonId by, String actual, Instant now) {
        standing.requireDecider(by, "record the actual result");
        standing = standing.resulted(actual, now);
        events.record(ResultRecorded.of(this, by));
    }

    /** The review date came: the decider is reminded. The sweep that claims the reminder makes it happen once. */
    void remindOfReview(Instant now) {
        events.record(ReviewDue.of(this, now));
    }

    /** The steps open to {@code viewer} now ({@link DecisionSteps}): what the pages and the API offer them. */
    public Set<DecisionStep> stepsOpenTo(PersonId viewer, Instant now) {
        return DecisionSteps.openTo(this, viewer, now);
    }

    private void requireParticipant(PersonId by) {
        if (!contributions.isParticipant(by)) {
            throw new NotPermitted("Only the participants of this consent round react to it; give advice instead.");
        }
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
