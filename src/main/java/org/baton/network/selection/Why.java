package org.baton.network.selection;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.Arrays;
import java.util.List;

/**
 * Why a constraint matched: the applicant it is about, or the group of the mix (then it speaks of every seated
 * member of the group, {@code seated} of them), and the reason as a code and its arguments.
 */
public record Why(String code, List<String> arguments, Applicant applicant, Group group, int seated)
        implements ConstraintJustification {

    public Why {
        arguments = List.copyOf(arguments);
    }

    static Why about(Applicant applicant, String code, Object... arguments) {
        return new Why(code, texts(arguments), applicant, null, 0);
    }

    static Why aboutGroup(Group group, long seated, String code, Object... arguments) {
        return new Why(code, texts(arguments), null, group, (int) seated);
    }

    /** Whether it speaks of {@code applicant}. */
    public boolean about(Applicant applicant) {
        return this.applicant != null ? this.applicant.equals(applicant) : group != null && applicant.in(group);
    }

    private static List<String> texts(Object... arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
