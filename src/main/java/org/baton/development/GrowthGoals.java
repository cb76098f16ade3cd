package org.baton.development;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.baton.people.Expertise;

/**
 * What a person's growth goals, written in their own words, say they want: to lead (a mission), or to learn an
 * area. One reading, shared by staffing and by "ready to lead":
 * <ul>
 *   <li>a goal wants to lead when it says "lead" or "leading" as a verb of the person's own (at its start, or after
 *       "to", "try", "start", "begin", "again": "lead a mission", "try leading a small team", "I want to lead"),
 *       or "become a (mission) leader" or "become Lead …"; "coach a first-time leader" does not, nor "others can
 *       lead" or "a new lead";
 *   <li>a goal that turns away from leading does not want to lead, even when it says "lead": a negation, "stop",
 *       "step back" or a hand-over before the word ("I do not want to lead", "stop leading", "step back from
 *       leading so others can lead", "hand over the scheduling area to a new lead");
 *   <li>a goal wants to learn an area when it says "learn", "learning", "grow in" or "get better at" and names
 *       the area, or the area's last word ("learn discovery" for "Product discovery"), as a whole word: areas that
 *       end in a symbol count too ("learn C++" for "C++", not for "C").
 * </ul>
 */
public final class GrowthGoals {

    private static final Pattern LEAD = Pattern.compile(
            "(^|[.;:,]\\s*|\\b(to|try|start|begin|again|and|then)\\s+)lead(ing)?\\b"
                    + "|\\bbecome\\s+(an?\\s+|the\\s+)?([\\p{L}-]+\\s+)?lead(er)?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AWAY_FROM_LEADING = Pattern.compile(
            "(\\b(not|never|no longer|stop|stopping|step back|stepping back|hand over|handing over|hand off|pass on"
                    + "|give up)\\b|n['’]t\\b).*\\blead",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
        return goals.stream()
                .map(String::strip)
                .anyMatch(goal -> LEAD.matcher(goal).find()
                        && !AWAY_FROM_LEADING.matcher(goal).find());
    }

    /** Whether one of the goals is to learn {@code area}. */
    public boolean toLearn(String area) {
        var name = Expertise.key(area);
        var words = name.split("\\s+");
        var last = words[words.length - 1];
        var head = Pattern.compile(word(name) + (last.length() >= 4 && words.length > 1 ? "|" + word(last) : ""));
        return goals.stream()
                .map(goal -> goal.toLowerCase(Locale.ROOT))
                .anyMatch(
                        goal -> LEARN.matcher(goal).find() && head.matcher(goal).find());
    }

    /** {@code text} as a whole word: no letter or digit around it, nor a symbol that would make another area. */
    private static String word(String text) {
        return "(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}+#])";
    }
}
