package org.baton.web.principles;

import java.util.List;
import org.baton.principles.Status;
import org.baton.principles.Value;

/** A value on the overview with its active principles, its retired ones folded away. */
public record ValueSection(Value value, List<PrincipleRow> active, List<PrincipleRow> retired, boolean crowded) {

    public boolean isRetired() {
        return value.status() == Status.RETIRED;
    }
}
