package alliancesim.gui;

import java.awt.Rectangle;

/**
 * Where the teacher's windows go on a screen of any size: the map top left with the event log
 * under it, the MASON console (its play bar at the bottom) in the middle, the live charts on the
 * right. Every window lies inside the usable screen and none covers another, so the play bar is
 * never hidden. Pure geometry, so it is tested without a display.
 */
record WindowLayout(Rectangle map, Rectangle log, Rectangle console, Rectangle charts) {
    /**
     * MASON's console is unusable narrower than 380 (its tabs and play bar wrap), and below about 416
     * the Model tab's rows (a lever's name, its slider and value box: 411 pixels, measured under Xvfb
     * by WindowPlacementTest) spill under a horizontal scroll bar that hides the value boxes. The
     * live charts give up the width (a quarter of the screen, not 26 %), so the map keeps its scale.
     */
    static final int CONSOLE_MIN = 420;
    static final int CONSOLE_MAX = 440;
    static final int CHARTS_MIN = 300;
    static final int CHARTS_MAX = 520;
    /** Share of the height the map takes above the log. */
    static final double MAP_SHARE = 0.64;

    /** The layout for a usable screen area (the screen less task bars). */
    static WindowLayout of(Rectangle screen) {
        int consoleW = clamp((int) Math.round(screen.width * 0.24), CONSOLE_MIN, CONSOLE_MAX);
        int chartsW = clamp((int) Math.round(screen.width * 0.24), CHARTS_MIN, CHARTS_MAX);
        int mapW = screen.width - consoleW - chartsW;
        int mapH = (int) Math.round(screen.height * MAP_SHARE);
        int x = screen.x;
        int y = screen.y;
        return new WindowLayout(new Rectangle(x, y, mapW, mapH), new Rectangle(x, y + mapH, mapW, screen.height - mapH),
                new Rectangle(x + mapW, y, consoleW, screen.height),
                new Rectangle(x + mapW + consoleW, y, chartsW, screen.height));
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The scale at which the map (MapLayout's size) fills its window, less the display's own bars. */
    double mapScale(int chromeWidth, int chromeHeight) {
        return Math.min((map.width - chromeWidth) / MapLayout.WIDTH, (map.height - chromeHeight) / MapLayout.HEIGHT);
    }
}
