package org.baton.web.network;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.shared.TextLimits;

/** A conversation as a member of the urgency group logs it: the people they talked with, ticked, and a note. */
public class UrgencyConversationForm {

    private List<UUID> withPersonIds = new ArrayList<>();

    @Size(max = TextLimits.LINE)
    private String note;

    public List<UUID> getWithPersonIds() {
        return withPersonIds;
    }

    public void setWithPersonIds(List<UUID> withPersonIds) {
        this.withPersonIds = withPersonIds == null ? new ArrayList<>() : withPersonIds;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
