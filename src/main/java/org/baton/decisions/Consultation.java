package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/** A person a CONSULT_IMPACTED decision impacts, asked when it was raised, and once answered, what they said. */
public record Consultation(PersonId personId, Instant askedAt, String answer, Instant answeredAt) {

    static final int MAX_ANSWER = TextLimits.REASON;

    static Consultation asked(PersonId person, Instant now) {
        return new Consultation(person, now, null, null);
    }

    public boolean answered() {
        return answer != null;
    }

    /** The answer given now, in words; a later answer replaces an earlier one while the decision is open. */
    Consultation answer(String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(
                    "answer", "decision.consultation.answerRequired", "Write what you think of the decision.");
        }
        if (text.strip().length() > MAX_ANSWER) {
            throw new RuleViolation(
                    "answer",
                    "decision.consultation.answerTooLong",
                    "An answer has at most " + MAX_ANSWER + " characters.",
                    MAX_ANSWER);
        }
        return new Consultation(personId, askedAt, text.strip(), now);
    }
}
