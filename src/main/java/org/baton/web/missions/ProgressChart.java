package org.baton.web.missions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.baton.missions.CheckIn;
import org.baton.missions.Mission;
import org.baton.web.support.Numbers;

/**
 * The mission's metric drawn as a small line chart, computed here so the page can render it as inline SVG
 * with no script: the line starts at the baseline and passes through every check-in, with the baseline
 * and target drawn as horizontal guides. Points are spaced evenly, one per check-in.
 */
public record ProgressChart(
        int width,
        int height,
        String points,
        List<Dot> dots,
        Guide baseline,
        Guide target,
        int left,
        int right,
        int bottom) {

    /** One check-in on the chart. */
    public record Dot(String x, String y, String value) {}

    /** A horizontal line at a value, such as the target. */
    public record Guide(String y, String labelY, String value) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 16;
    private static final int RIGHT = 16;
    private static final int TOP = 20;
    private static final int BOTTOM = 20;

    public static ProgressChart of(Mission mission) {
        var outcome = mission.outcome();
        List<BigDecimal> values = new ArrayList<>();
        values.add(outcome.baseline());
        mission.checkIns().stream().map(CheckIn::value).forEach(values::add);

        BigDecimal min = outcome.target().min(outcome.baseline());
        BigDecimal max = outcome.target().max(outcome.baseline());
        for (BigDecimal value : values) {
            min = min.min(value);
            max = max.max(value);
        }
        double low = min.doubleValue();
        double high = max.doubleValue();
        double margin = (high - low) * 0.08;
        double bottomValue = low - margin;
        double topValue = high + margin;

        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int steps = Math.max(1, values.size() - 1);

        var points = new StringBuilder();
        var dots = new ArrayList<Dot>();
        for (int i = 0; i < values.size(); i++) {
            double x = LEFT + (double) plotWidth * i / steps;
            double y = y(values.get(i).doubleValue(), bottomValue, topValue, plotHeight);
            if (!points.isEmpty()) {
                points.append(' ');
            }
            points.append(format(x)).append(',').append(format(y));
            if (i > 0) {
                dots.add(new Dot(format(x), format(y), Numbers.plain(values.get(i))));
            }
        }
        return new ProgressChart(
                WIDTH,
                HEIGHT,
                points.toString(),
                dots,
                guide(outcome.baseline(), bottomValue, topValue, plotHeight),
                guide(outcome.target(), bottomValue, topValue, plotHeight),
                LEFT,
                WIDTH - RIGHT,
                HEIGHT - BOTTOM);
    }

    private static Guide guide(BigDecimal value, double bottomValue, double topValue, int plotHeight) {
        double y = y(value.doubleValue(), bottomValue, topValue, plotHeight);
        // The label sits above the line, or below it when the line runs along the top edge.
        double labelY = y - 6 < TOP ? y + 14 : y - 6;
        return new Guide(format(y), format(labelY), Numbers.plain(value));
    }

    private static double y(double value, double bottomValue, double topValue, int plotHeight) {
        return TOP + (topValue - value) / (topValue - bottomValue) * plotHeight;
    }

    private static String format(double number) {
        return String.format(Locale.ROOT, "%.1f", number);
    }
}
