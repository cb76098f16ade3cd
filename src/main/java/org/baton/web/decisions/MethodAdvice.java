package org.baton.web.decisions;

import java.util.List;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.Reversibility;

/**
 * The method recommendation as a 2×2 table (easy or hard to reverse × low or high consequence), with the
 * cell for the current answers marked. Either answer may still be missing: then nothing is marked.
 */
public record MethodAdvice(
        Reversibility reversibility, Consequence consequence, DecisionMethod recommended, List<Row> rows) {

    public record Cell(Reversibility reversibility, Consequence consequence, DecisionMethod method, boolean chosen) {}

    public record Row(Reversibility reversibility, List<Cell> cells) {}

    public static MethodAdvice of(Reversibility reversibility, Consequence consequence) {
        var rows = java.util.Arrays.stream(Reversibility.values())
                .map(r -> new Row(
                        r,
                        java.util.Arrays.stream(Consequence.values())
                                .map(c -> new Cell(
                                        r, c, DecisionMethod.forRisk(r, c), r == reversibility && c == consequence))
                                .toList()))
                .toList();
        var recommended = reversibility == null || consequence == null
                ? null
                : DecisionMethod.forRisk(reversibility, consequence);
        return new MethodAdvice(reversibility, consequence, recommended, rows);
    }

    /** Whether {@code method} is lighter than the risk calls for, so it needs a stated reason. */
    public boolean lighter(DecisionMethod method) {
        return recommended != null && method != null && method.isLighterThan(recommended);
    }
}
