package org.baton.web.roles;

import jakarta.validation.constraints.Size;
import org.baton.shared.TextLimits;

/** Stepping back from a role, with an optional note on why or what a successor should know. */
public class StepBackForm {

    @Size(max = TextLimits.TEXT)
    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
