package org.baton.web.principles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A value's name and description as typed when defining or revising it; a revision also says why. */
public class ValueForm {

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 2000)
    private String description;

    @Size(max = 2000)
    private String rationale;

    private Integer version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
