package alliancesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalsTest {
    /** t(0.95; 9) = 1.833113 from the tables; sqrt(4 / 10) = 0.632456. */
    @Test
    void halfWidthIsTTimesTheStandardError() {
        assertEquals(1.833113 * 0.632456, Intervals.halfWidth(10, 4), 1e-5);
        assertTrue(Double.isNaN(Intervals.halfWidth(1, 4)));
    }

    /**
     * Two means of 10 runs with variance 4: se = sqrt(0.8) = 0.894427, Welch's df = 0.64 / (2 * 0.16 / 9) = 18,
     * t(0.95; 18) = 1.734064, so the interval's half-width is 1.550995: 1.5 apart is noise, 1.6 is not.
     */
    @Test
    void twoMeansAreApartWhenWelchsIntervalExcludesZero() {
        assertFalse(Intervals.apart(10, 0, 4, 10, 1.5, 4));
        assertTrue(Intervals.apart(10, 0, 4, 10, 1.6, 4));
        assertTrue(Intervals.apart(10, 1.6, 4, 10, 0, 4), "either order");
        assertFalse(Intervals.apart(1, 0, 4, 10, 100, 4), "one run says nothing of noise");
    }
}
