package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * What people brought to a decision: the versions of its proposal, the advice asked and given, the participants
 * of a consent round with their reactions and reasoned objections, the consultations of the impacted, and the
 * contests of a fallback decider. Proposals, participants, objections and contests are only ever added; an
 * objection or a contest changes only its status, advice and a consultation only its answer; a reaction is
 * replaced by the same person's next one.
 */
public final class Contributions {

    private final Parts<Proposal> proposals;
    private final Parts<Advice> advice;
    private final Parts<Reaction> reactions;
    private final Parts<Objection> objections;
    private final Parts<Contest> contests;
    private final Parts<PersonId> participants;
    private final Parts<Consultation> consultations;

    Contributions(
            List<Proposal> proposals,
            List<Advice> advice,
            List<Reaction> reactions,
            List<Objection> objections,
            List<Contest> contests,
            List<PersonId> participants,
            List<Consultation> consultations) {
        this.proposals = new Parts<>(proposals);
        this.advice = new Parts<>(advice);
        this.reactions = new Parts<>(reactions);
        this.objections = new Parts<>(objections);
        this.contests = new Parts<>(contests);
        this.participants = new Parts<>(participants);
        this.consultations = new Parts<>(consultations);
    }

    /**
     * A new decision's contributions: its first proposal, the participants of its consent round and the people it
     * consults, each asked now.
     */
    static Contributions proposing(String text, List<PersonId> participants, List<PersonId> consulted, Instant now) {
        var contributions =
                new Contributions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        contributions.proposals.add(new Proposal(1, text, now));
        participants.forEach(contributions.participants::add);
        consulted.forEach(person -> contributions.consultations.add(Consultation.asked(person, now)));
        return contributions;
    }

    /** Asks everyone named who was not asked before; returns those newly asked. */
    List<PersonId> askAdvice(List<PersonId> people, Instant now) {
        if (people.isEmpty()) {
            throw new RuleViolation(
                    "personIds", "decision.advice.nobody", "Name at least one person to ask for advice.");
        }
        var asked = people.stream()
                .distinct()
                .filter(person -> adviceOf(person).isEmpty())
                .toList();
        asked.forEach(person -> advice.add(Advice.asked(person, now)));
        return asked;
    }

    /** Advice asked of {@code by} is answered; advice nobody asked for is recorded as asked and given now. */
    Advice giveAdvice(PersonId by, String text, Instant now) {
        var asked = adviceOf(by);
        var given = asked.orElseGet(() -> Advice.asked(by, now)).give(text, now);
        asked.ifPresentOrElse(a -> advice.replace(a, given), () -> advice.add(given));
        return given;
    }

    /** The latest reaction of each person counts. */
    void react(Reaction reaction) {
        TextLimits.require("comment", reaction.comment(), TextLimits.REASON);
        find(reactions, r -> r.personId().equals(reaction.personId()))
                .ifPresentOrElse(old -> reactions.renew(old, reaction), () -> reactions.add(reaction));
    }

    /** An objection, raised against the current proposal, is also its author's reaction. */
    Objection object(PersonId by, String harm, Instant now) {
        var objection = Objection.raise(by, harm, currentProposal().version(), now);
        objections.add(objection);
        react(new Reaction(by, Reaction.Kind.OBJECTION, objection.harm(), now));
        return objection;
    }

    Objection withdraw(UUID objectionId, PersonId by, Instant now) {
        var objection = objection(objectionId);
        var withdrawn = objection.withdrawBy(by, now);
        objections.replace(objection, withdrawn);
        consentOnceSettled(by, now);
        return withdrawn;
    }

    /** The objector accepts an integration, once an amendment since their objection answers it. */
    Objection acceptIntegration(UUID objectionId, PersonId by, Instant now) {
        var objection = objection(objectionId);
        var integrated = objection.acceptIntegrationBy(by, integrationOffered(objection), now);
        objections.replace(objection, integrated);
        consentOnceSettled(by, now);
        return integrated;
    }

