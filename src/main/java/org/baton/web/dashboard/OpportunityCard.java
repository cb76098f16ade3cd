package org.baton.web.dashboard;

import org.baton.network.OpportunityOpening;

/**
 * The current big opportunity statement on the dashboard: its opening, cut as the hub cuts it ({@link
 * OpportunityOpening}), with the rest on the statement's page. Showing it here does not count as reading it.
 */
record OpportunityCard(int number, String excerpt, boolean cut) {

    static OpportunityCard of(int number, String text) {
        var opening = OpportunityOpening.of(text);
        return new OpportunityCard(number, opening.text(), opening.cut());
    }
}
