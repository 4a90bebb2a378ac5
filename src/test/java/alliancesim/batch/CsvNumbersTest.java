package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class CsvNumbersTest {
    @Test
    void plainLocaleFreeNumbers() {
        assertEquals("0", CsvNumbers.format(0));
        assertEquals("0", CsvNumbers.format(-0.0));
        assertEquals("250000", CsvNumbers.format(250000));
        assertEquals("0.1", CsvNumbers.format(0.1));
        assertEquals("0.3", CsvNumbers.format(0.1 + 0.2));
        assertEquals("-0.045488923", CsvNumbers.format(-0.0454889234567));
        assertEquals("220136.12", CsvNumbers.format(220136.1234));
        assertEquals("NA", CsvNumbers.format(Double.NaN));
        assertEquals("1.2345679E-7", CsvNumbers.format(1.23456789e-7));
        assertEquals(0.1, CsvNumbers.parse("0.1"));
    }

    @Test
    void roundingAgreesWithBigDecimalToEightSignificantDigits() {
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 100_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(16) - 6);
            double expected = new BigDecimal(v).round(new MathContext(8)).doubleValue();
            assertEquals(expected, CsvNumbers.round(v), Math.abs(expected) * 1e-15, "v = " + v);
        }
    }
}
