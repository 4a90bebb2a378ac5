package alliancesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A fan chart: for each series a mean line over a shaded 5-95 % band, over calendar months. With
 * two or more fans each band gets a dashed outline in its colour and only the first is shaded, so
 * overlapping bands stay apart instead of blending; the scenario's events are thin vertical lines with a short label
 * (or, when the labels would have to be cut short, a number and a key under the plot); counts and rungs are
 * drawn as steps, since they hold a whole value for the month. When the spec names the record's last
 * month, the months after it are shaded light grey and labelled "projection", behind a dashed line
 * "record ends YYYY-MM" at the end of that month.
 */
public final class FanChart {
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final Font EVENT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Event labels are staggered over this many rows so neighbouring events do not overwrite each other. */
    private static final int EVENT_ROWS = 5;
    /** How text is measured to lay labels out: as the charts draw it, antialiased with fractional widths. */
    private static final java.awt.font.FontRenderContext TEXT = new java.awt.font.FontRenderContext(null, true, true);
    /** The time axis's margin before its first month and after its last, as a share of the months' span. */
    private static final double TIME_MARGIN = 0.05;
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);
    /** The projection's shade: a neutral grey (about 233 on white), apart from every fan's hue. */
    static final Color PROJECTION = new Color(0, 0, 0, 22);
    private static final Font PROJECTION_FONT = new Font(Font.SANS_SERIF, Font.BOLD | Font.ITALIC, 14);
    /** The label of the shaded band. */
    public static final String PROJECTION_LABEL = "projection";
    /** A band narrower than this share of the value axis (about 10 px of a 600 px plot) gets no outline. */
    static final double NARROW_BAND = 0.015;

    private FanChart() {
    }

    public static JFreeChart create(FanChartSpec spec) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYSeriesCollection edges = new XYSeriesCollection();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] widest = new double[spec.series().size()];
        for (int fan = 0; fan < spec.series().size(); fan++) {
            FanSeries s = spec.series().get(fan);
            YIntervalSeries series = new YIntervalSeries(s.label() + " (mean, 5–95 %)", false, true);
            XYSeries low = new XYSeries(s.label() + " 5 %", false, true);
            XYSeries high = new XYSeries(s.label() + " 95 %", false, true);
            List<FanPoint> points = s.points();
            for (int i = 0; i < points.size(); i++) {
                FanPoint p = points.get(i);
                double t = millis(spec.start(), p.month());
                add(series, low, high, t, p);
                if (spec.steps() && i + 1 < points.size()) {
                    add(series, low, high, millis(spec.start(), points.get(i + 1).month()), p);
                }
                if (Double.isFinite(p.high() - p.low())) {
                    widest[fan] = Math.max(widest[fan], p.high() - p.low());
                }
                for (double v : new double[] {p.mean(), p.low(), p.high()}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            data.addSeries(series);
            edges.addSeries(low);
            edges.addSeries(high);
        }
        DateAxis x = new DateAxis("Month");
        x.setTimeZone(UTC);
        x.setDateFormatOverride(utcFormat());
        int months = spec.series().stream().mapToInt(s -> s.points().size()).max().orElse(1);
        x.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, months > 24 ? 6 : months > 8 ? 3 : 1));
        x.setLowerMargin(TIME_MARGIN); // stated, as the labels' layout counts on them (LabelRows)
        x.setUpperMargin(TIME_MARGIN);
        NumberAxis y = new NumberAxis(spec.yLabel());
        ValueScale scale = spec.indexBase().isPresent() ? ValueScale.around(lo, hi, spec.indexBase().getAsDouble())
                : ValueScale.of(lo, hi, true);
        if (spec.steps() && scale.step() < 1) {
            scale = new ValueScale(Math.floor(scale.lower()), Math.ceil(scale.upper()), 1);
        }
        scale.applyTo(y);
        int fans = spec.series().size();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int i = 0; i < fans; i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            // Overlaid bands would blend into a grey slab: only the first is shaded, the others are outlined.
            renderer.setSeriesFillPaint(i, fans == 1 ? Palette.band(i) : i == 0 ? Palette.faint(i) : TRANSPARENT);
            renderer.setSeriesStroke(i, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        renderer.setAlpha(1f); // the band colours carry their own transparency, so overlays stay readable
        XYPlot plot = new XYPlot(data, x, y, renderer);
        if (fans > 1) {
            XYLineAndShapeRenderer outline = new XYLineAndShapeRenderer(true, false);
            for (int i = 0; i < 2 * fans; i++) {
                // Each fan's dashes are shifted, so where two outlines coincide both colours still show.
                outline.setSeriesPaint(i, Palette.color(i / 2));
                outline.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                        new float[] {6f, 6f * (fans - 1)}, 6f * (i / 2)));
                outline.setSeriesVisibleInLegend(i, false);
                // A band a few pixels wide is all but its mean line: dashes around it only fray the line.
                outline.setSeriesVisible(i, widest[i / 2] >= NARROW_BAND * (scale.upper() - scale.lower()));
            }
            plot.setDataset(1, edges);
            plot.setRenderer(1, outline);
        }
        ChartStyle.apply(plot);
        spec.indexBase().ifPresent(base -> markBase(plot, base, spec.start()));
        LabelRows labels = new LabelRows(spec);
        java.util.Optional<ValueMarker> recordLine = spec.recordEnds().flatMap(r -> markProjection(plot, spec, r, labels));
        boolean numbered = markEvents(plot, spec, labels, false);
        if (numbered) {
            // Too many labels to write out without cutting some short: the lines get numbers, a key the words.
            plot.clearDomainMarkers();
            LabelRows again = new LabelRows(spec);
            recordLine = spec.recordEnds().flatMap(r -> markProjection(plot, spec, r, again));
            markEvents(plot, spec, again, true);
        }
        // Drawn after the events' lines, so none of them crosses its label.
        recordLine.ifPresent(line -> plot.addDomainMarker(line, Layer.BACKGROUND));
        JFreeChart chart = new JFreeChart(spec.title(), ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, spec.subtitle());
        if (numbered) {
            chart.addSubtitle(eventKey(spec));
        }
        return chart;
    }

    /** The key of numbered events, under the plot: "1 US aid stalled  ·  2 US supplemental signed ...", wrapped. */
    static org.jfree.chart.title.TextTitle eventKey(FanChartSpec spec) {
        List<String> entries = new java.util.ArrayList<>();
        for (int i = 0; i < spec.events().size(); i++) {
            // A non-breaking space keeps an entry's number with its first word when the key wraps.
            entries.add((i + 1) + "\u00a0" + spec.events().get(i).label());
        }
        org.jfree.chart.title.TextTitle key = new org.jfree.chart.title.TextTitle(String.join("  ·  ", entries), EVENT_FONT);
        key.setPaint(Color.DARK_GRAY);
        key.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        key.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        key.setMaximumLinesToDisplay(8);
        key.setPadding(new RectangleInsets(4, 12, 2, 12));
        return key;
    }

    /** The index's base as a dark line across the plot, labelled at its right end: "1 = 2023-09". */
    private static void markBase(XYPlot plot, double base, YearMonth start) {
        ValueMarker line = new ValueMarker(base, Color.DARK_GRAY, new BasicStroke(1.5f));
        line.setLabel(ValueScale.format(base).format(base) + " = the start (" + start + ")");
        line.setLabelFont(EVENT_FONT);
        line.setLabelPaint(Color.DARK_GRAY);
        line.setLabelBackgroundColor(LABEL_BACKGROUND);
        line.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        line.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        line.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        plot.addRangeMarker(line, Layer.BACKGROUND);
    }

    private static void add(YIntervalSeries series, XYSeries low, XYSeries high, double t, FanPoint p) {
        series.add(t, p.mean(), p.low(), p.high());
        low.add(t, p.low());
        high.add(t, p.high());
    }

    /**
     * Where labels go along the top of the plot: rows of text, each label taking the first row where
     * it does not run into the label before it nor into a span the record's labels reserved. Widths are
     * the text's as the font draws it; positions are on the narrowest plot a chart has (its data area is
     * wider where the value axis's labels are short), whose months span it less the time axis's margins,
     * so labels laid out apart here stand at least as far apart when drawn.
     */
    private static final class LabelRows {
        static final double PLOT_WIDTH = 1040;
        private final int months;
        private final double[] rowEnds = new double[EVENT_ROWS];
        private final double[] rowStarts = new double[EVENT_ROWS];
        private final List<List<double[]>> reserved = new java.util.ArrayList<>();

        LabelRows(FanChartSpec spec) {
            months = spec.series().stream().mapToInt(f -> f.points().size()).max().orElse(1);
            java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(rowStarts, Double.NEGATIVE_INFINITY);
            for (int r = 0; r < EVENT_ROWS; r++) {
                reserved.add(new java.util.ArrayList<>());
            }
        }

        double x(int month) {
            return PLOT_WIDTH * (TIME_MARGIN + (double) month / Math.max(1, months - 1)) / (1 + 2 * TIME_MARGIN);
        }

        private boolean clear(int row, double from, double to) {
            return reserved.get(row).stream().noneMatch(s -> from < s[1] && s[0] < to);
        }

        /** The first row where [from, to] is clear of the reserved spans, reserving it there. */
        int reserve(double from, double to) {
            int row = 0;
            while (row + 1 < EVENT_ROWS && !clear(row, from, to)) {
                row++;
            }
            reserved.get(row).add(new double[] {from, to});
            return row;
        }

        /**
         * The row of an event's label spanning [from, to], placed left to right: the first row where it runs into
         * nothing; in a crowd, the row whose last label keeps the most room before it (that label is then cut short
         * where this one begins).
         */
        int place(double from, double to) {
            int row = -1;
            int best = -1;
            for (int r = 0; r < EVENT_ROWS; r++) {
                boolean clear = clear(r, from, to);
                if (clear && rowEnds[r] <= from) {
                    row = r;
                    break;
                }
                if (clear && (best < 0 || rowStarts[r] < rowStarts[best])) {
                    best = r;
                }
            }
            if (row < 0) {
                row = best >= 0 ? best : 0;
                for (int r = 0; best < 0 && r < EVENT_ROWS; r++) {
                    row = rowStarts[r] < rowStarts[row] ? r : row;
                }
            }
            rowStarts[row] = from;
            rowEnds[row] = to;
            return row;
        }
    }

    /**
     * A light grey band from the end of the record's last month to the chart's end, "projection" at
     * its top, and a dashed line "record ends YYYY-MM" where it begins (returned, for the caller to
     * draw last); nothing when the record runs to the chart's last month.
     */
    private static java.util.Optional<ValueMarker> markProjection(XYPlot plot, FanChartSpec spec, YearMonth recordEnds,
                                                                  LabelRows labels) {
        int last = spec.series().stream().flatMap(f -> f.points().stream()).mapToInt(FanPoint::month).max().orElse(0);
        int boundary = Math.max(0, (int) java.time.temporal.ChronoUnit.MONTHS.between(spec.start(), recordEnds) + 1);
        if (boundary > last) {
            return java.util.Optional.empty();
        }
        double at = millis(spec.start(), boundary);
        double x = labels.x(boundary);
        IntervalMarker band = new IntervalMarker(at, millis(spec.start(), last + 120), PROJECTION, new BasicStroke(1f),
                null, null, 1f);
        double bandWidth = width(PROJECTION_LABEL, PROJECTION_FONT) + 2 * 6 + LABEL_PAD;
        boolean inside = x + bandWidth <= LabelRows.PLOT_WIDTH;
        int bandRow = inside ? labels.reserve(x, x + bandWidth) : labels.reserve(LabelRows.PLOT_WIDTH - bandWidth, LabelRows.PLOT_WIDTH);
        // Inside the band at its left, or, if the band is too narrow, right-aligned at the plot's end.
        label(band, PROJECTION_LABEL, PROJECTION_FONT, inside ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT,
                inside ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT, bandRow, 6);
        plot.addDomainMarker(band, Layer.BACKGROUND);

        String text = "record ends " + recordEnds;
        double width = labelWidth(text);
        boolean leftOfLine = x - width >= 0;
        int row = leftOfLine ? labels.reserve(x - width, x) : labels.reserve(x, x + width);
        ValueMarker line = new ValueMarker(at, Color.DARK_GRAY, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        lineLabel(line, text, leftOfLine, row);
        return java.util.Optional.of(line);
    }

    /**
     * A thin grey line at each event's month, its label at the top, in the first free row; a label
     * that would leave the plot on the right is written to the left of its line. {@code numbered}: each
     * label is the event's number in the key. Returns whether a label had to be cut short.
     */
    private static boolean markEvents(XYPlot plot, FanChartSpec spec, LabelRows labels, boolean numbered) {
        ValueMarker[] last = new ValueMarker[EVENT_ROWS];
        double[] lastFrom = new double[EVENT_ROWS];
        boolean cut = false;
        for (int i = 0; i < spec.events().size(); i++) {
            FanChartSpec.EventMark e = spec.events().get(i);
            String text = numbered ? String.valueOf(i + 1) : e.label();
            double x = labels.x(e.month());
            double width = labelWidth(text);
            boolean leftOfLine = x + width > LabelRows.PLOT_WIDTH;
            double from = leftOfLine ? x - width : x;
            int row = labels.place(from, from + width);
            // Crowded: the label before it in this row would run under this one, so it is cut short with an
            // ellipsis where this one begins (its line still marks the month; the full text is in the report).
            if (last[row] != null && lastFrom[row] < from) {
                String whole = last[row].getLabel();
                last[row].setLabel(shortened(whole, from - lastFrom[row]));
                cut |= !last[row].getLabel().equals(whole);
            }
            ValueMarker m = new ValueMarker(millis(spec.start(), e.month()), Color.GRAY, new BasicStroke(1f));
            lineLabel(m, text, leftOfLine, row);
            plot.addDomainMarker(m, Layer.BACKGROUND);
            if (!leftOfLine) {
                last[row] = m;
                lastFrom[row] = from;
            }
        }
        return cut;
    }

    /** Room left around a label's text: its veil and a few pixels between neighbours. */
    private static final double LABEL_PAD = 8;

    /** The width of {@code text} in {@code font}, as drawn. */
    private static double width(String text, Font font) {
        return font.getStringBounds(text, TEXT).getWidth();
    }

    /** The room an event's label takes beside its line: the text, the gap to the line and the padding. */
    static double labelWidth(String label) {
        return width(label, EVENT_FONT) + 2 * 3 + LABEL_PAD;
    }

    /** A label cut at a word or character to fit {@code room} px as drawn, ending in an ellipsis when cut. */
    static String shortened(String label, double room) {
        if (labelWidth(label) <= room) {
            return label;
        }
        for (int n = label.length() - 1; n > 1; n--) {
            String cut = label.substring(0, n).stripTrailing() + "…";
            if (labelWidth(cut) <= room) {
                return cut;
            }
        }
        return "";
    }

    /** A line's label in the event font, in its row, on the side of the line given. */
    private static void lineLabel(ValueMarker m, String text, boolean leftOfLine, int row) {
        label(m, text, EVENT_FONT, leftOfLine ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT,
                leftOfLine ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT, row, 3);
    }

    /** A marker's label on a veil, dark grey, in its row of the top (17 px a row), {@code gap} px from its anchor. */
    private static void label(Marker m, String text, Font font, RectangleAnchor anchor, TextAnchor textAnchor, int row,
                              double gap) {
        m.setLabel(text);
        m.setLabelFont(font);
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelOffset(new RectangleInsets(4 + 17 * row, gap, 0, gap));
    }

    /** The first day of the month, UTC, so ticks never shift with the machine's time zone. */
    static double millis(YearMonth start, int month) {
        return start.plusMonths(month).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static SimpleDateFormat utcFormat() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM", java.util.Locale.ROOT);
        f.setTimeZone(UTC);
        return f;
    }
}
