package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvNumbersTest {
    @Test
    void plainLocaleFreeNumbers() {
        assertEquals("0", CsvNumbers.format(0));
        assertEquals("250000", CsvNumbers.format(250000));
        assertEquals("0.1", CsvNumbers.format(0.1));
        assertEquals("-0.045488923", CsvNumbers.format(-0.0454889234567));
        assertEquals("NA", CsvNumbers.format(Double.NaN));
        assertEquals("1.2345679E-7", CsvNumbers.format(1.23456789e-7));
        assertEquals(0.1, CsvNumbers.parse("0.1"));
    }
}
