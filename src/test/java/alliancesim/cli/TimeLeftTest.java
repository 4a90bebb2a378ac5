package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeLeftTest {
    /** The first estimate is shown as it is; later ones move the predicted finish 30 % of the way. */
    @Test
    void eachEstimateMovesThePredictedFinishPartWay() {
        TimeLeft t = new TimeLeft();
        assertEquals(100, t.update(10, 100), 1e-9); // finish at 110
        // raw: finish at 20 + 10 = 30; smoothed 110 + 0.3 * (30 - 110) = 86; left 86 - 20 = 66
        assertEquals(66, t.update(20, 10), 1e-9);
        // raw: finish at 30 + 170 = 200; smoothed 86 + 0.3 * (200 - 86) = 120.2; left 90.2
        assertEquals(90.2, t.update(30, 170), 1e-9);
    }

    /** The calibration of the issue printed 7, 143, 26, 120, 70, 19 s a generation apart: smoothed, it swings less. */
    @Test
    void swingingEstimatesSwingLess() {
        double[] raw = {7, 143, 26, 120, 70, 19};
        TimeLeft t = new TimeLeft();
        double rawSwing = 0;
        double shownSwing = 0;
        double previous = Double.NaN;
        for (int i = 0; i < raw.length; i++) {
            double shown = t.update(5.0 * i, raw[i]);
            if (i > 0) {
                rawSwing = Math.max(rawSwing, Math.abs(raw[i] - raw[i - 1]));
                shownSwing = Math.max(shownSwing, Math.abs(shown - previous));
            }
            previous = shown;
        }
        assertEquals(136, rawSwing, 1e-9);
        assertTrue(shownSwing < rawSwing / 2, shownSwing + " against " + rawSwing);
    }

    @Test
    void noEstimateYetIsPassedThroughAndNeverBelowZero() {
        TimeLeft t = new TimeLeft();
        assertTrue(Double.isInfinite(t.update(1, Double.POSITIVE_INFINITY)));
        assertEquals(1, t.update(50, 1), 1e-9); // finish at 51
        assertEquals(0, t.update(200, 0), 1e-9); // finish 51 + 0.3 * (200 - 51) = 95.7, already past
    }
}
