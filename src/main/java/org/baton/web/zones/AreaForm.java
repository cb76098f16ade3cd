package org.baton.web.zones;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baton.zones.Zone;

/** A decision area as typed: its name, its zone and what decisions it covers. */
public class AreaForm {

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

    @NotNull
    private Zone zone;

    @Size(max = 2000)
    private String description;

    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Zone getZone() {
        return zone;
    }

    public void setZone(Zone zone) {
        this.zone = zone;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
