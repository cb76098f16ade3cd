package org.baton.web.autonomy;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.baton.roles.AutonomyFit;
import org.baton.roles.AutonomyFits;
import org.baton.shared.TextLimits;

/** A check-in as chosen: how each dimension fits, and an optional note. */
public class AutonomyCheckInForm {

    /** The domain's field names for the fits, onto this form's. */
    static final Map<String, String> FIELDS = Map.of(
            "fit.what", "what",
            "fit.when", "when",
            "fit.where", "where",
            "fit.withWhom", "withWhom");

    private AutonomyFit what;
    private AutonomyFit when;
    private AutonomyFit where;
    private AutonomyFit withWhom;

    @Size(max = TextLimits.TEXT)
    private String note;

    AutonomyFits fits() {
        return new AutonomyFits(what, when, where, withWhom);
    }

    public AutonomyFit getWhat() {
        return what;
    }

    public void setWhat(AutonomyFit what) {
        this.what = what;
    }

    public AutonomyFit getWhen() {
        return when;
    }

    public void setWhen(AutonomyFit when) {
        this.when = when;
    }

    public AutonomyFit getWhere() {
        return where;
    }

    public void setWhere(AutonomyFit where) {
        this.where = where;
    }

    public AutonomyFit getWithWhom() {
        return withWhom;
    }

    public void setWithWhom(AutonomyFit withWhom) {
        this.withWhom = withWhom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
