package alliancesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import alliancesim.stats.Summary;

/**
 * Box plots of final values, one box per group (a result folder, a scenario, a design point).
 * The box spans the middle half of the runs with the median as a line, whiskers reach the
 * furthest run within 1.5 box heights, runs beyond are open circles and the mean is a small
 * diamond; a key under the chart says so. Every mark is drawn at a fixed size, so a wide box
 * never hides behind its own mean.
 */
public final class BoxPlotChart {
    /** Above this many groups their labels are written upwards. */
    private static final int UPRIGHT_LABELS_ABOVE = 6;
    private static final double MARK = 5;
    /** The share of the value axis added above the data for the counts of runs. */
    private static final double COUNT_ROOM = 0.06;

    private BoxPlotChart() {
    }

    /** One group: its label and its values. */
    public record Group(String label, double[] values) {
    }

    /** What a box shows, computed from a group's values (type-7 quartiles, Tukey's 1.5 IQR fences). */
    record Box(double q1, double median, double q3, double mean, double whiskerLow, double whiskerHigh,
               double[] outliers, int n) {
        static Box of(double[] raw) {
            double[] v = Arrays.stream(raw).filter(Double::isFinite).sorted().toArray();
            if (v.length == 0) {
                return null;
            }
            double q1 = Summary.quantile(v, 0.25);
            double q3 = Summary.quantile(v, 0.75);
            double fence = 1.5 * (q3 - q1);
            double lowFence = q1 - fence;
            double highFence = q3 + fence;
            double lo = Arrays.stream(v).filter(x -> x >= lowFence).min().orElse(q1);
            double hi = Arrays.stream(v).filter(x -> x <= highFence).max().orElse(q3);
            double[] out = Arrays.stream(v).filter(x -> x < lowFence || x > highFence).toArray();
            return new Box(q1, Summary.quantile(v, 0.5), q3, Arrays.stream(v).average().orElse(Double.NaN), lo, hi, out,
                    v.length);
        }
    }

    public static JFreeChart create(String title, String subtitle, String xLabel, String yLabel, List<Group> groups) {
        return create(title, subtitle, xLabel, yLabel, groups, java.util.OptionalDouble.empty());
    }

