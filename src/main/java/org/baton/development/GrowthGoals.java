package org.baton.development;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person's growth goals, written in their own words, say they want: to lead (a mission), or to learn an
 * area. One reading, shared by staffing and by "ready to lead":
 * <ul>
 *   <li>a goal wants to lead when it says "lead" or "leading" as a verb ("lead a mission", "try leading"), or
 *       "become a leader"; "coach a first-time leader" does not;
 *   <li>a goal wants to learn an area when it says "learn", "learning", "grow in" or "get better at" and names
 *       the area, or the area's last word ("learn discovery" for "Product discovery").
 * </ul>
 */
public final class GrowthGoals {

    private static final Pattern LEAD =
            Pattern.compile("\\blead(ing)?\\b|\\bbecome (an? )?([\\p{L}-]+ )?leader\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEARN =
            Pattern.compile("\\b(learn|learning|grow in|get better at)\\b", Pattern.CASE_INSENSITIVE);

    private final List<String> goals;

    private GrowthGoals(List<String> goals) {
        this.goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public static GrowthGoals of(List<String> goals) {
        return new GrowthGoals(goals);
    }

    /** Whether one of the goals is to lead. */
    public boolean toLead() {
        return goals.stream().anyMatch(goal -> LEAD.matcher(goal).find());
    }

    /** Whether one of the goals is to learn {@code area}. */
    public boolean toLearn(String area) {
        var name = area.strip().toLowerCase(Locale.ROOT);
        var words = name.split("\\s+");
        var last = words[words.length - 1];
        var head = Pattern.compile("\\b" + Pattern.quote(name) + "\\b"
                + (last.length() >= 4 && words.length > 1 ? "|\\b" + Pattern.quote(last) + "\\b" : ""));
        return goals.stream()
                .map(goal -> goal.toLowerCase(Locale.ROOT))
                .anyMatch(
                        goal -> LEARN.matcher(goal).find() && head.matcher(goal).find());
    }
}
