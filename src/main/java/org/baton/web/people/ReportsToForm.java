package org.baton.web.people;

import java.util.UUID;

/** Setting whom a person reports to; no manager clears the line. */
public class ReportsToForm {

    private UUID managerId;

    private Long version;

    public UUID getManagerId() {
        return managerId;
    }

    public void setManagerId(UUID managerId) {
        this.managerId = managerId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
