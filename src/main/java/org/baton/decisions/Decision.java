package org.baton.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.Route;
import org.baton.zones.Zone;

/**
 * A decision on its way to being made, and once made, its record. Guards the method's rules: a lighter
 * method than the risk calls for needs a reason; consent cannot pass while a reasoned objection is open;
 * only the decider decides; a decided decision is never edited.
 */
public final class Decision {

    private final DecisionId id;
    private final OrganizationId organizationId;
    private final String title;
    private final String context;
    private final Scope scope;
    private final PersonId proposerId;
    private PersonId deciderId;
    private final Reversibility reversibility;
    private final Consequence consequence;
    private final List<String> options;
    private final DecisionMethod recommendedMethod;
    private DecisionMethod method;
    private final String methodReason;
    private DecisionStatus status;
    private final Instant consentDeadline;
    private Instant fellBackAt;
    private String choice;
    private String rationale;
    private List<UUID> principleIds;
    private String expectedResult;
    private LocalDate reviewOn;
    private String actualResult;
    private Instant resultRecordedAt;
    private final DecisionId correctsId;
    private final UUID intentId;
    private final AreaId areaId;
    private final Zone zone;
    private final Instant raisedAt;
    private Instant decidedAt;
    private final List<Proposal> proposals;
    private final List<Advice> advice;
    private final List<Reaction> reactions;
    private final List<Objection> objections;
    private final List<Contest> contests;
    private final long version;
    private final List<DecisionChanged> events = new ArrayList<>();

