package org.baton.web.principles;

import java.util.UUID;

/**
 * A decision, intent or regeneration review that a change or a tension points to: {@code key} is how it is
 * chosen in a select ({@code DECISION:id}), {@code href} where its page is.
 */
public record WorkLink(String type, UUID id, String label) {

    public String key() {
        return type + ":" + id;
    }

    public String href() {
        return switch (type) {
            case "DECISION" -> "/decisions/" + id;
            case "INTENT" -> "/intents/" + id;
            default -> "/reviews/" + id;
        };
    }

    boolean known() {
        return id != null;
    }
}
