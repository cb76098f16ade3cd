package org.baton.web.missions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A check-in as typed: the metric's current value and the team's confidence of reaching the target. */
public class CheckInForm {

    @NotNull
    private BigDecimal value;

    @NotNull
    @Min(0)
    @Max(100)
    private Integer confidence;

    @Size(max = 2000)
    private String note;

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Integer getConfidence() {
        return confidence;
    }

    public void setConfidence(Integer confidence) {
        this.confidence = confidence;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
