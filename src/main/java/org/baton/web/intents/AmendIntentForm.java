package org.baton.web.intents;

import jakarta.validation.constraints.Size;
import org.baton.intents.Intent;

/** A new statement that answers the objections so far; the window starts again. */
public class AmendIntentForm {

    @Size(max = 2000)
    private String statement;

    @Size(max = 4000)
    private String reason;

    static AmendIntentForm of(Intent intent) {
        var form = new AmendIntentForm();
        form.statement = intent.statement();
        form.reason = intent.reason();
        return form;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
