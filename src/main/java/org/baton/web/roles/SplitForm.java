package org.baton.web.roles;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.baton.shared.TextLimits;
import org.baton.web.support.Lines;

/** Proposing to split a role into sub-roles: their titles, one per line, and why. */
public class SplitForm {

    /** Ten titles of at most {@link TextLimits#TITLE} characters each, with their line breaks. */
    static final int TITLES_TEXT = 10 * (TextLimits.TITLE + 2);

    @Size(max = TITLES_TEXT)
    private String titles;

    @Size(max = TextLimits.TEXT)
    private String splitReason;

    List<String> titleList() {
        return Lines.of(titles);
    }

    public String getTitles() {
        return titles;
    }

    public void setTitles(String titles) {
        this.titles = titles;
    }

    public String getSplitReason() {
        return splitReason;
    }

    public void setSplitReason(String splitReason) {
        this.splitReason = splitReason;
    }
}
