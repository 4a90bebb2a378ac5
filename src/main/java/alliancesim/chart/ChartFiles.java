package alliancesim.chart;

import alliancesim.files.AtomicFiles;

import java.awt.Rectangle;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG and SVG (1200 x 800), each under a temporary name first. */
public final class ChartFiles {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 800;

    private ChartFiles() {
    }

    public static void save(JFreeChart chart, Path dir, String baseName) {
        // Encoded in memory (no imageio*.tmp in the system temp folder), then renamed into place.
        AtomicFiles.writePng(dir.resolve(baseName + ".png"), chart.createBufferedImage(WIDTH, HEIGHT));
        AtomicFiles.writeString(dir.resolve(baseName + ".svg"), svg(chart));
    }

    /** SVG text; a fixed defs prefix keeps the file byte-identical from run to run. */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("as");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }
}
