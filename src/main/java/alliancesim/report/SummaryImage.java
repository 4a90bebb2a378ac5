package alliancesim.report;

import alliancesim.files.AtomicFiles;

import alliancesim.stats.PairedDifference;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * The one-page what-if summary as a picture for a slide: a row per output with the value as it
 * is, with the change, the difference and its 90 % interval, and a bar showing the relative move
 * (for an index that can be negative, the difference in its unit instead).
 */
final class SummaryImage {
    private static final int WIDTH = 1200;
    private static final int ROW = 40;
    private static final Color UP = new Color(0, 114, 178);
    private static final Color DOWN = new Color(213, 94, 0);

    private SummaryImage() {
    }

    static void write(Path file, String title, String question, List<Change> changes) {
        int height = 170 + ROW * changes.size() + 40;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(question, 30, 50);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
        g.setColor(Color.DARK_GRAY);
        g.drawString(title + " — flows totalled over the run, the rest at its end; same seeds in both arms, 90 % intervals", 30, 82);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        int[] x = {30, 400, 520, 640, 770, 1000}; // the output column fits the README's titles
        String[] head = {"output", "as it is", "with change", "difference", "90 % interval", "move"};
        for (int i = 0; i < head.length; i++) {
            g.drawString(head[i], x[i], 130);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        int y = 130 + ROW;
        for (Change c : changes) {
            PairedDifference d = c.difference();
            g.setColor(Color.BLACK);
            g.drawString(Labels.title(c.output()), x[0], y);
            g.drawString(Change.num(d.meanBefore()), x[1], y);
            g.drawString(Change.num(d.meanAfter()), x[2], y);
            g.setColor(!c.clear() ? Color.GRAY : d.meanDifference() > 0 ? UP : DOWN);
            g.drawString(Change.num(d.meanDifference()), x[3], y);
            g.setColor(Color.BLACK);
            g.drawString(Change.num(d.low()) + " to " + Change.num(d.high()), x[4], y);
            if (c.signed()) {
                // A relative move of an index that can be negative means nothing (0.204 -> 0.004 is not -98 %).
                g.setColor(!c.clear() ? Color.GRAY : d.meanDifference() > 0 ? UP : DOWN);
                g.drawString((d.meanDifference() > 0 ? "+" : "") + Change.num(d.meanDifference()) + " " + c.unit(),
                        x[5], y);
            } else {
                bar(g, x[5], y, d);
            }
            y += ROW;
        }
        g.dispose();
        AtomicFiles.writePng(file, image);
    }

    /** A bar of the relative change (difference / |before|), capped at ±100 %, centred on zero. */
    private static void bar(Graphics2D g, int x0, int y, PairedDifference d) {
        int centre = x0 + 70;
        g.setColor(Color.LIGHT_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(centre, y - 22, centre, y + 8);
        double base = Math.abs(d.meanBefore());
        double rel = base == 0 ? (d.meanDifference() == 0 ? 0 : Math.signum(d.meanDifference())) : d.meanDifference() / base;
        int len = (int) Math.round(Math.max(-1, Math.min(1, rel)) * 60);
        g.setColor(len >= 0 ? UP : DOWN);
        g.fillRect(Math.min(centre, centre + len), y - 16, Math.abs(len), 18);
        g.setColor(Color.DARK_GRAY);
        g.drawString(WhatIfReport.pct(rel), centre + (len >= 0 ? len + 6 : 6), y);
    }
}
