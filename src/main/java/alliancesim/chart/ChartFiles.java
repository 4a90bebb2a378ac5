package alliancesim.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG and SVG (1200 x 800), each under a temporary name first. */
public final class ChartFiles {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 800;

    private ChartFiles() {
    }

    public static void save(JFreeChart chart, Path dir, String baseName) {
        try {
            Files.createDirectories(dir);
            Path png = dir.resolve(baseName + ".png");
            Path tmp = dir.resolve(baseName + ".png.tmp");
            ChartUtils.saveChartAsPNG(tmp.toFile(), chart, WIDTH, HEIGHT);
            Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path svg = dir.resolve(baseName + ".svg");
            Path svgTmp = dir.resolve(baseName + ".svg.tmp");
            Files.writeString(svgTmp, svg(chart), StandardCharsets.UTF_8);
            Files.move(svgTmp, svg, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + baseName + " in " + dir, e);
        }
    }

    /** A picture drawn straight onto a 1200 x 800 canvas (several charts in one image). */
    @FunctionalInterface
    public interface Drawing {
        void draw(java.awt.Graphics2D g);
    }

    /** Saves a drawing as PNG and SVG, each under a temporary name first. */
    public static void save(Drawing drawing, Path dir, String baseName) {
        try {
            Files.createDirectories(dir);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(WIDTH, HEIGHT,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            drawing.draw(g);
            g.dispose();
            Path png = dir.resolve(baseName + ".png");
            Path tmp = dir.resolve(baseName + ".png.tmp");
            javax.imageio.ImageIO.write(image, "png", tmp.toFile());
            Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
            svg.setDefsKeyPrefix("as");
            drawing.draw(svg);
            Path svgFile = dir.resolve(baseName + ".svg");
            Path svgTmp = dir.resolve(baseName + ".svg.tmp");
            Files.writeString(svgTmp, svg.getSVGDocument(), StandardCharsets.UTF_8);
            Files.move(svgTmp, svgFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + baseName + " in " + dir, e);
        }
    }

    /** SVG text; a fixed defs prefix keeps the file byte-identical from run to run. */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("as");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }
}
