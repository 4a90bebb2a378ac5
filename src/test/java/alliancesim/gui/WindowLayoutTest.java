package alliancesim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowLayoutTest {
    @ParameterizedTest
    @CsvSource({"1280, 720", "1600, 1000", "1920, 1080", "1280, 680"})
    void everyWindowIsOnScreenAndNoneCoversAnother(int width, int height) {
        Rectangle screen = new Rectangle(0, 0, width, height);
        WindowLayout l = WindowLayout.of(screen);
        List<Rectangle> windows = List.of(l.map(), l.log(), l.console(), l.charts());
        long area = 0;
        for (Rectangle w : windows) {
            assertTrue(screen.contains(w), w + " on " + screen);
            assertTrue(w.width >= 300 && w.height >= 200, "usable size: " + w);
            area += (long) w.width * w.height;
        }
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                assertFalse(windows.get(i).intersects(windows.get(j)), windows.get(i) + " and " + windows.get(j));
            }
        }
        // They tile the screen: the console, with its play bar at the bottom, reaches the screen's foot.
        assertEquals((long) width * height, area);
        assertEquals(height, l.console().y + l.console().height);
        assertTrue(l.console().width >= WindowLayout.CONSOLE_MIN);
    }

    @org.junit.jupiter.api.Test
    void aTaskBarAtTheTopShiftsEveryWindowBelowIt() {
        WindowLayout l = WindowLayout.of(new Rectangle(0, 32, 1600, 968));
        assertEquals(32, l.map().y);
        assertEquals(32, l.console().y);
        assertEquals(1000, l.log().y + l.log().height);
    }
}