    /**
     * With {@code indexBase}, the final values of an index that starts there (GDP: month 0 = 1): the axis is
     * scaled to the boxes and the base, and the base line is marked, as on the index's fan charts.
     */
    public static JFreeChart create(String title, String subtitle, String xLabel, String yLabel, List<Group> groups,
                                    java.util.OptionalDouble indexBase) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Box> boxes = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Group g : groups) {
            Box b = Box.of(g.values());
            boxes.add(b);
            data.addValue(b == null ? null : b.median(), "final value", g.label());
            for (double v : g.values()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        CategoryAxis x = new CategoryAxis(xLabel);
        x.setLabelFont(ChartStyle.AXIS_LABEL);
        x.setTickLabelFont(groups.size() > UPRIGHT_LABELS_ABOVE ? ChartStyle.TICKS : ChartStyle.AXIS_LABEL);
        x.setMaximumCategoryLabelLines(2);
        if (groups.size() > UPRIGHT_LABELS_ABOVE) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setLabelFont(ChartStyle.AXIS_LABEL);
        y.setTickLabelFont(ChartStyle.TICKS);
        (indexBase.isPresent() ? ValueScale.around(lo, hi, indexBase.getAsDouble()) : ValueScale.of(lo, hi, true))
                .applyTo(y);
        // room above the highest whisker for each box's count of runs ("n = 10"), written at the top of the plot
        y.setUpperBound(y.getUpperBound() + COUNT_ROOM * (y.getUpperBound() - y.getLowerBound()));
        CategoryPlot plot = new CategoryPlot(data, x, y, new BoxRenderer(boxes));
        indexBase.ifPresent(base -> plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(base, Color.DARK_GRAY,
                new java.awt.BasicStroke(1.5f)), org.jfree.chart.ui.Layer.BACKGROUND));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlineVisible(false);
        plot.setFixedLegendItems(key());
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    private static LegendItemCollection key() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(item("box: middle half of the runs (25–75 %), line: median", new Rectangle2D.Double(-8, -6, 16, 12),
                Palette.band(0), true));
        items.add(item("whiskers: furthest runs within 1.5 box heights", new Line2D.Double(-8, 0, 8, 0),
                Palette.color(0), false));
        items.add(item("mean", diamond(0, 0), Color.BLACK, true));
        items.add(item("runs beyond the whiskers", circle(0, 0), Color.DARK_GRAY, false));
        items.add(item("n: runs in the box", new Rectangle2D.Double(0, 0, 0, 0), Color.WHITE, false));
        return items;
    }

    /** A key entry: a filled or outlined shape, or a line (the whiskers). */
    private static LegendItem item(String label, Shape shape, Color paint, boolean filled) {
        boolean line = shape instanceof Line2D;
        Color outline = line ? paint : filled && paint.equals(Color.BLACK) ? Color.BLACK : paint.getAlpha() < 255
                ? Palette.color(0) : paint;
        LegendItem item = new LegendItem(label, null, null, null, !line, shape, filled, paint, true, outline,
                new BasicStroke(1.5f), line, shape, new BasicStroke(2f), paint);
        item.setLabelFont(ChartStyle.LEGEND);
        return item;
    }

    private static Shape diamond(double x, double y) {
        Path2D p = new Path2D.Double();
        p.moveTo(x, y - MARK);
        p.lineTo(x + MARK, y);
        p.lineTo(x, y + MARK);
        p.lineTo(x - MARK, y);
        p.closePath();
        return p;
    }

    private static Shape circle(double x, double y) {
        return new Ellipse2D.Double(x - MARK * 0.8, y - MARK * 0.8, MARK * 1.6, MARK * 1.6);
    }

    /** Draws each category's box from the precomputed {@link Box}es. */
    private static final class BoxRenderer extends AbstractCategoryItemRenderer {
        private static final long serialVersionUID = 1L;
        private final transient List<Box> boxes;

        BoxRenderer(List<Box> boxes) {
            this.boxes = boxes;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D area, CategoryPlot plot,
                             CategoryAxis domain, ValueAxis range, CategoryDataset dataset, int row, int column,
                             int pass) {
            Box b = boxes.get(column);
            if (b == null) {
                return;
            }
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            RectangleEdge yEdge = plot.getRangeAxisEdge();
            double centre = domain.getCategoryMiddle(column, dataset.getColumnCount(), area, xEdge);
            double space = area.getWidth() / Math.max(1, dataset.getColumnCount());
            double half = Math.min(40, space * 0.3);
            double yq1 = range.valueToJava2D(b.q1(), area, yEdge);
            double yq3 = range.valueToJava2D(b.q3(), area, yEdge);
            double ymed = range.valueToJava2D(b.median(), area, yEdge);
            double ylo = range.valueToJava2D(b.whiskerLow(), area, yEdge);
            double yhi = range.valueToJava2D(b.whiskerHigh(), area, yEdge);
            Color line = Palette.color(0);
            g2.setStroke(new BasicStroke(1.5f));
            g2.setPaint(line);
            g2.draw(new Line2D.Double(centre, yq3, centre, yhi));
            g2.draw(new Line2D.Double(centre, yq1, centre, ylo));
            g2.draw(new Line2D.Double(centre - half / 2, yhi, centre + half / 2, yhi));
            g2.draw(new Line2D.Double(centre - half / 2, ylo, centre + half / 2, ylo));
            Rectangle2D box = new Rectangle2D.Double(centre - half, Math.min(yq1, yq3), 2 * half,
                    Math.max(1, Math.abs(yq1 - yq3)));
            g2.setPaint(Palette.band(0));
            g2.fill(box);
            g2.setPaint(line);
            g2.draw(box);
            g2.setStroke(new BasicStroke(3f));
            g2.draw(new Line2D.Double(centre - half, ymed, centre + half, ymed));
            g2.setStroke(new BasicStroke(1.2f));
            g2.setPaint(Color.DARK_GRAY);
            for (double v : b.outliers()) {
                g2.draw(circle(centre, range.valueToJava2D(v, area, yEdge)));
            }
            Shape mean = diamond(centre, range.valueToJava2D(b.mean(), area, yEdge));
            g2.setPaint(Color.BLACK);
            g2.fill(mean);
            g2.setPaint(Color.WHITE);
            g2.setStroke(new BasicStroke(1f));
            g2.draw(mean);
            drawCount(g2, b.n(), centre, area, space);
        }

        /** "n = 10" centred above the box at the top of the plot ("10" alone where the boxes stand close). */
        private static void drawCount(Graphics2D g2, int n, double centre, Rectangle2D area, double space) {
            g2.setFont(ChartStyle.TICKS);
            g2.setPaint(Color.DARK_GRAY);
            java.awt.FontMetrics fm = g2.getFontMetrics();
            String text = "n = " + String.format(java.util.Locale.ROOT, "%,d", n);
            if (fm.stringWidth(text) > space * 0.75) {
                text = String.format(java.util.Locale.ROOT, "%,d", n);
            }
            g2.drawString(text, (float) (centre - fm.stringWidth(text) / 2.0), (float) (area.getMinY() + fm.getAscent()));
        }
    }
}
