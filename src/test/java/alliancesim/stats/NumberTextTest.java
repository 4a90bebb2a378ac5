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
    void settingsReadAsTheyWereWritten() {
        assertEquals("0", NumberText.setting(0));
        assertEquals("0.25", NumberText.setting(0.25));
        assertEquals("0.08", NumberText.setting(0.02 + 0.06));
        assertEquals("11000", NumberText.setting(11_000));
    }
}
