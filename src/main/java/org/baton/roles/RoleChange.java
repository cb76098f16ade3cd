package org.baton.roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * A change to who holds a role or what it covers, adopted by consent of the role's circle: a hand-over to
 * someone ({@code toPersonId}, optionally from one of several holders), a split into sub-roles (2 to 10 distinct
 * titles), or the selection of a person for a seat. Complete for its kind and bounded, so a proposal is never
 * saved half-said.
 */
public record RoleChange(Kind kind, PersonId toPersonId, PersonId fromPersonId, List<String> titles, String reason) {

    public static final int MIN_TITLES = 2;
    public static final int MAX_TITLES = 10;

    public enum Kind {
        HANDOVER,
        SPLIT,
        SELECTION
    }

    public RoleChange {
        Objects.requireNonNull(kind, "kind");
        reason = TextLimits.require("reason", reason == null ? "" : reason.strip(), TextLimits.TEXT);
        titles = titles == null ? List.of() : titles;
        switch (kind) {
            case HANDOVER -> {
                requirePerson("toPersonId", toPersonId);
                if (reason.isEmpty()) {
                    throw new RuleViolation(
                            "reason", "role.handover.reason", "Say why the role should pass to this person.");
                }
                if (toPersonId.equals(fromPersonId)) {
                    throw new RuleViolation(
                            "toPersonId", "role.handover.same", "A hand-over passes the role to someone else.");
                }
                titles = List.of();
            }
            case SPLIT -> {
                titles = distinctTitles(titles);
                toPersonId = null;
                fromPersonId = null;
            }
            case SELECTION -> {
                requirePerson("personId", toPersonId);
                fromPersonId = null;
                titles = List.of();
            }
        }
    }

    public static RoleChange handover(PersonId to, PersonId from, String reason) {
        return new RoleChange(Kind.HANDOVER, to, from, List.of(), reason);
    }

    public static RoleChange split(List<String> titles, String reason) {
        return new RoleChange(Kind.SPLIT, null, null, titles, reason);
    }

    public static RoleChange selection(PersonId person, String reason) {
        return new RoleChange(Kind.SELECTION, person, null, List.of(), reason);
    }

    /**
     * The knowledge area a sub-role titled so holds: its title without a leading "Lead " ("Lead Online Marketing"
     * holds "Online Marketing").
     */
    public static String areaOf(String title) {
        String stripped = title.strip();
        if (stripped.length() > 5 && stripped.substring(0, 5).equalsIgnoreCase("lead ")) {
            return stripped.substring(5).strip();
        }
        return stripped;
    }

    private static void requirePerson(String field, PersonId person) {
        if (person == null) {
            throw new RuleViolation(field, "role.change.person", "Name the person.");
        }
    }

    private static List<String> distinctTitles(List<String> given) {
        if (given.size() > MAX_TITLES) {
            throw new RuleViolation(
                    "titles", "role.split.count", "A role splits into 2 to 10 sub-roles.", MIN_TITLES, MAX_TITLES);
        }
        var byKey = new LinkedHashMap<String, String>();
        for (String title : given) {
            if (title == null || title.isBlank()) {
                throw new RuleViolation("titles", "role.split.blank", "Give every sub-role a title.");
            }
            String clean = TextLimits.require("titles", title.strip(), TextLimits.TITLE);
            TextLimits.require("titles", areaOf(clean), TextLimits.NAME);
            if (byKey.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean) != null) {
                throw new RuleViolation("titles", "role.split.duplicate", "Give each sub-role its own title.");
            }
        }
        if (byKey.size() < MIN_TITLES || byKey.size() > MAX_TITLES) {
            throw new RuleViolation(
                    "titles", "role.split.count", "A role splits into 2 to 10 sub-roles.", MIN_TITLES, MAX_TITLES);
        }
        return List.copyOf(byKey.values());
    }
}
