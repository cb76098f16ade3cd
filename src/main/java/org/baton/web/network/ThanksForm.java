package org.baton.web.network;

import jakarta.validation.constraints.Size;
import org.baton.shared.TextLimits;

/** Thanks as typed on the celebrations wall (the domain holds them to 500 characters). */
public class ThanksForm {

    @Size(max = TextLimits.TEXT)
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
