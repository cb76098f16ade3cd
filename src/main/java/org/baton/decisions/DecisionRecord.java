package org.baton.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Visibility;
import org.baton.teams.Audience;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;

/**
 * What a decision's record holds, as the pages, the API and the log read it: title, context, options, the
 * choice, the principles in play, the decider, the method, the advice and objections with their resolution,
 * zone, reversibility, consequence, expected result, review date and, later, the actual result. Read-only;
 * only {@link Decision} changes it, one guarded step at a time.
 */
public sealed interface DecisionRecord permits Decision {

    DecisionId id();

    OrganizationId organizationId();

    DecisionSubject subject();

    List<String> options();

    Origin origin();

    Standing standing();

    Contributions contributions();

    long version();

    default PersonId deciderId() {
        return standing().deciderId();
    }

    default Risk risk() {
        return standing().risk();
    }

    /** Null when the decision was not put to consent. */
    default ConsentRound consentRound() {
        return standing().consentRound();
    }

    /** Null until the decision is made. */
    default Outcome outcome() {
        return standing().outcome();
    }

    /** Null until the actual result is recorded. */
    default Result result() {
        return standing().result();
    }

    default String title() {
        return subject().title();
    }

    default String context() {
        return subject().context();
    }

    default Scope scope() {
        return subject().scope();
    }

    default PersonId proposerId() {
        return origin().proposerId();
    }

    default Instant raisedAt() {
        return origin().raisedAt();
    }

    default DecisionId correctsId() {
        return origin().correctsId();
    }

    default UUID intentId() {
        return origin().intentId();
    }

    default AreaId areaId() {
        return origin().areaId();
    }

    default Zone zone() {
        return origin().zone();
    }

    default Reversibility reversibility() {
        return risk().reversibility();
    }

    default Consequence consequence() {
        return risk().consequence();
    }

    default DecisionMethod recommendedMethod() {
        return risk().recommendedMethod();
    }

    default DecisionMethod method() {
        return risk().method();
    }

    default String methodReason() {
        return risk().methodReason();
    }

    default DecisionStatus status() {
        return outcome() == null ? DecisionStatus.OPEN : DecisionStatus.DECIDED;
    }

    default Instant consentDeadline() {
        return consentRound() == null ? null : consentRound().deadline();
    }

    /** Until when the decider waits for the people consulted; null unless the decision consults the impacted. */
    default Instant consultUntil() {
        return standing().consultUntil();
    }

    default Instant fellBackAt() {
        return consentRound() == null ? null : consentRound().fellBackAt();
    }

    default String choice() {
        return outcome() == null ? null : outcome().choice();
    }

    default String rationale() {
        return outcome() == null ? null : outcome().rationale();
    }

    /** The principles the decider cited; empty until the decision is made. */
    default List<UUID> principleIds() {
        return outcome() == null ? List.of() : outcome().principleIds();
    }

    /** What the made decision is flagged for; empty while open, and when nothing needs attention. */
    default List<DecisionFlag> flags() {
        return outcome() == null ? List.of() : outcome().flags();
    }

    default String expectedResult() {
        return outcome() == null ? null : outcome().expectedResult();
    }

    default LocalDate reviewOn() {
        return outcome() == null ? null : outcome().reviewOn();
    }

    default Instant decidedAt() {
        return outcome() == null ? null : outcome().decidedAt();
    }

    default String actualResult() {
        return result() == null ? null : result().actual();
    }

    default Instant resultRecordedAt() {
        return result() == null ? null : result().recordedAt();
    }

    default List<Proposal> proposals() {
        return contributions().proposals();
    }

    default Proposal currentProposal() {
        return contributions().currentProposal();
    }

    default List<Advice> advice() {
        return contributions().advice();
    }

    default List<Reaction> reactions() {
        return contributions().reactions();
    }

    default List<Objection> objections() {
        return contributions().objections();
    }

    default List<Objection> openObjections() {
        return contributions().openObjections();
    }

    default List<Contest> contests() {
        return contributions().contests();
    }

    /** The participants of its consent round; empty unless it was raised for consent. */
    default List<PersonId> participants() {
        return contributions().participants();
    }

    /** The participants who have not consented yet: no answer, or an objection still open. */
    default List<PersonId> awaitedParticipants() {
        return contributions().awaitedParticipants();
    }

    /** A participant's latest reaction, if they reacted. */
    default Optional<Reaction> reactionOf(PersonId participant) {
        return contributions().reactionOf(participant);
    }

    /** Whether the proposer offered an integration of {@code objection} by amending the proposal since. */
    default boolean integrationOffered(Objection objection) {
        return contributions().integrationOffered(objection);
    }

    /** The people consulted who have not answered yet. */
    default List<PersonId> awaitedConsultations() {
        return contributions().awaitedConsultations();
    }

    /** The people it consults; empty unless it consults the impacted. */
    default List<Consultation> consultations() {
        return contributions().consultations();
    }

    default Visibility visibility() {
        return subject().visibility();
    }

    /**
     * Who may see the decision: its visibility over its scope, and the people named on it: its proposer, its
     * decider, the people its draft named, its consent round's participants, the people it consults and those
     * asked for advice.
     */
    default Audience audience() {
        var named = new LinkedHashSet<PersonId>();
        named.add(proposerId());
        named.add(deciderId());
        named.addAll(subject().named());
        named.addAll(participants());
        consultations().forEach(c -> named.add(c.personId()));
        advice().forEach(a -> named.add(a.personId()));
        return new Audience(visibility(), scope(), named);
    }
}
