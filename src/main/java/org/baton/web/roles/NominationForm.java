package org.baton.web.roles;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.baton.shared.TextLimits;

/** Putting someone forward for a seat of a role, saying why. */
public class NominationForm {

    private UUID nomineeId;

    @Size(max = TextLimits.TEXT)
    private String nominationReason;

    public UUID getNomineeId() {
        return nomineeId;
    }

    public void setNomineeId(UUID nomineeId) {
        this.nomineeId = nomineeId;
    }

    public String getNominationReason() {
        return nominationReason;
    }

    public void setNominationReason(String nominationReason) {
        this.nominationReason = nominationReason;
    }
}
