package org.baton.web.autonomy;

import java.time.LocalDate;
import java.util.Map;
import org.baton.roles.AutonomyStages;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A stage per dimension and a review date, as typed: new stages the parties agree anew (with the version they read),
 * and the part of a new agreement that {@link AutonomyAgreementForm} adds its parties and context to.
 */
public class AutonomyStagesForm {

    /** The domain's field names for the stages, onto this form's. */
    static final Map<String, String> FIELDS = Map.of(
            "stages.what", "what",
            "stages.when", "when",
            "stages.where", "where",
            "stages.withWhom", "withWhom",
            "stages", "what");

    private Integer what;
    private Integer when;
    private Integer where;
    private Integer withWhom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewOn;

    private long version;

    /** The form filled with the stages and review date in force. */
    static AutonomyStagesForm of(AutonomyAgreementPage page) {
        var form = new AutonomyStagesForm();
        for (var s : page.stages()) {
            switch (s.dimension()) {
                case WHAT -> form.what = s.stage();
                case WHEN -> form.when = s.stage();
                case WHERE -> form.where = s.stage();
                case WITH_WHOM -> form.withWhom = s.stage();
            }
        }
        form.reviewOn = page.reviewOn();
        form.version = page.version();
        return form;
    }

    AutonomyStages stages() {
        return new AutonomyStages(what, when, where, withWhom);
    }

    public Integer getWhat() {
        return what;
    }

    public void setWhat(Integer what) {
        this.what = what;
    }

    public Integer getWhen() {
        return when;
    }

    public void setWhen(Integer when) {
        this.when = when;
    }

    public Integer getWhere() {
        return where;
    }

    public void setWhere(Integer where) {
        this.where = where;
    }

    public Integer getWithWhom() {
        return withWhom;
    }

    public void setWithWhom(Integer withWhom) {
        this.withWhom = withWhom;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
