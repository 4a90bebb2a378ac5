package alliancesim.chart;

import java.awt.BasicStroke;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** A fan chart: for each series a mean line over a shaded 5-95 % band, over calendar months. */
public final class FanChart {
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private FanChart() {
    }

    public static JFreeChart create(FanChartSpec spec) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (FanSeries s : spec.series()) {
            YIntervalSeries series = new YIntervalSeries(s.label() + " (mean, 5–95 %)", false, false);
            for (FanPoint p : s.points()) {
                series.add(millis(spec.start(), p.month()), p.mean(), p.low(), p.high());
            }
            data.addSeries(series);
        }
        DateAxis x = new DateAxis("Month");
        x.setTimeZone(UTC);
        x.setDateFormatOverride(utcFormat());
        int months = spec.series().stream().mapToInt(s -> s.points().size()).max().orElse(1);
        x.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, months > 24 ? 6 : months > 8 ? 3 : 1));
        NumberAxis y = new NumberAxis(spec.yLabel());
        y.setAutoRangeIncludesZero(false);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int i = 0; i < spec.series().size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            renderer.setSeriesFillPaint(i, Palette.band(i));
            renderer.setSeriesStroke(i, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        renderer.setAlpha(1f); // the band colours carry their own transparency, so overlays stay readable
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.apply(plot);
        JFreeChart chart = new JFreeChart(spec.title(), ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, spec.subtitle());
        return chart;
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
