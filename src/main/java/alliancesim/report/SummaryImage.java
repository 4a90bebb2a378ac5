package alliancesim.report;

import alliancesim.files.AtomicFiles;

import alliancesim.stats.Intervals;
import alliancesim.stats.PairedDifference;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-page what-if summary as a picture for a slide: the question in words (wrapped to the
 * picture, never cut), a row per output with its unit, the value as it is, with the change, the
 * difference and its 90 % interval, and a bar of the relative move, with a key for its colours.
 * A change within noise gets no bar; nor does one of an output that may be negative (a relative
 * move of it means nothing) or one from a base too small for a percentage to mean anything (the
 * move is then written: "×12", "from 0").
 */
final class SummaryImage {
    /** The picture's width at least; wider when a column needs it. */
    static final int WIDTH = 1200;
    static final int MARGIN = 30;
    private static final int ROW = 40;
    private static final int GAP = 24;
    /** Half the bar's span: a move of 100 % fills it. */
    private static final int BAR = 70;
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    private static final Font HEAD = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font KEY = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Color UP = new Color(0, 114, 178);
    static final Color DOWN = new Color(213, 94, 0);
    static final Color NOISE = Color.GRAY;
    private static final String[] HEAD_TEXT = {"output", "unit", "as it is", "with the change", "difference",
        Intervals.LABEL + " interval", "move"};

    private SummaryImage() {
    }

    /** What the picture says, laid out: its width, the title's and subtitle's lines, the columns' left edges. */
    record Layout(int width, List<String> title, List<String> subtitle, int[] columns, int height) {
    }

    static String subtitle(String scenarioTitle) {
        return scenarioTitle + " — flows totalled over the run, the rest at its end; the same seeds (and posterior draws) in both"
                + " arms; " + Intervals.LABEL + " intervals of the paired difference";
    }