    Decision(
            DecisionId id,
            OrganizationId organizationId,
            String title,
            String context,
            Scope scope,
            PersonId proposerId,
            PersonId deciderId,
            Reversibility reversibility,
            Consequence consequence,
            List<String> options,
            DecisionMethod recommendedMethod,
            DecisionMethod method,
            String methodReason,
            DecisionStatus status,
            Instant consentDeadline,
            Instant fellBackAt,
            String choice,
            String rationale,
            List<UUID> principleIds,
            String expectedResult,
            LocalDate reviewOn,
            String actualResult,
            Instant resultRecordedAt,
            DecisionId correctsId,
            UUID intentId,
            AreaId areaId,
            Zone zone,
            Instant raisedAt,
            Instant decidedAt,
            List<Proposal> proposals,
            List<Advice> advice,
            List<Reaction> reactions,
            List<Objection> objections,
            List<Contest> contests,
            long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.title = title;
        this.context = context;
        this.scope = scope;
        this.proposerId = proposerId;
        this.deciderId = deciderId;
        this.reversibility = reversibility;
        this.consequence = consequence;
        this.options = options;
        this.recommendedMethod = recommendedMethod;
        this.method = method;
        this.methodReason = methodReason;
        this.status = status;
        this.consentDeadline = consentDeadline;
        this.fellBackAt = fellBackAt;
        this.choice = choice;
        this.rationale = rationale;
        this.principleIds = principleIds;
        this.expectedResult = expectedResult;
        this.reviewOn = reviewOn;
        this.actualResult = actualResult;
        this.resultRecordedAt = resultRecordedAt;
        this.correctsId = correctsId;
        this.intentId = intentId;
        this.areaId = areaId;
        this.zone = zone;
        this.raisedAt = raisedAt;
        this.decidedAt = decidedAt;
        this.proposals = new ArrayList<>(proposals);
        this.advice = new ArrayList<>(advice);
        this.reactions = new ArrayList<>(reactions);
        this.objections = new ArrayList<>(objections);
        this.contests = new ArrayList<>(contests);
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
        if (draft.reversibility() == null) {
            throw new RuleViolation(
                    "reversibility",
                    "decision.reversibility.required",
                    "Say whether the decision is easy or hard to reverse.");
        }
        if (draft.consequence() == null) {
            throw new RuleViolation(
                    "consequence",
                    "decision.consequence.required",
                    "Say whether the decision's consequence is low or high.");
        }
        var zone = route == null ? null : route.zone();
        var recommended = zone == Zone.CENTRE_INTERVENTION
                ? DecisionMethod.CONSENT
                : DecisionMethod.forRisk(draft.reversibility(), draft.consequence());
        var method = draft.method() == null ? recommended : draft.method();
        var decider = proposer;
        if (zone == Zone.CENTRE_INTERVENTION) {
            if (route.deciders().isEmpty()) {
                throw new RuleViolation(
                        "areaId",
                        "decision.centre.missing",
                        "Decisions in this area are taken by the centre, and no centre is appointed yet.");
            }
            method = DecisionMethod.CONSENT;
            decider = route.deciders().getFirst();
        }
        String methodReason =
                draft.methodReason() == null || draft.methodReason().isBlank()
                        ? null
                        : draft.methodReason().strip();
        if (method.isLighterThan(recommended) && methodReason == null) {
            throw new RuleViolation(
                    "methodReason",
                    "decision.method.lighter",
                    "This decision's risk calls for " + recommended + ". A lighter method needs a stated reason.",
                    recommended);
        }
        if (draft.consentWindow().isNegative() || draft.consentWindow().isZero()) {
            throw new RuleViolation(
                    "consentWindow",
                    "decision.consentWindow.positive",
                    "The consent window must be a positive duration.");
        }
        String proposal = draft.proposal() == null || draft.proposal().isBlank()
                ? draft.title().strip()
                : draft.proposal().strip();
        var decision = new Decision(
                DecisionId.random(),
                org,
                draft.title().strip(),
                draft.context() == null ? "" : draft.context().strip(),
                draft.scope(),
                proposer,
                decider,
                draft.reversibility(),
                draft.consequence(),
                draft.options(),
                recommended,
                method,
                methodReason,
                DecisionStatus.OPEN,
                method == DecisionMethod.CONSENT ? now.plus(draft.consentWindow()) : null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                draft.correctsId(),
                draft.intentId(),
                draft.areaId(),
                zone,
                now,
                null,
                List.of(new Proposal(1, proposal, now)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0);
        decision.record(DecisionAction.RAISED, proposer, now, method.name(), List.of());
        return decision;
    }

    void requestAdvice(PersonId by, List<PersonId> people, Instant now) {
        requireOpen();
        requireDecider(by, "ask for advice");
        if (people.isEmpty()) {
            throw new RuleViolation(
                    "personIds", "decision.advice.nobody", "Name at least one person to ask for advice.");
        }
        var asked = new ArrayList<PersonId>();
        for (PersonId person : people) {
            if (advice.stream().noneMatch(a -> a.personId().equals(person))) {
                advice.add(new Advice(person, now, null, null));
                asked.add(person);
            }
        }
        record(DecisionAction.ADVICE_REQUESTED, by, now, "", asked);
    }

    /** Anyone impacted may give input; advice asked of them is answered, unasked advice is recorded too. */
    void giveAdvice(PersonId by, String text, Instant now) {
        requireOpen();
        if (text == null || text.isBlank()) {
            throw new RuleViolation("advice", "decision.advice.required", "Write the advice you give.");
        }
        var requested = advice.stream()
                .filter(a -> a.personId().equals(by))
                .findFirst()
                .map(Advice::requestedAt)
                .orElse(now);
        advice.removeIf(a -> a.personId().equals(by));
        advice.add(new Advice(by, requested, text.strip(), now));
        record(DecisionAction.ADVICE_GIVEN, by, now, text.strip(), List.of(deciderId));
    }

    void react(PersonId by, Reaction.Kind kind, String comment, Instant now) {
        requireConsentRound();
        if (kind == null) {
            throw new RuleViolation(
                    "reaction", "decision.reaction.required", "React with consent, concern or objection.");
        }
        if (kind == Reaction.Kind.OBJECTION) {
            raiseObjection(by, comment, List.of(), now);
            return;
        }
        reactions.removeIf(r -> r.personId().equals(by));
        reactions.add(new Reaction(by, kind, comment == null ? "" : comment.strip(), now));
        record(DecisionAction.REACTED, by, now, kind.name(), List.of());
    }

    /** Raises a reasoned objection; {@code cites} are principles it says the proposal works against. */
    Objection raiseObjection(PersonId by, String harm, List<UUID> cites, Instant now) {
        String reasoned = ReasonedObjection.require(harm);
        requireConsentRound();
        var objection = new Objection(UUID.randomUUID(), by, reasoned, now, Objection.Status.OPEN, null);
        objections.add(objection);
        reactions.removeIf(r -> r.personId().equals(by));
        reactions.add(new Reaction(by, Reaction.Kind.OBJECTION, reasoned, now));
        events.add(new DecisionChanged(
                organizationId,
                id,
                DecisionAction.OBJECTION_RAISED,
                by,
                now,
                title,
                context,
                "",
                "",
                List.copyOf(cites),
                scope,
                reasoned,
                List.of(deciderId)));
        return objection;
    }

    /** The objector withdraws their own objection (e.g. once the amended proposal addresses it). */
    void withdrawObjection(UUID objectionId, PersonId by, Instant now) {
        var objection = openObjection(objectionId);
        if (!objection.raisedBy().equals(by)) {
            throw new NotPermitted("Only the person who raised an objection can withdraw it.");
        }
        resolve(objection, Objection.Status.WITHDRAWN, by, now, DecisionAction.OBJECTION_WITHDRAWN);
    }

    /** The group marks an objection as integrated into the proposal; the decider records that. */
    void integrateObjection(UUID objectionId, PersonId by, Instant now) {
        var objection = openObjection(objectionId);
        if (!by.equals(deciderId) && !by.equals(objection.raisedBy())) {
            throw new NotPermitted("The decider or the objector marks an objection as integrated.");
        }
        resolve(objection, Objection.Status.INTEGRATED, by, now, DecisionAction.OBJECTION_INTEGRATED);
    }

    void amend(PersonId by, String proposal, Instant now) {
        requireOpen();
        requireDecider(by, "amend the proposal");
        if (proposal == null || proposal.isBlank()) {
            throw new RuleViolation("proposal", "decision.proposal.required", "Write the amended proposal.");
        }
        proposals.add(new Proposal(proposals.size() + 1, proposal.strip(), now));
        var objectors = objections.stream()
                .filter(Objection::open)
                .map(Objection::raisedBy)
                .distinct()
                .toList();
        record(DecisionAction.PROPOSAL_AMENDED, by, now, proposal.strip(), objectors);
    }

    /**
     * Consent was not reached by the deadline: the advice process takes over with the topic's leader as
     * decider. Does nothing when the round is not over or nothing stands in the way.
     */
    boolean fallBackIfDue(PersonId topicLeader, Instant now) {
        if (status != DecisionStatus.OPEN
                || method != DecisionMethod.CONSENT
                || consentDeadline == null
                || now.isBefore(consentDeadline)
                || openObjections().isEmpty()) {
            return false;
        }
        method = DecisionMethod.ADVICE;
        deciderId = topicLeader == null ? proposerId : topicLeader;
        fellBackAt = now;
        record(DecisionAction.FELL_BACK_TO_ADVICE, null, now, "", List.of(deciderId));
        return true;
    }

    Contest contest(PersonId by, String reason, Instant now) {
        if (fellBackAt == null) {
            throw new RuleViolation(
                    null,
                    "decision.contest.noFallback",
                    "Only a decision that fell back to its topic's leader can be contested this way.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "decision.contest.reason", "Say why you question the decider.");
        }
        var contest = new Contest(UUID.randomUUID(), by, reason.strip(), now, null, null);
        contests.add(contest);
        record(DecisionAction.CONTESTED, by, now, reason.strip(), List.of(deciderId));
        return contest;
    }

    void answerContest(UUID contestId, PersonId by, String answer, Instant now) {
        requireDecider(by, "answer a contest");
        var contest = contests.stream()
                .filter(c -> c.id().equals(contestId))
                .findFirst()
                .orElseThrow(() -> new org.baton.shared.NotFound("contest", contestId));
        if (contest.answered()) {
            throw new StateConflict("decision.contest.answered", "This contest has been answered already.");
        }
        if (answer == null || answer.isBlank()) {
            throw new RuleViolation("answer", "decision.contest.answer", "Write your answer.");
        }
        contests.set(
                contests.indexOf(contest),
                new Contest(
                        contest.id(), contest.raisedBy(), contest.reason(), contest.raisedAt(), answer.strip(), now));
        record(DecisionAction.CONTEST_ANSWERED, by, now, answer.strip(), List.of(contest.raisedBy()));
    }

    /**
     * Decides. {@code check} holds which cited principles are active and which are likely relevant, for the
     * principle-check zone; {@code alsoInform} are told besides (the centre, in the centre-awareness zone).
     */
    void decide(
            PersonId by,
            String choice,
            String rationale,
            List<UUID> principleIds,
            String expectedResult,
            LocalDate reviewOn,
            PrincipleCheck check,
            List<PersonId> alsoInform,
            Instant now) {
        requireOpen();
        requireDecider(by, "decide");
        if (zone == Zone.PRINCIPLE_CHECK) {
            check.require();
        }
        if (choice == null || choice.isBlank()) {
            throw new RuleViolation("choice", "decision.choice.required", "Say what was decided.");
        }
        if (method == DecisionMethod.CONSENT && !openObjections().isEmpty()) {
            throw new StateConflict(
                    "decision.objectionsOpen",
                    "Consent is not reached while a reasoned objection is open: amend the proposal until every objection is withdrawn or integrated.");
        }
        this.choice = choice.strip();
        this.rationale = rationale == null ? "" : rationale.strip();
        this.principleIds = principleIds == null ? List.of() : List.copyOf(principleIds);
        this.expectedResult = expectedResult == null ? "" : expectedResult.strip();
        this.reviewOn = reviewOn;
        this.status = DecisionStatus.DECIDED;
        this.decidedAt = now;
        record(DecisionAction.DECIDED, by, now, this.rationale, alsoInform);
    }

    void recordResult(PersonId by, String result, Instant now) {
        if (status != DecisionStatus.DECIDED) {
            throw new RuleViolation(
                    null, "decision.result.notDecided", "A result is recorded once the decision is made.");
        }
        if (actualResult != null) {
            throw new StateConflict(
                    "decision.result.recorded", "The result is recorded already; add a correcting decision instead.");
        }
        if (result == null || result.isBlank()) {
            throw new RuleViolation("result", "decision.result.required", "Describe the actual result.");
        }
        actualResult = result.strip();
        resultRecordedAt = now;
        record(DecisionAction.RESULT_RECORDED, by, now, actualResult, List.of());
    }

    private void resolve(Objection objection, Objection.Status to, PersonId by, Instant now, DecisionAction action) {
        objections.set(objections.indexOf(objection), objection.resolve(to, now));
        record(action, by, now, objection.harm(), List.of(objection.raisedBy()));
    }

    private Objection openObjection(UUID objectionId) {
        requireOpen();
        var objection = objections.stream()
                .filter(o -> o.id().equals(objectionId))
                .findFirst()
                .orElseThrow(() -> new org.baton.shared.NotFound("objection", objectionId));
        if (!objection.open()) {
            throw new StateConflict(
                    "decision.objection.resolved",
                    "This objection is already " + objection.status().name().toLowerCase() + ".");
        }
        return objection;
    }

    private void requireOpen() {
        if (status != DecisionStatus.OPEN) {
            throw new RuleViolation(
                    null,
                    "decision.decided",
                    "This decision is made; it is never edited. Raise a correcting decision instead.");
        }
    }

    private void requireConsentRound() {
        requireOpen();
        if (method != DecisionMethod.CONSENT) {
            throw new RuleViolation(
                    null,
                    "decision.notConsent",
                    "This decision is made by " + method + ", not by consent: give advice instead.",
                    method);
        }
    }

    private void requireDecider(PersonId by, String what) {
        if (!by.equals(deciderId)) {
            throw new NotPermitted("Only the decider may " + what + ".");
        }
    }

    private void record(DecisionAction action, PersonId actor, Instant at, String detail, List<PersonId> recipients) {
        events.add(new DecisionChanged(
                organizationId,
                id,
                action,
                actor,
                at,
                title,
                context,
                choice == null ? "" : choice,
                actualResult == null ? "" : actualResult,
                principleIds,
                scope,
                detail,
                recipients));
    }

    List<DecisionChanged> releaseEvents() {
        var released = List.copyOf(events);
        events.clear();
        return released;
    }

    /** A review reminder is due: the decider is told, once. */
    DecisionChanged reviewDue(Instant now) {
        return new DecisionChanged(
                organizationId,
                id,
                DecisionAction.REVIEW_DUE,
                null,
                now,
                title,
                context,
                choice,
                actualResult == null ? "" : actualResult,
                principleIds,
                scope,
                reviewOn == null ? "" : reviewOn.toString(),
                List.of(deciderId));
    }

    /**
     * The steps open to {@code viewer} now: the decider asks for advice, amends and decides while the decision
     * is open, and records the result once it is made; everyone else gives advice, reacts in a consent round,
     * and may contest a decision that fell back to its topic's leader.
     */
    public Set<DecisionStep> stepsOpenTo(PersonId viewer) {
        var steps = EnumSet.noneOf(DecisionStep.class);
        boolean open = status == DecisionStatus.OPEN;
        boolean decider = viewer != null && viewer.equals(deciderId);
        if (open && decider) {
            steps.addAll(List.of(DecisionStep.REQUEST_ADVICE, DecisionStep.AMEND, DecisionStep.DECIDE));
        }
        if (open && !decider) {
            steps.add(DecisionStep.GIVE_ADVICE);
            if (method == DecisionMethod.CONSENT) {
                steps.add(DecisionStep.REACT);
            }
        }
        if (fellBackAt != null && !decider) {
            steps.add(DecisionStep.CONTEST);
        }
        if (!open && decider && actualResult == null) {
            steps.add(DecisionStep.RECORD_RESULT);
        }
        return steps;
    }

    public List<Objection> openObjections() {
        return objections.stream().filter(Objection::open).toList();
    }

    public Proposal currentProposal() {
        return proposals.getLast();
    }

    public DecisionId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public String title() {
        return title;
    }

    public String context() {
        return context;
    }

    public Scope scope() {
        return scope;
    }

    public PersonId proposerId() {
        return proposerId;
    }

    public PersonId deciderId() {
        return deciderId;
    }

    public Reversibility reversibility() {
        return reversibility;
    }

    public Consequence consequence() {
        return consequence;
    }

    public List<String> options() {
        return options;
    }

    public DecisionMethod recommendedMethod() {
        return recommendedMethod;
    }

    public DecisionMethod method() {
        return method;
    }

    public String methodReason() {
        return methodReason;
    }

    public DecisionStatus status() {
        return status;
    }

    public Instant consentDeadline() {
        return consentDeadline;
    }

    public Instant fellBackAt() {
        return fellBackAt;
    }

    public String choice() {
        return choice;
    }

    public String rationale() {
        return rationale;
    }

    public List<UUID> principleIds() {
        return principleIds;
    }

    public String expectedResult() {
        return expectedResult;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public String actualResult() {
        return actualResult;
    }

    public Instant resultRecordedAt() {
        return resultRecordedAt;
    }

    public DecisionId correctsId() {
        return correctsId;
    }

    public UUID intentId() {
        return intentId;
    }

    public AreaId areaId() {
        return areaId;
    }

    public Zone zone() {
        return zone;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public List<Proposal> proposals() {
        return List.copyOf(proposals);
    }

    public List<Advice> advice() {
        return List.copyOf(advice);
    }

    public List<Reaction> reactions() {
        return List.copyOf(reactions);
    }

    public List<Objection> objections() {
        return List.copyOf(objections);
    }

    public List<Contest> contests() {
        return List.copyOf(contests);
    }

    public long version() {
        return version;
    }
}
