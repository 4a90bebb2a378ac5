package alliancesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrequencyTableTest {
    @Test
    void quantilesEqualThoseOfTheSortedValues() {
        Random random = new Random(3);
        double[] rolls = new double[1001];
        FrequencyTable table = new FrequencyTable(6);
        for (int i = 0; i < rolls.length; i++) {
            rolls[i] = random.nextInt(6) + 1;
            assertTrue(table.add(rolls[i]));
        }
        Arrays.sort(rolls);
        for (double p : new double[] {0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.95, 0.999, 1}) {
            assertEquals(Summary.quantile(rolls, p), table.quantile(p), 0.0, "p = " + p);
            assertEquals(rolls[Summary.observedRank(rolls.length, p)], table.observedQuantile(p), 0.0, "p = " + p);
        }
    }

    @Test
    void interpolatesBetweenNeighbouringValuesAsTypeSeven() {
        FrequencyTable table = new FrequencyTable(4);
        for (double x : new double[] {0, 0, 0, 2}) {
            table.add(x);
        }
        // h = (4 - 1) x 0.9 = 2.7: 0.3 of the way from the 3rd value (0) to the 4th (2).
        assertEquals(1.4, table.quantile(0.9), 1e-12);
        assertEquals(Double.NaN, new FrequencyTable(1).quantile(0.5));
    }

    @Test
    void refusesANewValueWhenFull() {
        FrequencyTable table = new FrequencyTable(2);
        assertTrue(table.add(1));
        assertTrue(table.add(2));
        assertTrue(table.add(1));
        assertFalse(table.add(3));
    }
}
