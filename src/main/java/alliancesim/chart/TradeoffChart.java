package alliancesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * PRIM's trade-off: coverage against density for each box of the trajectory, each point labelled
 * by how many factors its box restricts, the chosen box ringed and named.
 */
public final class TradeoffChart {
    private TradeoffChart() {
    }

    /** Labels closer than this (in coverage and density, whose axes span 1.05) would overlap on a slide. */
    static final double LABEL_SPACING = 0.035;

    /**
     * Which points carry their number: the first, the chosen box, each where the number changes, and
     * otherwise only those at least {@link #LABEL_SPACING} from the last one labelled. The first
     * peels are close together, and labelled all they printed as one run of digits ("2222…").
     */
    static boolean[] labelled(double[] coverage, double[] density, int[] restricted, int chosen) {
        boolean[] shown = new boolean[coverage.length];
        int last = -1;
        for (int i = 0; i < coverage.length; i++) {
            shown[i] = last < 0 || i == chosen || restricted[i] != restricted[last]
                    || Math.hypot(coverage[i] - coverage[last], density[i] - density[last]) >= LABEL_SPACING;
            last = shown[i] ? i : last;
        }
        return shown;
    }

    public static JFreeChart create(String title, String subtitle, double[] coverage, double[] density,
                                    int[] restricted, int chosen) {
        XYSeries path = new XYSeries("boxes of the trajectory (label: factors restricted)", false, true);
        for (int i = 0; i < coverage.length; i++) {
            path.add(coverage[i], density[i]);
        }
        XYSeries mark = new XYSeries("chosen box", false, true);
        mark.add(coverage[chosen], density[chosen]);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(path);
        data.addSeries(mark);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(0, Palette.color(0));
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-11, -11, 22, 22));
        renderer.setSeriesShapesFilled(1, false);
        renderer.setSeriesPaint(1, Palette.color(1));
        renderer.setSeriesOutlineStroke(1, new BasicStroke(3f));
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);
        boolean[] shown = labelled(coverage, density, restricted, chosen);
        renderer.setSeriesItemLabelGenerator(0, (ds, s, item) -> shown[item] ? Integer.toString(restricted[item]) : null);
        renderer.setSeriesItemLabelsVisible(0, true);
        renderer.setSeriesItemLabelFont(0, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        renderer.setSeriesPositiveItemLabelPosition(0,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        NumberAxis x = new NumberAxis("coverage (share of the cases of interest inside the box)");
        NumberAxis y = new NumberAxis("density (share of the box's runs that are cases of interest)");
        x.setRange(0, 1.05);
        y.setRange(0, 1.05);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.apply(plot);
        XYPointerAnnotation label = new XYPointerAnnotation(String.format(java.util.Locale.ROOT,
                "box %d: coverage %.0f %%, density %.0f %%", chosen, 100 * coverage[chosen], 100 * density[chosen]),
                coverage[chosen], density[chosen], coverage[chosen] > 0.5 ? 3 * Math.PI / 4 : Math.PI / 4);
        label.setFont(ChartStyle.LEGEND);
        label.setPaint(Color.BLACK);
        label.setArrowPaint(Color.DARK_GRAY);
        label.setTextAnchor(coverage[chosen] > 0.5 ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        plot.addAnnotation(label);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }
}
