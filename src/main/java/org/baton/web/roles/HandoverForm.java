package org.baton.web.roles;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.baton.shared.TextLimits;

/** Proposing that a role pass to someone, optionally from one of its holders, and why. */
public class HandoverForm {

    private UUID toPersonId;

    private UUID fromPersonId;

    @Size(max = TextLimits.TEXT)
    private String handoverReason;

    public UUID getToPersonId() {
        return toPersonId;
    }

    public void setToPersonId(UUID toPersonId) {
        this.toPersonId = toPersonId;
    }

    public UUID getFromPersonId() {
        return fromPersonId;
    }

    public void setFromPersonId(UUID fromPersonId) {
        this.fromPersonId = fromPersonId;
    }

    public String getHandoverReason() {
        return handoverReason;
    }

    public void setHandoverReason(String handoverReason) {
        this.handoverReason = handoverReason;
    }
}
