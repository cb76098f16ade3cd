package org.baton.principles;

import org.baton.shared.RuleViolation;

/**
 * What someone asks the governance body to change, complete for its kind: a revision or retirement names the
 * value or principle it is about, new wording is written out, and every change says why.
 */
record ProposedChange(
        ChangeProposal.Kind kind,
        ValueId valueId,
        PrincipleId principleId,
        String text,
        String description,
        String rationale,
        Trigger trigger) {

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
        text = text == null ? null : text.strip();
    }

    /**
     * The change in words, e.g. "Revise the principle 'Decide close to the work'"; {@code about} is the name of
     * the value or the statement of the principle it concerns (ignored for a new value).
     */
    String subject(String about) {
        return kind.verb() + " '" + (kind == ChangeProposal.Kind.DEFINE_VALUE ? text : about) + "'";
    }
}
