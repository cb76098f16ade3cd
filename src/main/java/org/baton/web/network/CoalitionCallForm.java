package org.baton.web.network;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A call as a member of the leadership team types it; its limits are the domain's. */
public class CoalitionCallForm {

    private Integer seats;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;

    private String criteria;

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
}
