package alliancesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void printedNumbersAreSeparatedAndNeverShowAFalseZero() {
        assertEquals("14,250", NumberText.printed(14_250));
        assertEquals("5,705", NumberText.printed(5705.1));
        assertEquals("-133,874", NumberText.printed(-133_873.6));
        assertEquals("12.35", NumberText.printed(12.345_1));
        assertEquals("0.204", NumberText.printed(0.2041));
        assertEquals("0", NumberText.printed(0.0));
        assertEquals("0.00041", NumberText.printed(0.000_412));
        assertEquals("NA", NumberText.printed(Double.NaN));
    }

    @Test
    void csvNumbersHaveEightSignificantDigitsAndNoLocale() {
        assertEquals("250000", NumberText.csv(250_000));
        assertEquals("0.3", NumberText.csv(0.1 + 0.2));
        assertEquals("-0.045488923", NumberText.csv(-0.045_488_923_4));
        assertEquals("0.0010000001", NumberText.csv(0.001_000_000_1));
        assertEquals("1234567.9", NumberText.csv(1_234_567.89));
        assertEquals("10000000", NumberText.csv(9_999_999.96));
        assertEquals("1.2345679E-4", NumberText.csv(0.000_123_456_789));
        assertEquals("NA", NumberText.csv(Double.NaN));
        assertEquals("0", NumberText.csv(-0.0));
    }

    /** The fast digits must be Double.toString's of the rounded double, value for value, at every magnitude. */
    @Test
    void fastCsvDigitsEqualTheDefinition() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 2_000_000; i++) {
            double magnitude = Math.pow(10, random.nextDouble(-5, 9));
            double raw = (random.nextBoolean() ? 1 : -1) * magnitude * random.nextDouble();
            // A quarter with few digits, as counts, shares and rounded inputs are.
            double v = i % 4 == 0 ? Math.rint(raw * 1000) / 1000 : raw;
            assertEquals(NumberText.csvSlow(v), NumberText.csv(v), () -> "for " + v);
        }
        for (int k = -4; k <= 8; k++) { // next to the powers of ten, where the exponent can be off by one
            double p = Math.pow(10, k);
            for (double v : new double[] {p, Math.nextDown(p), Math.nextUp(p), p * (1 - 5e-9), p * (1 + 5e-9)}) {
                assertEquals(NumberText.csvSlow(v), NumberText.csv(v), () -> "for " + v);
            }
        }
    }

    @Test
    void settingsReadAsTheyWereWritten() {
        assertEquals("0", NumberText.setting(0));
        assertEquals("0.25", NumberText.setting(0.25));
        assertEquals("0.08", NumberText.setting(0.02 + 0.06));
        assertEquals("11000", NumberText.setting(11_000));
    }

    @Test
    void roundingAgreesWithBigDecimalToEightSignificantDigits() {
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 100_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(16) - 6);
            double expected = new java.math.BigDecimal(v).round(new java.math.MathContext(8)).doubleValue();
            assertEquals(expected, NumberText.round(v), Math.abs(expected) * 1e-15, "v = " + v);
        }
    }
}
