package org.baton.web.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;
import org.springframework.format.annotation.DateTimeFormat;

/** A call as a member of the leadership team types it; its limits are the domain's. */
public class CoalitionCallForm {

    private Integer seats;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;

    private String criteria;

    /** While there is no leadership team: the panel, people ids one a line. */
    private String panelIds;

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public String getPanelIds() {
        return panelIds;
    }

    public void setPanelIds(String panelIds) {
        this.panelIds = panelIds;
    }

    /** The named panel (null when none is named); a line that is no person's id is refused, naming the field. */
    List<PersonId> panel() {
        if (panelIds == null || panelIds.isBlank()) {
            return null;
        }
        var lines = panelIds.strip().split("\\s+");
        if (lines.length > TextLimits.ITEMS) {
            throw new RuleViolation(
                    "panelIds", "network.coalition.panel.ids", "Name the panel by people's ids, one a line.");
        }
        var panel = new ArrayList<PersonId>();
        for (var line : lines) {
            try {
                panel.add(new PersonId(UUID.fromString(line)));
            } catch (IllegalArgumentException e) {
                throw new RuleViolation(
                        "panelIds", "network.coalition.panel.ids", "Name the panel by people's ids, one a line.");
            }
        }
        return panel;
    }
}
