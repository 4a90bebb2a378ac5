package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** posterior.csv keeps 8 significant digits: rounded half up at the eighth, nothing lost above it. */
class PosteriorDigitsTest {
    @Test
    void valuesKeepEightSignificantDigits() {
        assertEquals(14_325_747, CalibrationFolder.significant(14_325_746.83), 0);
        assertEquals(0.044479247, CalibrationFolder.significant(0.04447924712345), 0);
        assertEquals(-1.2345679e-7, CalibrationFolder.significant(-1.23456789e-7), 0);
        assertEquals(0, CalibrationFolder.significant(0), 0);
        assertEquals("0.044479247", Double.toString(CalibrationFolder.significant(0.04447924712345)));
    }
}
