package org.baton.web.principles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A principle's statement as typed when adopting or revising it, with why it changes and, optionally, the decision or intent ({@code TYPE:id}) that called for it. */
public class PrincipleForm {

    @NotBlank
    @Size(max = 1000)
    private String statement;

    @Size(max = 2000)
    private String rationale;

    private String trigger;

    private Integer version;

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
