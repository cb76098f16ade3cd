package org.baton.web.principles;

import jakarta.validation.constraints.Size;

/** Retiring a value or principle: a version like any other, so it says why. */
public class RetireForm {

    @Size(max = 2000)
    private String rationale;

    private Integer version;

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
