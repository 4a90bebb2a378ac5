package alliancesim.gui;

import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Locale;
import java.util.TimeZone;
import java.util.List;
import java.util.Optional;
import java.time.temporal.ChronoUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.DateRange;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live charts of the teacher's window (JFreeChart 1.5; MASON's own chart classes need 1.0):
 * one line per output, a point a month; the months after the record's end shaded as a projection.
 */
final class LiveCharts {
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    static final List<Output> SHOWN = List.of(Output.FRONT_BALANCE, Output.REGIONAL_TENSION, Output.PRK_CAPABILITY,
            Output.TRILATERAL_POSTURE, Output.SHELLS_TRANSFERRED);

    /** Okabe-Ito colours (colour-blind safe); the GUI depends on the model only, so it keeps its own copy. */
    private static final Color[] COLOURS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0)};

    /** Tick labels read from the back of a room: 13 points (JFreeChart's default is 10). */
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /** Diameter in pixels of a month's dot. */
    private static final double DOT = 7;

    private final List<XYSeries> series = new ArrayList<>();
    private final List<JFreeChart> charts = new ArrayList<>();
    private final YearMonth start;
    /** The first month after the record's end (MAX_VALUE: none). */
    private final int firstProjected;
    /** The projection's shade: a neutral grey, apart from every line's hue (the batch charts' shade). */
    static final Color PROJECTION = new Color(0, 0, 0, 22);

    /**
     * Charts over the scenario's calendar months, {@code start} to {@code months - 1} months later, like
     * the batch fan charts. The month axis is fixed to the whole run and every month is a visible dot,
     * so before Play a chart is already framed and shows month 0 (a single point draws no line).
     */
    LiveCharts(YearMonth start, int months, Optional<YearMonth> recordEnds) {
        this.start = start;
        this.firstProjected = recordEnds.map(r -> (int) ChronoUnit.MONTHS.between(start, r) + 1).orElse(Integer.MAX_VALUE);
        for (int i = 0; i < SHOWN.size(); i++) {
            Output o = SHOWN.get(i);
            XYSeries s = new XYSeries(o.key(), true, false);
            series.add(s);
            JFreeChart chart = ChartFactory.createXYLineChart(title(o), null, null, new XYSeriesCollection(s),
                    PlotOrientation.VERTICAL, false, true, false);
            chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            XYPlot plot = chart.getXYPlot();
            // Years on the time axis ("2024", at January), the unit in the title: the axes' own names
            // took a fifth of a chart's width and height at 1280 x 720, and their labels read at 10 points.
            DateAxis x = new DateAxis();
            x.setTimeZone(UTC);
            SimpleDateFormat format = new SimpleDateFormat("yyyy", Locale.ROOT);
            format.setTimeZone(UTC);
            x.setDateFormatOverride(format);
            double halfMonth = (millis(1) - millis(0)) / 2; // so the first and last dots are not cut by the frame
            x.setRange(new DateRange(millis(0) - halfMonth, millis(Math.max(1, months - 1)) + halfMonth));
            TickUnits yearSteps = new TickUnits();
            for (int step : new int[] {1, 2, 5}) {
                yearSteps.add(new DateTickUnit(DateTickUnitType.YEAR, step, format));
            }
            x.setStandardTickUnits(yearSteps);
            x.setTickLabelFont(TICKS);
            plot.setDomainAxis(x);
            chart.setPadding(new RectangleInsets(0, 0, 0, 12)); // the last year's tick label is not cut
            NumberAxis y = (NumberAxis) plot.getRangeAxis();
            y.setTickLabelFont(TICKS);
            y.setNumberFormatOverride(new CompactNumber());
            // The quantities shown are indices and counts whose zero means something: the axis keeps it,
            // so a line's moves are not exaggerated, and a lone month-0 point still has a framed axis.
            y.setAutoRangeIncludesZero(true);
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            renderer.setSeriesShape(0, new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
            plot.setRenderer(renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(220, 220, 220));
            plot.setDomainGridlinePaint(new Color(220, 220, 220));
            plot.getRenderer().setSeriesPaint(0, COLOURS[i % COLOURS.length]);
            plot.getRenderer().setSeriesStroke(0, new BasicStroke(3f));
            if (firstProjected < months) {
                markProjection(plot, months, recordEnds.orElseThrow());
            }
            charts.add(chart);
        }
    }

    /**
     * The months after the record's end shaded grey and labelled "projection", behind a dashed line at
     * the end of the record's last month, as in the batch fan charts.
     */
    private void markProjection(XYPlot plot, int months, YearMonth recordEnds) {
        IntervalMarker band = new IntervalMarker(millis(firstProjected), millis(months + 12), PROJECTION,
                new BasicStroke(1f), null, null, 1f);
        label(band, "projection", new Font(Font.SANS_SERIF, Font.BOLD | Font.ITALIC, 12), RectangleAnchor.TOP_LEFT,
                TextAnchor.TOP_LEFT, new RectangleInsets(3, 4, 0, 4));
        plot.addDomainMarker(band, Layer.BACKGROUND);
        ValueMarker line = new ValueMarker(millis(firstProjected), Color.DARK_GRAY, new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        // No "record ends" text on the line: in a chart 300 pixels wide it ran over the line and the
        // time axis and was cut; the band's "projection", the map's date and the About tab say it.
        plot.addDomainMarker(line, Layer.BACKGROUND);
    }

    private static void label(Marker m, String text, Font font, RectangleAnchor anchor, TextAnchor textAnchor,
                              RectangleInsets offset) {
        m.setLabel(text);
        m.setLabelFont(font);
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelOffset(offset);
    }

    /** Whether a month is after the record's end (a projection). */
    boolean projected(int month) {
        return month >= firstProjected;
    }

    /**
     * The words the batch charts and the README use for the outputs shown, with the unit, short enough for
     * one line at 1280 x 720 (the y axis has no name of its own).
     */
    static String title(Output o) {
        return switch (o) {
            case FRONT_BALANCE -> "Front balance (+ = Russia)";
            case REGIONAL_TENSION -> "Regional tension (index)";
            case PRK_CAPABILITY -> "North Korean capability";
            case TRILATERAL_POSTURE -> "Trilateral deterrence posture";
            case SHELLS_TRANSFERRED -> "North Korean shells a month";
            default -> throw new IllegalArgumentException("no live chart for " + o.key());
        };
    }

    List<JFreeChart> charts() {
        return charts;
    }

    void clear() {
        series.forEach(XYSeries::clear);
    }

    /** Adds the month's values; call on the Swing thread when a window shows them. */
    void add(int month, double[] values) {
        for (int i = 0; i < SHOWN.size(); i++) {
            series.get(i).addOrUpdate(millis(month), values[i]);
        }
    }

    /** The first day of the month, UTC, as the batch charts place it. */
    double millis(int month) {
        return start.plusMonths(month).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static double[] read(Trajectory t, int month) {
        double[] v = new double[SHOWN.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.get(month, SHOWN.get(i));
        }
        return v;
    }

    /** Tick labels without their zeros: 400k, 1.5M; small numbers as they are (0.25). */
    static final class CompactNumber extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double v, StringBuffer to, java.text.FieldPosition pos) {
            double a = Math.abs(v);
            String text = a >= 1e6 ? trim(v / 1e6) + "M" : a >= 1e3 ? trim(v / 1e3) + "k" : trim(v);
            return to.append(text);
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) v, to, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return null; // tick labels are only drawn
        }

        private static String trim(double v) {
            return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        }
    }

    int points() {
        return series.get(0).getItemCount();
    }
}
