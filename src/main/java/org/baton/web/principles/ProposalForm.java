package org.baton.web.principles;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.baton.principles.ChangeProposal;

/** A change to the values or principles, proposed to the governance body for consent. */
public class ProposalForm {

    @NotNull
    private ChangeProposal.Kind kind;

    private UUID valueId;

    private UUID principleId;

    @Size(max = 1000)
    private String text;

    @Size(max = 2000)
    private String description;

    @Size(max = 2000)
    private String rationale;

    public ChangeProposal.Kind getKind() {
        return kind;
    }

    public void setKind(ChangeProposal.Kind kind) {
        this.kind = kind;
    }

    public UUID getValueId() {
        return valueId;
    }

    public void setValueId(UUID valueId) {
        this.valueId = valueId;
    }

    public UUID getPrincipleId() {
        return principleId;
    }

    public void setPrincipleId(UUID principleId) {
        this.principleId = principleId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }
}
