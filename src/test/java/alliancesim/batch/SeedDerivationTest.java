package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeedDerivationTest {

    @Test
    void aMillionDerivedSeedsAreDistinct() {
        long[] seeds = new long[1_000_000];
        int i = 0;
        for (int point = 0; point < 1000; point++) {
            for (int rep = 0; rep < 1000; rep++) {
                seeds[i++] = SeedDerivation.runSeed(20261121L, point, rep);
            }
        }
        Arrays.sort(seeds);
        for (int k = 1; k < seeds.length; k++) {
            assertNotEquals(seeds[k - 1], seeds[k]);
        }
    }

    @Test
    void derivationIsAFixedFunction() {
        assertEquals(SeedDerivation.runSeed(1, 2, 3), SeedDerivation.runSeed(1, 2, 3));
        assertNotEquals(SeedDerivation.runSeed(1, 2, 3), SeedDerivation.runSeed(1, 3, 2));
        assertNotEquals(SeedDerivation.runSeed(1, 0, 0), SeedDerivation.runSeed(2, 0, 0));
    }
}
