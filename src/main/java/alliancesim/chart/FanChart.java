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
 * overlapping bands stay apart instead of blending; the scenario's events are thin vertical lines with a short label; counts and rungs are
 * drawn as steps, since they hold a whole value for the month.
 */
public final class FanChart {
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final Font EVENT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Event labels are staggered over this many rows so neighbouring events do not overwrite each other. */
    private static final int EVENT_ROWS = 4;
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);
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
        NumberAxis y = new NumberAxis(spec.yLabel());
        ValueScale scale = ValueScale.of(lo, hi, true);
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
        markEvents(plot, spec);
        JFreeChart chart = new JFreeChart(spec.title(), ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, spec.subtitle());
        return chart;
    }

    private static void add(YIntervalSeries series, XYSeries low, XYSeries high, double t, FanPoint p) {
        series.add(t, p.mean(), p.low(), p.high());
        low.add(t, p.low());
        high.add(t, p.high());
    }

    /**
     * A thin grey line at each event's month, its label at the top. Each label takes the first row
     * where it does not run into the label before it (widths estimated from the font: about 7 px a
     * character on a plot about 1,080 px wide); a label that would leave the plot on the right is
     * written to the left of its line.
     */
    private static void markEvents(XYPlot plot, FanChartSpec spec) {
        List<FanChartSpec.EventMark> events = spec.events();
        int months = spec.series().stream().mapToInt(f -> f.points().size()).max().orElse(1);
        double plotWidth = 1080;
        double[] rowEnds = new double[EVENT_ROWS];
        java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        for (FanChartSpec.EventMark e : events) {
            double x = plotWidth * e.month() / Math.max(1, months - 1);
            double width = 7.0 * e.label().length() + 8;
            boolean leftOfLine = x + width > plotWidth;
            double from = leftOfLine ? x - width : x;
            double to = leftOfLine ? x : x + width;
            int row = 0;
            for (int r = 0; r < EVENT_ROWS; r++) {
                if (rowEnds[r] <= from) {
                    row = r;
                    break;
                }
                if (rowEnds[r] < rowEnds[row]) {
                    row = r;
                }
            }
            rowEnds[row] = to;
            ValueMarker m = new ValueMarker(millis(spec.start(), e.month()), Color.GRAY, new BasicStroke(1f));
            m.setLabel(e.label());
            m.setLabelFont(EVENT_FONT);
            m.setLabelPaint(Color.DARK_GRAY);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
            m.setLabelAnchor(leftOfLine ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(leftOfLine ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(4 + 17 * row, 3, 0, 3));
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
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
