package org.baton.web.people;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Choosing a person's steward; {@code version} is the person's record as the page showed it. */
public class StewardForm {

    @NotNull
    private UUID stewardId;

    private Long version;

    public UUID getStewardId() {
        return stewardId;
    }

    public void setStewardId(UUID stewardId) {
        this.stewardId = stewardId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
