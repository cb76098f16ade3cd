package org.baton.activity;

import org.baton.activity.Change.SubjectType;
import org.baton.people.People;
import org.baton.principles.ChangeAdopted;
import org.baton.principles.ChangeProposed;
import org.baton.principles.GovernanceEvent;
import org.baton.principles.MemberAppointed;
import org.baton.principles.PrincipleAdopted;
import org.baton.principles.PrincipleEvent;
import org.baton.principles.PrincipleRetired;
import org.baton.principles.PrincipleRevised;
import org.baton.principles.ReviewCadenceChanged;
import org.baton.principles.ReviewClosed;
import org.baton.principles.ReviewOutcomeRecorded;
import org.baton.principles.ReviewStarted;
import org.baton.principles.TensionRaised;
import org.baton.principles.ValueDefined;
import org.baton.principles.ValueRetired;
import org.baton.principles.ValueRevised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Values and principles defined, revised and retired; who joined the governance body; changes proposed to
 * it; regeneration reviews started and closed. Tensions and single review outcomes stay on their pages.
 */
@Component
class PrincipleTimeline {

    private final Activity activity;
    private final People people;

    PrincipleTimeline(Activity activity, People people) {
        this.activity = activity;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(PrincipleEvent event) {
        switch (event) {
            case ValueDefined e ->
                activity.record(
                        e,
                        e.actor(),
                        "valueDefined",
                        SubjectType.VALUE,
                        e.valueId().value(),
                        e.name(),
                        "",
                        provenance(e));
            case ValueRevised e ->
                activity.record(
                        e,
                        e.actor(),
                        "valueRevised",
                        SubjectType.VALUE,
                        e.valueId().value(),
                        e.name(),
                        version(e.version()),
                        provenance(e));
            case ValueRetired e ->
                activity.record(
                        e,
                        e.actor(),
                        "valueRetired",
                        SubjectType.VALUE,
                        e.valueId().value(),
                        e.name(),
                        "",
                        provenance(e));
            case PrincipleAdopted e ->
                activity.record(
                        e,
                        e.actor(),
                        "principleAdopted",
                        SubjectType.PRINCIPLE,
                        e.principleId().value(),
                        e.statement(),
                        "",
                        provenance(e));
            case PrincipleRevised e ->
                activity.record(
                        e,
                        e.actor(),
                        "principleRevised",
                        SubjectType.PRINCIPLE,
                        e.principleId().value(),
                        e.statement(),
                        version(e.version()),
                        provenance(e));
            case PrincipleRetired e ->
                activity.record(
                        e,
                        e.actor(),
                        "principleRetired",
                        SubjectType.PRINCIPLE,
                        e.principleId().value(),
                        e.statement(),
                        "",
                        provenance(e));
        }
    }

    @ApplicationModuleListener
    void on(GovernanceEvent event) {
        switch (event) {
            case MemberAppointed e -> {
                var member = people.find(e.organizationId(), e.member());
                if (member.isPresent()) {
                    activity.record(
                            e,
                            e.actor(),
                            "governanceMemberAppointed",
                            SubjectType.PERSON,
                            e.member().value(),
                            member.get().name(),
                            "",
                            e.decisionId() == null ? null : e.decisionId().value());
                }
            }
            case ChangeProposed e ->
                activity.record(
                        e,
                        e.actor(),
                        "changeProposed",
                        SubjectType.DECISION,
                        e.decisionId().value(),
                        e.subject(),
                        "");
            case ReviewStarted e ->
                activity.record(e, e.actor(), "reviewStarted", SubjectType.REVIEW, e.reviewId(), "", "");
            case ReviewClosed e ->
                activity.record(
                        e,
                        e.actor(),
                        "reviewClosed",
                        SubjectType.REVIEW,
                        e.reviewId(),
                        "",
                        Integer.toString(e.outcomes()));
            case ChangeAdopted quiet -> {
                // The value or principle it changed says so itself.
            }
            case ReviewCadenceChanged quiet -> {}
            case ReviewOutcomeRecorded quiet -> {}
            case TensionRaised quiet -> {}
        }
    }

    private static java.util.UUID provenance(PrincipleEvent e) {
        return e.decisionId() == null ? null : e.decisionId().value();
    }

    private static String version(int version) {
        return Integer.toString(version);
    }
}
