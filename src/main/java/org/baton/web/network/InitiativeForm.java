package org.baton.web.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.network.InitiativeDraft;
import org.baton.network.InitiativeMetric;
import org.baton.network.InitiativeParameters;
import org.baton.shared.TextLimits;

/** A strategic initiative as typed on the initiatives page by a member of the coalition. */
public class InitiativeForm {

    /** The domain's names for the metric's and parameters' parts, and the fields they are typed into here. */
    static final Map<String, String> FIELDS = Map.of(
            "metric",
            "metricName",
            "metric.name",
            "metricName",
            "metric.baseline",
            "baseline",
            "metric.target",
            "target",
            "metric.unit",
            "unit",
            "parameters.text",
            "parameters",
            "parameters.budgetCap",
            "budgetCap");

    @NotBlank
    @Size(max = TextLimits.TITLE)
    private String title;

    @NotBlank
    @Size(max = TextLimits.LINE)
    private String metricName;

    @NotNull
    private BigDecimal baseline;

    @NotNull
    private BigDecimal target;

    @Size(max = TextLimits.LABEL)
    private String unit;

    @Size(max = InitiativeParameters.TEXT_LIMIT)
    private String parameters;

    @PositiveOrZero
    private BigDecimal budgetCap;

    private boolean ninetyDayWin = true;

    private UUID homeBaseId;

    InitiativeDraft draft() {
        return new InitiativeDraft(
                title,
                new InitiativeMetric(metricName, baseline, target, unit),
                new InitiativeParameters(parameters, budgetCap),
                ninetyDayWin,
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                null);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMetricName() {
        return metricName;
    }

    public void setMetricName(String metricName) {
        this.metricName = metricName;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }

    public BigDecimal getBudgetCap() {
        return budgetCap;
    }

    public void setBudgetCap(BigDecimal budgetCap) {
        this.budgetCap = budgetCap;
    }

    public boolean isNinetyDayWin() {
        return ninetyDayWin;
    }

    public void setNinetyDayWin(boolean ninetyDayWin) {
        this.ninetyDayWin = ninetyDayWin;
    }

    public UUID getHomeBaseId() {
        return homeBaseId;
    }

    public void setHomeBaseId(UUID homeBaseId) {
        this.homeBaseId = homeBaseId;
    }
}
