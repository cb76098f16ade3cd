package org.baton.people;

import org.baton.shared.RuleViolation;

/** A knowledge area a person works in, and how far they have come in it. */
public record Expertise(String area, Level level) {

    public enum Level {
        LEARNING,
        PRACTITIONER,
        EXPERT
    }

    public Expertise {
        if (area == null || area.isBlank()) {
            throw new RuleViolation("expertise", "person.expertise.area.required", "Every expertise needs an area.");
        }
        area = area.strip();
        level = level == null ? Level.PRACTITIONER : level;
    }

    /** How areas are compared, wherever they are written: without case or surrounding spaces. */
    public static String key(String area) {
        return area.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads "Area" or "Area: LEVEL", the way people write expertise in a single line. */
    public static Expertise parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon > 0) {
            String level = text.substring(colon + 1).strip().toUpperCase(java.util.Locale.ROOT);
            for (Level candidate : Level.values()) {
                if (candidate.name().equals(level)) {
                    return new Expertise(text.substring(0, colon), candidate);
                }
            }
        }
        return new Expertise(text, Level.PRACTITIONER);
    }

    @Override
    public String toString() {
        return area + ": " + level;
    }
}
