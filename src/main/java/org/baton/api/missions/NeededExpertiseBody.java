package org.baton.api.missions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.baton.people.Expertise;
import org.baton.shared.TextLimits;

/** An expertise area a mission needs, at a level (PRACTITIONER when not said). */
record NeededExpertiseBody(@NotBlank @Size(max = TextLimits.LABEL) String area, Expertise.Level level) {

    static NeededExpertiseBody of(Expertise expertise) {
        return new NeededExpertiseBody(expertise.area(), expertise.level());
    }

    Expertise expertise() {
        return new Expertise(area, level);
    }
}
