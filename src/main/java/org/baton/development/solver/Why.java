package org.baton.development.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.Arrays;
import java.util.List;
import org.baton.development.Reason;
import org.baton.people.Expertise.Level;

/**
 * Why a constraint matched: the seats it is about (none for a need nobody covers), and the reason it gives in
 * plain words, as a {@link Reason} code and its arguments. Codes starting with {@code tradeOff.} are what a pick
 * costs rather than why it was made. A level is a word the bundles translate, so it ends the code
 * ({@code coversExpertise.EXPERT}) rather than being an argument.
 */
public record Why(List<Seat> seats, String code, List<String> arguments) implements ConstraintJustification {

    public Why {
        seats = List.copyOf(seats);
        arguments = List.copyOf(arguments);
    }

    static Why of(String code, List<Seat> seats, Object... arguments) {
        return new Why(seats, code, Arrays.stream(arguments).map(Why::text).toList());
    }

    static Why of(String code, Seat seat, Object... arguments) {
        return of(code, List.of(seat), arguments);
    }

    /** The reason {@code code} at {@code level}: {@code code.LEVEL}, whose message says the level in words. */
    static String atLevel(String code, Level level) {
        return code + "." + level.name();
    }

    /** Whether it speaks of {@code seat}. */
    public boolean about(Seat seat) {
        return seats.stream().anyMatch(s -> s.id().equals(seat.id()));
    }

    public Reason reason() {
        return new Reason(code, arguments);
    }

    private static String text(Object argument) {
        return String.valueOf(argument);
    }
}
