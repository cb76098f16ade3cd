package org.baton.web.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.baton.network.OpportunityVersion;
import org.baton.shared.TextLimits;

/** A new version of the big opportunity statement, with why it is proposed. */
public class OpportunityForm {

    @NotBlank
    @Size(max = OpportunityVersion.MAX_TEXT)
    private String text;

    @Size(max = TextLimits.TEXT)
    private String rationale;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }
}
