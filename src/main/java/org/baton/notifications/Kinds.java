package org.baton.notifications;

final class Kinds {

    private Kinds() {}

    /** INTENT_DECLARED → IntentDeclared, for message keys like inbox.intentDeclared. */
    static String camel(String action) {
        var out = new StringBuilder();
        for (String part : action.toLowerCase().split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
