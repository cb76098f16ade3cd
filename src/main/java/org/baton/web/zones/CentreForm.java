package org.baton.web.zones;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The centre: its name and the people in it. */
public class CentreForm {

    /** Why, when the change is proposed to the centre rather than made directly. */
    @Size(max = 2000)
    private String rationale;

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    @NotBlank
    @Size(max = 120)
    private String name;

    private List<UUID> memberIds = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<UUID> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<UUID> memberIds) {
        this.memberIds = memberIds;
    }
}
