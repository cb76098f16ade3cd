package org.baton.web.zones;

import jakarta.validation.constraints.Size;

/** Granting an area to one holder: a home base or mission chosen as {@code HOME_BASE:id} or {@code MISSION:id}, or a role by name. */
public class MandateForm {

    /** Why, when the change is proposed to the centre rather than made directly. */
    @Size(max = 2000)
    private String rationale;

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    private String holder;

    @Size(max = 120)
    private String role;

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
