package alliancesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/** Fonts and colours that read on a slide at 1200 x 800. */
final class ChartStyle {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Color GRID = new Color(220, 220, 220);

    private ChartStyle() {
    }

    static void apply(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setFont(TITLE);
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(0, sub);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LEGEND);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    static void apply(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setLabelFont(AXIS_LABEL);
        plot.getDomainAxis().setTickLabelFont(TICKS);
        plot.getRangeAxis().setLabelFont(AXIS_LABEL);
        plot.getRangeAxis().setTickLabelFont(TICKS);
        readable(plot.getDomainAxis());
        readable(plot.getRangeAxis());
    }

    /**
     * A number axis that picks its own ticks picks them from plain-digit units (no "1.5E-7"); an
     * axis whose ticks a {@link ValueScale} set keeps them.
     */
    static void readable(org.jfree.chart.axis.ValueAxis axis) {
        if (axis instanceof NumberAxis n && n.isAutoTickUnitSelection()) {
            n.setStandardTickUnits(ValueScale.readableUnits());
        }
    }
}
