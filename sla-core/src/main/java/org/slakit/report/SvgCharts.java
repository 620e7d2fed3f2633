package org.slakit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bar charts as inline SVG, written by hand: grouped bars of percentages and stacked bars of counts.
 * Each bar is a {@code <rect class="bar …">} with {@code data-} attributes for its series, category
 * and value, and a {@code <title>} a person sees on hover, so that a test (or a browser's DOM) can
 * read what was drawn. A value that is absent (no decided cycle) draws no bar.
 */
final class SvgCharts {

    /** Colours of series in order: a palette that stays apart in grey print. */
    private static final String[] SERIES = {"#3b6ea8", "#e08a2c", "#4f9a55", "#a4579a", "#3aa3a0", "#c9a227", "#8c6248", "#7a7a7a"};
    /** Colours of severities, most urgent first: red to grey. */
    private static final String[] SEVERITY = {"#c62828", "#ef7d00", "#e6b400", "#5b8fc7", "#8f8f8f", "#6d4c41"};

    static final double WIDTH = 960;
    private static final double LEFT = 56;
    private static final double RIGHT = 16;
    private static final double FONT = 12;
    private static final double SMALL = 10.5;

    /** One series of a percentage chart: its name, and for each category a value (or none) and the words of its title. */
    record Series(String name, List<Optional<Double>> values, List<String> details) {
    }

    private SvgCharts() {
    }

    /** The colour of the i-th series. */
    static String seriesColor(int i) {
        return SERIES[i % SERIES.length];
    }

    /** The colour of a severity by its rank, most urgent first; grey beyond the palette. */
    static String severityColor(int rank) {
        return rank < SEVERITY.length ? SEVERITY[rank] : "#9e9e9e";
    }

    /**
     * Draws grouped bars of percentages: for each category a bar per series, on an axis from 0 to 100 %.
     *
     * @param label  what the chart shows, for screen readers
     * @param cssClass  the class of each bar after {@code bar}, such as {@code met-percent}
     */
    static String percentBars(String label, String cssClass, List<String> categories, List<Series> series) {
        Frame f = new Frame(label, categories, series.stream().map(Series::name).toList(), SvgCharts::seriesColor);
        double plotWidth = f.plotWidth;
        double categoryWidth = f.categoryWidth;
        double plotHeight = f.plotHeight;
        double bottom = f.bottom;
        StringBuilder sb = f.sb;
        for (int p = 0; p <= 100; p += 25) {
            double y = bottom - plotHeight * p / 100;
            grid(sb, y, p + " %");
        }
        // one month of two targets would otherwise draw two bars as wide as the page
        double barWidth = Math.min(categoryWidth * 0.8 / Math.max(series.size(), 1), 64);
        double groupWidth = barWidth * series.size();
        boolean labels = barWidth >= Html.width("100.0", SMALL) + 2;
        boolean any = false;
        for (int c = 0; c < categories.size(); c++) {
            double x0 = LEFT + c * categoryWidth + (categoryWidth - groupWidth) / 2;
            for (int s = 0; s < series.size(); s++) {
                Series se = series.get(s);
                Optional<Double> v = se.values().get(c);
                if (v.isEmpty()) {
                    continue;
                }
                any = true;
                double value = v.get();
                double h = Math.max(plotHeight * value / 100, 1.5);
                double bx = x0 + s * barWidth;
                String shown = ComplianceColumns.percent(value);
                sb.append("<rect class=\"bar ").append(cssClass).append("\" x=\"").append(n(bx + 0.5)).append("\" y=\"").append(n(bottom - h))
                        .append("\" width=\"").append(n(Math.max(barWidth - 1, 1))).append("\" height=\"").append(n(h)).append("\" fill=\"")
                        .append(seriesColor(s)).append("\" data-series=\"").append(Html.escape(se.name())).append("\" data-category=\"")
                        .append(Html.escape(categories.get(c))).append("\" data-value=\"").append(shown).append("\"><title>")
                        .append(Html.escape(se.name() + " · " + categories.get(c) + ": " + shown + " %" + detail(se.details().get(c))))
                        .append("</title></rect>\n");
                if (labels) {
                    text(sb, bx + barWidth / 2, bottom - h - 3, "middle", SMALL, "value", shown);
                }
            }
        }
        if (!any) {
            text(sb, LEFT + plotWidth / 2, bottom - plotHeight / 2, "middle", FONT, "empty", "no decided cycle");
        }
        return f.close();
    }

    /**
     * Draws stacked bars of counts: for each category one bar, stacked bottom up in the order of the
     * stacks, with each stack's count inside its segment when it fits and the total on top.
     *
     * @param counts  the count of each stack (first index) in each category (second index)
     * @param colors  the colour of each stack
     */
    static String stackedCounts(String label, String cssClass, List<String> categories, List<String> stacks, int[][] counts,
            List<String> colors) {
        Frame f = new Frame(label, categories, stacks, colors::get);
        double plotWidth = f.plotWidth;
        double categoryWidth = f.categoryWidth;
        double plotHeight = f.plotHeight;
        double bottom = f.bottom;
        StringBuilder sb = f.sb;
        int max = 0;
        for (int c = 0; c < categories.size(); c++) {
            int total = 0;
            for (int[] stack : counts) {
                total += stack[c];
            }
            max = Math.max(max, total);
        }
        int step = niceStep(max);
        int axisMax = Math.max(step, (max + step - 1) / step * step);
        for (int v = 0; v <= axisMax; v += step) {
            grid(sb, bottom - plotHeight * v / axisMax, Integer.toString(v));
        }
        double barWidth = Math.min(categoryWidth * 0.6, 80);
        for (int c = 0; c < categories.size(); c++) {
            double bx = LEFT + c * categoryWidth + (categoryWidth - barWidth) / 2;
            double y = bottom;
            int total = 0;
            int segments = 0;
            for (int[] stack : counts) {
                segments += stack[c] > 0 ? 1 : 0;
            }
            for (int s = 0; s < stacks.size(); s++) {
                int count = counts[s][c];
                if (count == 0) {
                    continue;
                }
                total += count;
                double h = plotHeight * count / axisMax;
                y -= h;
                sb.append("<rect class=\"bar ").append(cssClass).append("\" x=\"").append(n(bx)).append("\" y=\"").append(n(y))
                        .append("\" width=\"").append(n(barWidth)).append("\" height=\"").append(n(h)).append("\" fill=\"")
                        .append(colors.get(s)).append("\" stroke=\"#fff\" stroke-width=\"0.5\" data-series=\"")
                        .append(Html.escape(stacks.get(s))).append("\" data-category=\"").append(Html.escape(categories.get(c)))
                        .append("\" data-value=\"").append(count).append("\"><title>")
                        .append(Html.escape(stacks.get(s) + " · " + categories.get(c) + ": " + count)).append("</title></rect>\n");
                // one segment's count is the total, written on top
                if (segments > 1 && h >= SMALL + 3 && barWidth >= Html.width(Integer.toString(count), SMALL) + 4) {
                    sb.append("<text class=\"count\" x=\"").append(n(bx + barWidth / 2)).append("\" y=\"").append(n(y + h / 2 + SMALL / 3))
                            .append("\" text-anchor=\"middle\" font-size=\"").append(n(SMALL)).append("\" style=\"fill:#fff\">")
                            .append(count).append("</text>\n");
                }
            }
            if (total > 0 && categoryWidth >= Html.width(Integer.toString(total), SMALL) + 2) {
                text(sb, bx + barWidth / 2, y - 3, "middle", SMALL, "total", Integer.toString(total));
            }
        }
        if (max == 0) {
            text(sb, LEFT + plotWidth / 2, bottom - plotHeight / 2, "middle", FONT, "empty", "no breach");
        }
        return f.close();
    }

    /** The frame of a chart: the legend on top, the plot, the category labels under it; the markup so far. */
    private static final class Frame {
        final double plotWidth = WIDTH - LEFT - RIGHT;
        final double plotHeight = 220;
        final double categoryWidth;
        final double bottom;
        final StringBuilder sb;
        private final Axis axis;

        Frame(String label, List<String> categories, List<String> names, java.util.function.IntFunction<String> color) {
            categoryWidth = plotWidth / Math.max(categories.size(), 1);
            Legend legend = legend(names, color);
            axis = xAxis(categories, categoryWidth);
            bottom = legend.height + 14 + plotHeight;
            sb = open(label, bottom + axis.height + 8).append(legend.markup);
        }

        String close() {
            return sb.append(axis.markup(bottom)).append("</svg>\n").toString();
        }
    }

    /** A step of 1, 2 or 5 times a power of ten that divides 0..max into at most 6 intervals. */
    static int niceStep(int max) {
        int step = 1;
        while (intervals(max, step) > 6) {
            int base = step;
            step = base * 2;
            if (intervals(max, step) > 6) {
                step = base * 5;
            }
            if (intervals(max, step) > 6) {
                step = base * 10;
            }
        }
        return step;
    }

    private static int intervals(int max, int step) {
        return (max + step - 1) / step;
    }

    private static String detail(String detail) {
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }

    private static StringBuilder open(String label, double height) {
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ')
                .append(n(height)).append("\" width=\"").append(n(WIDTH)).append("\" height=\"").append(n(height))
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\" font-size=\"").append(n(FONT))
                .append("\">\n");
    }

    private static void grid(StringBuilder sb, double y, String label) {
        sb.append("<line class=\"grid\" x1=\"").append(n(LEFT)).append("\" x2=\"").append(n(WIDTH - RIGHT)).append("\" y1=\"").append(n(y))
                .append("\" y2=\"").append(n(y)).append("\" stroke=\"#ddd\"/>\n");
        text(sb, LEFT - 6, y + 4, "end", SMALL, "tick", label);
    }

    static void text(StringBuilder sb, double x, double y, String anchor, double size, String cssClass, String text) {
        sb.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-size=\"").append(n(size)).append("\">").append(Html.escape(text)).append("</text>\n");
    }

    /** A number for SVG: at most one decimal, a dot whatever the locale. */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A legend: a swatch and a name per series, wrapped into lines as wide as the chart. */
    private record Legend(String markup, double height) {
    }

    private static Legend legend(List<String> names, java.util.function.IntFunction<String> color) {
        StringBuilder sb = new StringBuilder("<g class=\"legend\">\n");
        double x = LEFT;
        double y = 16;
        for (int i = 0; i < names.size(); i++) {
            double w = 18 + Html.width(names.get(i), FONT) + 18;
            if (x + w > WIDTH - RIGHT && x > LEFT) {
                x = LEFT;
                y += 18;
            }
            sb.append("<rect class=\"swatch\" x=\"").append(n(x)).append("\" y=\"").append(n(y - 10)).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(color.apply(i)).append("\"/>\n");
            text(sb, x + 18, y, "start", FONT, "legend-label", names.get(i));
            x += w;
        }
        return new Legend(sb.append("</g>\n").toString(), names.isEmpty() ? 0 : y + 4);
    }

    /** The category labels under a plot: level when they fit, turned by 45 degrees when they do not. */
    private record Axis(List<String> labels, double categoryWidth, boolean turned, double height) {
        String markup(double bottom) {
            StringBuilder sb = new StringBuilder("<g class=\"x-axis\">\n");
            sb.append("<line x1=\"").append(n(LEFT)).append("\" x2=\"").append(n(WIDTH - RIGHT)).append("\" y1=\"").append(n(bottom))
                    .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#888\"/>\n");
            for (int c = 0; c < labels.size(); c++) {
                double x = LEFT + (c + 0.5) * categoryWidth;
                if (turned) {
                    double y = bottom + 12;
                    sb.append("<text class=\"category\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                            .append("\" text-anchor=\"end\" font-size=\"").append(n(SMALL)).append("\" transform=\"rotate(-45 ")
                            .append(n(x)).append(' ').append(n(y)).append(")\">").append(Html.escape(labels.get(c))).append("</text>\n");
                } else {
                    text(sb, x, bottom + 16, "middle", FONT, "category", labels.get(c));
                }
            }
            return sb.append("</g>\n").toString();
        }
    }

    private static Axis xAxis(List<String> categories, double categoryWidth) {
        double widest = 0;
        for (String c : categories) {
            widest = Math.max(widest, Html.width(c, FONT));
        }
        boolean turned = widest > categoryWidth - 6;
        double height = turned ? 16 + widest * SMALL / FONT * Math.sqrt(0.5) : 24;
        return new Axis(List.copyOf(categories), categoryWidth, turned, height);
    }

    /** The percentages of met cycles of a series, by category, from counts of met and decided cycles. */
    static Series percentSeries(String name, List<int[]> metAndDecided) {
        List<Optional<Double>> values = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int[] md : metAndDecided) {
            values.add(md[1] == 0 ? Optional.empty() : Optional.of(md[0] * 100.0 / md[1]));
            details.add(md[1] == 0 ? "" : md[0] + "/" + md[1]);
        }
        return new Series(name, values, details);
    }
}