    /** The layout of the picture, measured with the fonts it is drawn in. */
    static Layout layout(Graphics2D g, String question, String scenarioTitle, OutputTitles titles, List<Change> changes) {
        List<List<String>> cells = new ArrayList<>();
        for (Change c : changes) {
            cells.add(cells(c, titles));
        }
        int[] widths = new int[HEAD_TEXT.length];
        for (int i = 0; i < HEAD_TEXT.length; i++) {
            widths[i] = g.getFontMetrics(HEAD).stringWidth(HEAD_TEXT[i]);
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], g.getFontMetrics(BODY).stringWidth(row.get(i)));
            }
        }
        widths[widths.length - 1] = Math.max(widths[widths.length - 1],
                2 * BAR + g.getFontMetrics(BODY).stringWidth("-100 %") + 12);
        int[] columns = new int[widths.length];
        int x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            columns[i] = x;
            x += widths[i] + GAP;
        }
        int width = Math.max(WIDTH, x - GAP + MARGIN);
        List<String> title = wrap(question, g.getFontMetrics(TITLE), width - 2 * MARGIN);
        List<String> subtitle = wrap(subtitle(scenarioTitle), g.getFontMetrics(SUBTITLE), width - 2 * MARGIN);
        int top = top(title, subtitle);
        int height = top + ROW * (changes.size() + 1) + 80;
        return new Layout(width, title, subtitle, columns, height);
    }

    /** The baseline of the table's header: below the title's and subtitle's lines. */
    private static int top(List<String> title, List<String> subtitle) {
        return 50 + 36 * (title.size() - 1) + 32 + 24 * (subtitle.size() - 1) + 48;
    }

    /** The text of a row: output, unit, as it is, with the change, difference, interval, move. */
    private static List<String> cells(Change c, OutputTitles titles) {
        PairedDifference d = c.difference();
        return List.of(titles.title(c.output()), c.unit(), Change.num(d.meanBefore()), Change.num(d.meanAfter()),
                (d.meanDifference() > 0 ? "+" : "") + Change.num(d.meanDifference()),
                Change.num(d.low()) + " to " + Change.num(d.high()), move(c).text());
    }

    static void write(Path file, String question, String scenarioTitle, OutputTitles titles, List<Change> changes) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        hints(pg);
        Layout layout = layout(pg, question, scenarioTitle, titles, changes);
        pg.dispose();
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        hints(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, layout.width(), layout.height());
        int y = 50;
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        for (String line : layout.title()) {
            g.drawString(line, MARGIN, y);
            y += 36;
        }
        y += 32 - 36;
        g.setFont(SUBTITLE);
        g.setColor(Color.DARK_GRAY);
        for (String line : layout.subtitle()) {
            g.drawString(line, MARGIN, y);
            y += 24;
        }
        int[] x = layout.columns();
        y = top(layout.title(), layout.subtitle());
        g.setFont(HEAD);
        g.setColor(Color.BLACK);
        for (int i = 0; i < HEAD_TEXT.length; i++) {
            g.drawString(HEAD_TEXT[i], x[i], y);
        }
        g.setFont(BODY);
        for (Change c : changes) {
            y += ROW;
            List<String> text = cells(c, titles);
            Color colour = colour(c);
            for (int i = 0; i < text.size() - 1; i++) {
                g.setColor(i == 4 ? colour : i == 1 ? Color.DARK_GRAY : Color.BLACK);
                g.drawString(text.get(i), x[i], y);
            }
            move(c).draw(g, x[x.length - 1], y, colour);
        }
        key(g, MARGIN, y + ROW + 16);
        g.dispose();
        AtomicFiles.writePng(file, image);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Blue for a rise beyond noise, orange for a fall, grey within noise. */
    static Color colour(Change c) {
        return !c.clear() ? NOISE : c.difference().meanDifference() > 0 ? UP : DOWN;
    }

    /** The colours' key under the table. */
    private static void key(Graphics2D g, int x, int y) {
        g.setFont(KEY);
        FontMetrics fm = g.getFontMetrics();
        Object[][] entries = {{UP, "rises beyond noise"}, {DOWN, "falls beyond noise"},
            {NOISE, "within noise (the " + Intervals.LABEL + " interval includes 0)"}};
        for (Object[] e : entries) {
            g.setColor((Color) e[0]);
            g.fillRect(x, y - 13, 16, 16);
            g.setColor(Color.DARK_GRAY);
            g.drawString((String) e[1], x + 22, y);
            x += 22 + fm.stringWidth((String) e[1]) + 30;
        }
        g.drawString("move: the difference as a share of the value as it is; no bar within noise, for an output that"
                + " can be negative, or from a base near 0", MARGIN, y + 26);
    }

    /** How a row's move is shown: a bar of the relative change, or words where a bar would mislead. */
    record Move(double relative, String text, boolean bar) {
        void draw(Graphics2D g, int x0, int y, Color colour) {
            int centre = x0 + BAR;
            if (!bar) {
                g.setColor(colour);
                g.drawString(text, x0, y);
                return;
            }
            g.setColor(Color.LIGHT_GRAY);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(centre, y - 22, centre, y + 8);
            int len = (int) Math.round(Math.max(-1, Math.min(1, relative)) * BAR);
            g.setColor(colour);
            g.fillRect(Math.min(centre, centre + len), y - 16, Math.abs(len), 18);
            g.setColor(Color.DARK_GRAY);
            g.drawString(text, centre + (len >= 0 ? len + 6 : 6), y);
        }
    }

    /**
     * The row's move: within noise, "within noise"; an output that may be negative, no relative move
     * ("difference only"); from a base of 0, "from 0"; from a base smaller than the change (a move of
     * more than 100 %, where a percentage would be the biggest bar of the table), the ratio "×12" or
     * "sign flips" in words; else a bar of the relative change with its percentage.
     */
    static Move move(Change c) {
        PairedDifference d = c.difference();
        if (!c.clear()) {
            return new Move(0, "within noise", false);
        }
        if (c.signed()) {
            return new Move(0, "difference only", false);
        }
        double base = Math.abs(d.meanBefore());
        if (base == 0) {
            return new Move(0, "from 0", false);
        }
        double rel = d.meanDifference() / base;
        if (Math.abs(rel) > 1) {
            double ratio = d.meanAfter() / d.meanBefore();
            return new Move(rel, ratio > 0 ? "×" + Change.num(ratio) + " (small base)" : "sign flips", false);
        }
        return new Move(rel, WhatIfReport.pct(rel), true);
    }

    /** The words of {@code text} in lines no wider than {@code width} px; a word wider than a line is cut with "…". */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(tried) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(fit(word, fm, width));
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String fit(String word, FontMetrics fm, int width) {
        String w = word;
        while (w.length() > 1 && fm.stringWidth(w) > width) {
            w = w.substring(0, w.length() - 2) + "…";
        }
        return w;
    }
}
