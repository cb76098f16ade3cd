package org.baton.web.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.baton.network.UrgencyReach;

/**
 * Reach drawn as inline SVG with no script, computed here: the overall share week by week as a line on a scale from
 * 0% to 100% (guides at 0, 50 and 100%, a week labelled every few weeks), and the share per home base now as
 * horizontal bars on the same scale, each named on its left and given in per cent on its right.
 */
public record UrgencyReachChart(
        int width,
        int height,
        int left,
        int right,
        String line,
        List<Dot> dots,
        List<Guide> guides,
        List<WeekLabel> weeks,
        int barsHeight,
        List<Bar> bars) {

    public record Dot(String x, String y) {}

    public record Guide(String y, String text) {}

    public record WeekLabel(String x, LocalDate week) {}

    /** A home base's bar: its name (shortened to fit), where the bar ends, and its share in per cent. */
    public record Bar(String name, String y, String textY, String width, String valueX, long percent) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;
    private static final int LABEL_EVERY = 5;
    private static final int NAME_WIDTH = 180;
    private static final int BAR_ROOM = 380;
    private static final int ROW = 30;
    private static final int NAME_CHARACTERS = 24;

    static UrgencyReachChart of(UrgencyReach reach) {
        var series = reach.series();
        int plot = HEIGHT - TOP - BOTTOM;
        double step = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, series.size() - 1);
        var points = new StringBuilder();
        var dots = new ArrayList<Dot>();
        var weeks = new ArrayList<WeekLabel>();
        for (int i = 0; i < series.size(); i++) {
            var x = format(LEFT + step * i);
            var y = format(TOP + plot * (1 - series.get(i).overall()));
            points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
            dots.add(new Dot(x, y));
            if ((series.size() - 1 - i) % LABEL_EVERY == 0) {
                weeks.add(new WeekLabel(x, series.get(i).week()));
            }
        }
        var guides = List.of(
                new Guide(format(TOP + plot), "0%"),
                new Guide(format(TOP + plot / 2.0), "50%"),
                new Guide(format(TOP), "100%"));
        var bars = new ArrayList<Bar>();
        var homeBases = reach.byHomeBase();
        for (int i = 0; i < homeBases.size(); i++) {
            var h = homeBases.get(i);
            double width = BAR_ROOM * h.share();
            int top = 8 + ROW * i;
            bars.add(new Bar(
                    shortened(h.name()),
                    format(top + 4),
                    format(top + 19),
                    format(width),
                    format(NAME_WIDTH + width + 6),
                    Math.round(h.share() * 100)));
        }
        return new UrgencyReachChart(
                WIDTH,
                HEIGHT,
                LEFT,
                WIDTH - RIGHT,
                points.toString(),
                dots,
                guides,
                weeks,
                16 + ROW * homeBases.size(),
                bars);
    }

    /** Where the bars start, right of the names. */
    public int barsLeft() {
        return NAME_WIDTH;
    }

    private static String shortened(String name) {
        if (name == null) {
            return "";
        }
        return name.length() <= NAME_CHARACTERS ? name : name.substring(0, NAME_CHARACTERS - 1) + "…";
    }

    private static String format(double number) {
        return String.format(Locale.ROOT, "%.1f", number);
    }
}
