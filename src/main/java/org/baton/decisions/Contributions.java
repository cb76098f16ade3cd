package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.RuleViolation;

/**
 * What people brought to a decision: the versions of its proposal, the advice asked and given, the reactions
 * and reasoned objections of a consent round, and the contests of a fallback decider. Proposals, objections
 * and contests are only ever added; an objection or a contest changes only its status, advice only its answer;
 * a reaction is replaced by the same person's next one.
 */
public final class Contributions {

    private final Parts<Proposal> proposals;
    private final Parts<Advice> advice;
    private final Parts<Reaction> reactions;
    private final Parts<Objection> objections;
    private final Parts<Contest> contests;

    Contributions(
            List<Proposal> proposals,
            List<Advice> advice,
            List<Reaction> reactions,
            List<Objection> objections,
            List<Contest> contests) {
        this.proposals = new Parts<>(proposals);
        this.advice = new Parts<>(advice);
        this.reactions = new Parts<>(reactions);
        this.objections = new Parts<>(objections);
        this.contests = new Parts<>(contests);
    }

    /** A new decision's contributions: its first proposal. */
    static Contributions proposing(String text, Instant now) {
        var contributions = new Contributions(List.of(), List.of(), List.of(), List.of(), List.of());
        contributions.proposals.add(new Proposal(1, text, now));
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
        find(reactions, r -> r.personId().equals(reaction.personId()))
                .ifPresentOrElse(old -> reactions.renew(old, reaction), () -> reactions.add(reaction));
    }

    /** An objection is also its author's reaction. */
    Objection object(PersonId by, String harm, Instant now) {
        var objection = Objection.raise(by, harm, now);
        objections.add(objection);
        react(new Reaction(by, Reaction.Kind.OBJECTION, objection.harm(), now));
        return objection;
    }

    Objection withdraw(UUID objectionId, PersonId by, Instant now) {
        var objection = objection(objectionId);
        var withdrawn = objection.withdrawBy(by, now);
        objections.replace(objection, withdrawn);
        return withdrawn;
    }

    Objection integrate(UUID objectionId, PersonId by, PersonId decider, Instant now) {
        var objection = objection(objectionId);
        var integrated = objection.integrateBy(by, decider, now);
        objections.replace(objection, integrated);
        return integrated;
    }

    Proposal amend(String text, Instant now) {
        var amended = currentProposal().amend(text, now);
        proposals.add(amended);
        return amended;
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

    /** Everything is written: nothing counts as new or changed any more. */
    void saved() {
        List.of(proposals, advice, reactions, objections, contests).forEach(Parts::saved);
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
