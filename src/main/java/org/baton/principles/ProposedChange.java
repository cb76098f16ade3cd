package org.baton.principles;

import java.time.LocalDate;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * What someone asks the governance body to change, complete for its kind: a revision or retirement names the
 * value or principle it is about, new wording is written out, an appointment names the person and their term,
 * and every change says why.
 */
record ProposedChange(
        ChangeProposal.Kind kind,
        ValueId valueId,
        PrincipleId principleId,
        String text,
        String description,
        String rationale,
        Trigger trigger,
        Seat seat) {

    /** A seat on the body proposed for a person, for a term that ends after it starts. */
    record Seat(PersonId personId, LocalDate startsOn, LocalDate endsOn) {

        Seat {
            if (personId == null) {
                throw new RuleViolation("personId", "proposal.member.required", "Name the person to appoint.");
            }
            if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
                throw new RuleViolation("termEndsOn", "governance.term.order", "A term ends after it starts.");
            }
        }
    }

    /** A change to the values or principles, which takes no seat. */
    ProposedChange(
            ChangeProposal.Kind kind,
            ValueId valueId,
            PrincipleId principleId,
            String text,
            String description,
            String rationale,
            Trigger trigger) {
        this(kind, valueId, principleId, text, description, rationale, trigger, null);
    }

    ProposedChange {
        if (kind == null) {
            throw new RuleViolation("kind", "proposal.kind.required", "Say what kind of change this is.");
        }
        rationale = Rationale.require(rationale);
        if (kind.aboutValue() && valueId == null) {
            throw new RuleViolation("valueId", "proposal.value.required", "Name the value this change is about.");
        }
        if (kind.aboutPrinciple() && principleId == null) {
            throw new RuleViolation(
                    "principleId", "proposal.principle.required", "Name the principle this change is about.");
        }
        if (kind.needsText() && (text == null || text.isBlank())) {
            throw new RuleViolation("text", "proposal.text.required", "Write the new wording.");
        }
        if (kind == ChangeProposal.Kind.APPOINT_MEMBER && seat == null) {
            throw new RuleViolation("personId", "proposal.member.required", "Name the person to appoint.");
        }
        text = TextLimits.require(
                "text",
                text == null ? null : text.strip(),
                kind == ChangeProposal.Kind.DEFINE_VALUE || kind == ChangeProposal.Kind.REVISE_VALUE
                        ? TextLimits.NAME
                        : TextLimits.LINE);
        description = TextLimits.require("description", description, TextLimits.TEXT);
        // Only what the kind is about is kept: an id it does not use would be stored unchecked.
        valueId = kind.aboutValue() ? valueId : null;
        principleId = kind.aboutPrinciple() ? principleId : null;
    }

    /**
     * The change in words, e.g. "Revise the principle 'Decide close to the work'"; {@code about} is the name of
     * the value, the statement of the principle or the name of the person it concerns (ignored for a new value).
     */
    String subject(String about) {
        return kind.verb() + " '" + (kind == ChangeProposal.Kind.DEFINE_VALUE ? text : about) + "'";
    }
}
