package org.baton.web.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.baton.development.LeadershipPipeline;

/**
 * The pipeline quarter by quarter as grouped bars, computed here so the page draws it as inline SVG with no script:
 * for each quarter a bar of distinct leaders and beside it a bar of first-time leaders, on one scale from zero to the
 * most leaders of any quarter. Quarters are labelled below, every one or, when there are many, every few.
 */
public record PipelineChart(
        int width, int height, int baseline, int left, int right, List<Bar> bars, List<Label> labels) {

    /** One bar: {@code kind} is {@code leaders} or {@code first}. */
    public record Bar(String kind, String x, String y, String width, String height) {}

    public record Label(String x, String text) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 16;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;
    private static final int MOST_LABELS = 10;

    static PipelineChart of(LeadershipPipeline pipeline) {
        var quarters = pipeline.quarters();
        int most = Math.max(
                1,
                quarters.stream()
                        .mapToInt(LeadershipPipeline.QuarterFigures::distinctLeaders)
                        .max()
                        .orElse(0));
        double group = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, quarters.size());
        double bar = group * 0.36;
        int plot = HEIGHT - TOP - BOTTOM;
        int every = (quarters.size() + MOST_LABELS - 1) / MOST_LABELS;
        var bars = new ArrayList<Bar>();
        var labels = new ArrayList<Label>();
        for (int i = 0; i < quarters.size(); i++) {
            var q = quarters.get(i);
            double start = LEFT + group * i + group * 0.14;
            bars.add(bar("leaders", start, bar, q.distinctLeaders(), most, plot));
            bars.add(bar("first", start + bar, bar, q.firstTimeLeaders(), most, plot));
            if (i % Math.max(1, every) == 0) {
                labels.add(new Label(
                        format(LEFT + group * i + group / 2), q.quarter().label()));
            }
        }
        return new PipelineChart(WIDTH, HEIGHT, HEIGHT - BOTTOM, LEFT, WIDTH - RIGHT, bars, labels);
    }

    private static Bar bar(String kind, double x, double width, int value, int most, int plot) {
        double height = (double) plot * value / most;
        return new Bar(kind, format(x), format(HEIGHT - BOTTOM - height), format(width), format(height));
    }

    private static String format(double number) {
        return String.format(Locale.ROOT, "%.1f", number);
    }
}
