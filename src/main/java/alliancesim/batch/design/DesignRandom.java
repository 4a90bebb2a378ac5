package alliancesim.batch.design;

import ec.util.MersenneTwisterFast;

/** The generator a design draws from: seeded from both halves of the scenario seed, apart from run seeds. */
final class DesignRandom {
    private DesignRandom() {
    }

    static MersenneTwisterFast of(long seed) {
        long s = seed ^ 0x5DEECE66DL;
        return new MersenneTwisterFast(new int[] {(int) s, (int) (s >>> 32), 0x44455349}); // "DESI"
    }
}
