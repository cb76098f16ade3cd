package org.baton.web.roles;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.baton.shared.TextLimits;

/** Proposing a person for a seat of a role, and why. */
public class SelectionForm {

    private UUID personId;

    @Size(max = TextLimits.TEXT)
    private String selectionReason;

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public String getSelectionReason() {
        return selectionReason;
    }

    public void setSelectionReason(String selectionReason) {
        this.selectionReason = selectionReason;
    }
}
