package org.baton.web.principles;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.baton.principles.Review;

/** What a regeneration review decided for one principle: kept, changed (with the new statement) or retired. */
public class OutcomeForm {

    @NotNull
    private UUID principleId;

    private Review.Outcome.Kind outcome;

    @Size(max = 1000)
    private String statement;

    @Size(max = 2000)
    private String note;

    public UUID getPrincipleId() {
        return principleId;
    }

    public void setPrincipleId(UUID principleId) {
        this.principleId = principleId;
    }

    public Review.Outcome.Kind getOutcome() {
        return outcome;
    }

    public void setOutcome(Review.Outcome.Kind outcome) {
        this.outcome = outcome;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
