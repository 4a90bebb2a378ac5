package alliancesim.batch;

/**
 * Each run's seed is a fixed 64-bit mixing function of (scenario seed, design point, replicate),
 * so results do not depend on thread count, order or sharding. The mixer is SplitMix64's
 * finalizer (Steele, Lea and Flood 2014), a bijection on 64-bit values with good avalanche.
 */
public final class SeedDerivation {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SeedDerivation() {
    }

    public static long runSeed(long scenarioSeed, long point, long replicate) {
        long h = mix(scenarioSeed + GOLDEN_GAMMA);
        h = mix(h + (point + 1) * GOLDEN_GAMMA);
        return mix(h ^ ((replicate + 1) * 0xD1B54A32D192ED03L));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
