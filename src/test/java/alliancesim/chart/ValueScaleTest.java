package alliancesim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueScaleTest {
    @Test
    void aShareBetween073And0865StartsAtZeroWithFewRoundTicks() {
        ValueScale s = ValueScale.of(0.730, 0.865, true);
        assertEquals(0, s.lower());
        assertEquals(0.2, s.step(), 1e-12); // 0.865 x 1.1 / 5 = 0.19 -> 0.2
        assertEquals(1.0, s.upper(), 1e-12);
        assertTrue((s.upper() - s.lower()) / s.step() <= 7);
    }

    @Test
    void valuesThatAreAllZeroGetAnAxisFromZeroUpNotNegativeTicks() {
        ValueScale s = ValueScale.of(0, 0, false);
        assertEquals(0, s.lower());
        assertTrue(s.upper() >= 1 && s.upper() <= 1.5, "0 to about 1: " + s);
        ValueScale constant = ValueScale.of(-2, -2, false);
        assertTrue(constant.lower() < -2 && constant.upper() > -2, "a constant other than zero sits inside: " + constant);
    }

    @Test
    void aSignedIndexKeepsItsOwnRangeOnWholeSteps() {
        ValueScale s = ValueScale.of(-0.25, 0.35, true);
        assertEquals(0.2, s.step(), 1e-12); // 0.6 x 1.1 / 5 = 0.132 -> 0.2
        assertEquals(-0.4, s.lower(), 1e-12);
        assertEquals(0.4, s.upper(), 1e-12);
    }

    /** GDP from 0.99 to 1.33 (a 7-point difference lies inside): the axis covers the data and 1, not 0. */
    @Test
    void anIndexThatStartsAtOneIsScaledToItsDataAndOneNotToZero() {
        ValueScale s = ValueScale.around(0.99, 1.33, 1);
        assertTrue(s.lower() <= 0.99 && s.upper() >= 1.33, "covers the data: " + s);
        assertTrue(s.lower() <= 1 && s.upper() >= 1, "covers the base: " + s);
        assertTrue(s.lower() > 0.5, "does not reach down to 0: " + s);
        assertTrue((s.upper() - s.lower()) / s.step() <= 8, "a few ticks: " + s);
        ValueScale above = ValueScale.around(1.2, 1.4, 1);
        assertTrue(above.lower() <= 1 && above.lower() > 0.5, "data all above 1 still show the base: " + above);
        ValueScale flat = ValueScale.around(1.0001, 1.0002, 1);
        assertTrue(flat.upper() - flat.lower() >= 0.02, "a flat index is not magnified into noise: " + flat);
        ValueScale collapse = ValueScale.around(0.01, 1, 1);
        assertEquals(0, collapse.lower(), "a collapse toward 0 reaches 0, not below: " + collapse);
    }

    /** A density per shell or a tick of a millionth reads in plain digits, never "1.5E-7" nor "0". */
    @Test
    void tickLabelsAreReadableDigitsWhateverTheirSize() {
        assertEquals("0.0000002", ValueScale.format(2e-7).format(2e-7));
        assertEquals("0.25", ValueScale.format(0.25).format(0.25));
        assertEquals("1,500,000", ValueScale.format(500_000).format(1_500_000));
        org.jfree.chart.axis.TickUnits units = ValueScale.readableUnits();
        for (double size : new double[] {1.5e-7, 3e-5, 0.4, 7, 2.2e6, 4e9}) {
            org.jfree.chart.axis.TickUnit unit = units.getCeilingTickUnit(size);
            String label = unit.valueToString(3 * unit.getSize());
            assertTrue(label.matches("[0-9,.]+") && !label.matches("[0.,]+"), size + " -> " + label);
        }
    }

    @Test
    void stepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        double[] raw = {0.013, 0.3, 2.1, 2.5, 4.0, 7, 45_000};
        double[] nice = {0.02, 0.5, 2.5, 2.5, 5, 10, 50_000};
        double[] got = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            got[i] = ValueScale.niceStep(raw[i]);
        }
        assertArrayEquals(nice, got, 1e-9);
    }

    @Test
    void boxWhiskersStopAtTheLastRunInsideTheFences() {
        // 1..9 and 30: Q1 = 3.25, Q3 = 7.75 (type 7), fences -3.5 and 14.5, so 30 is an outlier.
        BoxPlotChart.Box b = BoxPlotChart.Box.of(new double[] {30, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertEquals(3.25, b.q1(), 1e-12);
        assertEquals(7.75, b.q3(), 1e-12);
        assertEquals(5.5, b.median(), 1e-12);
        assertEquals(1, b.whiskerLow());
        assertEquals(9, b.whiskerHigh());
        assertArrayEquals(new double[] {30}, b.outliers());
        assertEquals(7.5, b.mean(), 1e-12);
    }
}
