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

    /** A picture drawn straight onto a 1200 x 800 canvas (several charts in one image). */
    @FunctionalInterface
    public interface Drawing {
        void draw(java.awt.Graphics2D g);
    }

    /** Saves a drawing as PNG and SVG, each encoded in memory and renamed into place. */
    public static void save(Drawing drawing, Path dir, String baseName) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(WIDTH, HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        drawing.draw(g);
        g.dispose();
        AtomicFiles.writePng(dir.resolve(baseName + ".png"), image);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix("as");
        drawing.draw(svg);
        AtomicFiles.writeString(dir.resolve(baseName + ".svg"), svg.getSVGDocument());
    }

    /** SVG text; a fixed defs prefix keeps the file byte-identical from run to run. */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("as");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }
}
