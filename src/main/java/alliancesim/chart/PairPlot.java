package alliancesim.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A pair plot: below the diagonal a scatter of the posterior particles for each pair of
 * parameters (each axis the parameter's prior range), on the diagonal its marginal
 * ({@link PriorPosteriorChart}). Drawn cell by cell into one picture.
 */
public final class PairPlot {
    private PairPlot() {
    }

    /** One parameter: name, prior range and its value in every particle. */
    public record Column(String name, double min, double max, double[] values) {
    }

    public static ChartFiles.Drawing create(String title, List<Column> columns, double[] weights) {
        return g -> draw(g, title, columns, weights);
    }

    private static void draw(Graphics2D g, String title, List<Column> columns, double[] weights) {
        int k = columns.size();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, ChartFiles.WIDTH, ChartFiles.HEIGHT);
        g.setPaint(Color.BLACK);
        g.setFont(ChartStyle.TITLE);
        g.drawString(title, 20, 36);
        int top = 50;
        int cellW = ChartFiles.WIDTH / k;
        int cellH = (ChartFiles.HEIGHT - top) / k;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                JFreeChart cell = i == j ? marginal(columns.get(i), weights) : scatter(columns.get(j), columns.get(i), weights);
                cell.draw(g, new Rectangle(j * cellW, top + i * cellH, cellW, cellH));
            }
        }
    }

    private static JFreeChart marginal(Column c, double[] weights) {
        JFreeChart chart = PriorPosteriorChart.create(c.name(), null, c.name(), c.min(), c.max(), c.values(), weights);
        shrink(chart);
        return chart;
    }

    private static JFreeChart scatter(Column x, Column y, double[] weights) {
        XYSeries s = new XYSeries("particles", false, true);
        for (int i = 0; i < x.values().length; i++) {
            s.add(x.values()[i], y.values()[i]);
        }
        NumberAxis xa = new NumberAxis(x.name());
        xa.setRange(x.min(), x.max());
        NumberAxis ya = new NumberAxis(y.name());
        ya.setRange(y.min(), y.max());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        Color c = Palette.color(0);
        r.setSeriesPaint(0, new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), xa, ya, r);
        ChartStyle.apply(plot);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        shrink(chart);
        return chart;
    }

    private static void shrink(JFreeChart chart) {
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        if (chart.getTitle() != null) {
            chart.setTitle(new TextTitle(chart.getTitle().getText(), new Font(Font.SANS_SERIF, Font.BOLD, 12)));
        }
        chart.removeLegend();
        // A cell's last tick label sits on its right edge; the next cell would draw over its right half ("0.0").
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 26));
        XYPlot plot = chart.getXYPlot();
        plot.getDomainAxis().setLabelFont(small);
        plot.getDomainAxis().setTickLabelFont(small);
        plot.getRangeAxis().setLabelFont(small);
        plot.getRangeAxis().setTickLabelFont(small);
    }
}
