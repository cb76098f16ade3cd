package org.baton.web.dashboard;

/**
 * The current big opportunity statement on the dashboard: its beginning, cut at a word before {@link #LENGTH}
 * characters, with the rest on the statement's page. Showing it here does not count as reading it.
 */
record OpportunityCard(int number, String excerpt, boolean cut) {

    static final int LENGTH = 300;

    static OpportunityCard of(int number, String text) {
        if (text.length() <= LENGTH) {
            return new OpportunityCard(number, text, false);
        }
        int end = text.lastIndexOf(' ', LENGTH);
        String excerpt = text.substring(0, end > LENGTH / 2 ? end : LENGTH).strip();
        return new OpportunityCard(number, excerpt + "…", true);
    }
}
