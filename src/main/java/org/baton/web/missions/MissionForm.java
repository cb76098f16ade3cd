package org.baton.web.missions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.Mission;
import org.baton.missions.MissionDetails;
import org.baton.missions.MissionNeeds;
import org.baton.missions.Outcome;
import org.baton.people.Expertise;
import org.baton.people.PersonId;
import org.baton.shared.TextLimits;
import org.baton.web.support.Lines;
import org.springframework.format.annotation.DateTimeFormat;

/** A mission's context as typed on the proposal and edit forms; lists are one item per line. */
public class MissionForm {

    /** The domain's names for the outcome's parts, and the fields they are typed into here. */
    static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        var fields = new HashMap<String, String>(Map.of(
                "outcome",
                "metric",
                "outcome.metric",
                "metric",
                "outcome.baseline",
                "baseline",
                "outcome.target",
                "target",
                "outcome.unit",
                "unit"));
        // An area of the needed expertise (neededExpertise[3]) is one line of the one field they are typed in.
        for (int i = 0; i < TextLimits.ITEMS; i++) {
            fields.put("neededExpertise[" + i + "]", "neededExpertise");
        }
        return Map.copyOf(fields);
    }

    @NotBlank
    @Size(max = 160)
    private String title;

    private UUID homeBaseId;
    private UUID leaderId;
    private List<UUID> memberIds = new ArrayList<>();

    @NotBlank
    @Size(max = 200)
    private String metric;

    @NotNull
    private BigDecimal baseline;

    @NotNull
    private BigDecimal target;

    @Size(max = 40)
    private String unit;

    private String successCriteria;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private String constraints;
    private String authority;
    private String neededExpertise;

    @Min(1)
    @Max(MissionNeeds.MAX_SIZE)
    private Integer size;

    @Min(1)
    @Max(MissionNeeds.MAX_HOURS_PER_WEEK)
    private Integer hoursPerWeek;

    private Long version;

    static MissionForm of(Mission mission) {
        var form = new MissionForm();
        form.title = mission.title();
        form.homeBaseId =
                mission.homeBaseId() == null ? null : mission.homeBaseId().value();
        form.leaderId = mission.leaderId() == null ? null : mission.leaderId().value();
        form.memberIds = new ArrayList<>(
                mission.memberIds().stream().map(PersonId::value).toList());
        form.metric = mission.outcome().metric();
        form.baseline = mission.outcome().baseline();
        form.target = mission.outcome().target();
        form.unit = mission.outcome().unit();
        form.successCriteria = Lines.join(mission.successCriteria());
        form.startsOn = mission.startsOn();
        form.endsOn = mission.endsOn();
        form.constraints = Lines.join(mission.constraints());
        form.authority = Lines.join(mission.authority());
        form.neededExpertise = Lines.join(mission.needs().neededExpertise().stream()
                .map(Expertise::toString)
                .toList());
        form.size = mission.needs().size();
        form.hoursPerWeek = mission.needs().hoursPerWeek();
        form.version = mission.version();
        return form;
    }

    /** The details for the domain; the outcome refuses a missing or unchanging metric as a rule violation. */
    MissionDetails details() {
        return new MissionDetails(
                title,
                homeBaseId == null ? null : new HomeBaseId(homeBaseId),
                leaderId == null ? null : new PersonId(leaderId),
                memberIds == null
                        ? List.of()
                        : memberIds.stream().map(PersonId::new).toList(),
                new Outcome(metric, baseline, target, unit),
                Lines.of(successCriteria),
                startsOn,
                endsOn,
                Lines.of(constraints),
                Lines.of(authority),
                needs());
    }

    /** The needs, expertise typed one per line as "Area" or "Area: LEVEL". */
    private MissionNeeds needs() {
        return new MissionNeeds(
                Lines.of(neededExpertise).stream().map(Expertise::parse).toList(), size, hoursPerWeek);
    }

    public String getNeededExpertise() {
        return neededExpertise;
    }

    public void setNeededExpertise(String neededExpertise) {
        this.neededExpertise = neededExpertise;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(Integer hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public UUID getHomeBaseId() {
        return homeBaseId;
    }

    public void setHomeBaseId(UUID homeBaseId) {
        this.homeBaseId = homeBaseId;
    }

    public UUID getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(UUID leaderId) {
        this.leaderId = leaderId;
    }

    public List<UUID> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<UUID> memberIds) {
        this.memberIds = memberIds;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
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

    public String getSuccessCriteria() {
        return successCriteria;
    }

    public void setSuccessCriteria(String successCriteria) {
        this.successCriteria = successCriteria;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getConstraints() {
        return constraints;
    }

    public void setConstraints(String constraints) {
        this.constraints = constraints;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
