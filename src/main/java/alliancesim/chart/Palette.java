package alliancesim.chart;

import java.awt.Color;

/** The Okabe-Ito palette: eight colours that stay distinct for colour-blind readers. */
public final class Palette {
    private static final Color[] COLORS = {
        new Color(0, 114, 178),    // blue
        new Color(213, 94, 0),     // vermillion
        new Color(0, 158, 115),    // bluish green
        new Color(204, 121, 167),  // reddish purple
        new Color(230, 159, 0),    // orange
        new Color(86, 180, 233),   // sky blue
        new Color(240, 228, 66),   // yellow
        new Color(0, 0, 0),        // black
    };

    private Palette() {
    }

    public static Color color(int i) {
        return COLORS[Math.floorMod(i, COLORS.length)];
    }

    /** The same hue, translucent, for a band behind its line. */
    public static Color band(int i) {
        Color c = color(i);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 64);
    }

    /** Fainter still, for a band that other bands' outlines cross. */
    public static Color faint(int i) {
        Color c = color(i);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 36);
    }
}