    /** A new version of the proposal; the objections it names as answered must be open objections of this decision. */
    Proposal amend(String text, List<UUID> answering, Instant now) {
        var named = answering == null
                ? List.<UUID>of()
                : answering.stream().distinct().toList();
        var unknown = named.stream()
                .filter(id -> openObjections().stream().noneMatch(o -> o.id().equals(id)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation(
                    "objectionIds",
                    "decision.amendment.unknownObjection",
                    "These are not open objections of this decision: " + unknown,
                    unknown.toString());
        }
        var amended = currentProposal().amend(text, named, now);
        proposals.add(amended);
        return amended;
    }

    /** An objector whose last open objection is withdrawn or integrated consents to the proposal as it stands. */
    private void consentOnceSettled(PersonId objector, Instant now) {
        if (!openObjectors().contains(objector)) {
            react(new Reaction(objector, Reaction.Kind.CONSENT, "", now));
        }
    }

    /** Whether an amendment since {@code objection} answers it, so that its objector may accept the integration. */
    public boolean integrationOffered(Objection objection) {
        return proposals.all().stream().anyMatch(p -> p.offersIntegrationOf(objection));
    }

    /** {@code by}'s answer to their consultation; only the people consulted answer. */
    Consultation answerConsultation(PersonId by, String answer, Instant now) {
        var asked = consultationOf(by)
                .orElseThrow(() -> new NotPermitted("Only the people this decision consults answer its consultation."));
        var answered = asked.answer(answer, now);
        consultations.replace(asked, answered);
        return answered;
    }

    Contest contest(PersonId by, String reason, Instant now) {
        var contest = Contest.raise(by, reason, now);
        contests.add(contest);
        return contest;
    }

    Contest answer(UUID contestId, String answer, Instant now) {
        var contest =
                find(contests, c -> c.id().equals(contestId)).orElseThrow(() -> new NotFound("contest", contestId));
        var answered = contest.answer(answer, now);
        contests.replace(contest, answered);
        return answered;
    }

    public List<Proposal> proposals() {
        return proposals.all();
    }

    public Proposal currentProposal() {
        return proposals.all().getLast();
    }

    public List<Advice> advice() {
        return advice.all();
    }

    public List<Reaction> reactions() {
        return reactions.all();
    }

    public List<Objection> objections() {
        return objections.all();
    }

    public List<Objection> openObjections() {
        return objections.all().stream().filter(Objection::open).toList();
    }

    /** The people whose objections are open, each once. */
    List<PersonId> openObjectors() {
        return openObjections().stream().map(Objection::raisedBy).distinct().toList();
    }

    public List<Contest> contests() {
        return contests.all();
    }

    /** The people whose consent the round needs; the proposer and the decider are never among them. */
    public List<PersonId> participants() {
        return participants.all();
    }

    public boolean isParticipant(PersonId person) {
        return person != null && participants.all().contains(person);
    }

    /** A participant's latest reaction, if they answered. */
    public Optional<Reaction> reactionOf(PersonId participant) {
        return find(reactions, r -> r.personId().equals(participant));
    }

    /** The participants who have not consented (nor raised a concern, which counts as consent). */
    public List<PersonId> awaitedParticipants() {
        return participants.all().stream()
                .filter(p -> reactionOf(p)
                        .map(r -> r.kind() == Reaction.Kind.OBJECTION)
                        .orElse(true))
                .toList();
    }

    public List<Consultation> consultations() {
        return consultations.all();
    }

    public boolean isConsulted(PersonId person) {
        return consultationOf(person).isPresent();
    }

    /** The people consulted who have not answered yet. */
    public List<PersonId> awaitedConsultations() {
        return consultations.all().stream()
                .filter(c -> !c.answered())
                .map(Consultation::personId)
                .toList();
    }

    Parts<Proposal> proposalParts() {
        return proposals;
    }

    Parts<Advice> adviceParts() {
        return advice;
    }

    Parts<Reaction> reactionParts() {
        return reactions;
    }

    Parts<Objection> objectionParts() {
        return objections;
    }

    Parts<Contest> contestParts() {
        return contests;
    }

    Parts<PersonId> participantParts() {
        return participants;
    }

    Parts<Consultation> consultationParts() {
        return consultations;
    }

    /** Everything is written: nothing counts as new or changed any more. */
    void saved() {
        List.of(proposals, advice, reactions, objections, contests, participants, consultations)
                .forEach(Parts::saved);
    }

    private Optional<Consultation> consultationOf(PersonId person) {
        return find(consultations, c -> c.personId().equals(person));
    }

    private Optional<Advice> adviceOf(PersonId person) {
        return find(advice, a -> a.personId().equals(person));
    }

    private Objection objection(UUID objectionId) {
        return find(objections, o -> o.id().equals(objectionId))
                .orElseThrow(() -> new NotFound("objection", objectionId));
    }

    private static <T> Optional<T> find(Parts<T> parts, Predicate<T> which) {
        return parts.all().stream().filter(which).findFirst();
    }
}
