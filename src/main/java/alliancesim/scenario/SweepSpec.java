package alliancesim.scenario;

import alliancesim.model.Param;
import java.util.List;
import java.util.Locale;

/**
 * A scenario's `sweep:` block: the design, its size, the factors it varies, and whether
 * timeseries.csv holds only the scenario's `outputs:` (`timeseries: outputs`) or every output.
 */
public record SweepSpec(Design design, int samples, int levels, List<Factor> factors, boolean timeseriesOfScenarioOutputs) {
    public SweepSpec {
        factors = List.copyOf(factors);
    }

    /**
     * The number of design points, counted without drawing them (a grid of 10000^3 is 10^12
     * points): saturates at Long.MAX_VALUE.
     */
    public long pointCount() {
        int k = factors.size();
        return switch (design) {
            case GRID -> factors.stream().mapToLong(f -> f.values().isEmpty() ? Math.max(1, f.levels()) : f.values().size())
                    .reduce(1L, SweepSpec::times);
            case RANDOM, LHS -> samples;
            case SOBOL -> times(samples, k + 2L);
            case MORRIS -> times(samples, k + 1L);
        };
    }

    private static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A sweep whose timeseries.csv holds every output. */
    public SweepSpec(Design design, int samples, int levels, List<Factor> factors) {
        this(design, samples, levels, factors, false);
    }

    public enum Design {
        GRID, RANDOM, LHS, SOBOL, MORRIS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A factor: an explicit list of values, or a range [min, max] (with levels for a grid or Morris). */
    public record Factor(Param param, List<Double> values, double min, double max, int levels) {
        public Factor {
            values = List.copyOf(values);
        }

        /** The grid values: the list, or `levels` evenly spaced values from min to max. */
        public List<Double> gridValues() {
            if (!values.isEmpty()) {
                return values;
            }
            if (levels <= 1) {
                return List.of(min);
            }
            List<Double> v = new java.util.ArrayList<>(levels);
            for (int i = 0; i < levels; i++) {
                v.add(min + (max - min) * i / (levels - 1));
            }
            return List.copyOf(v);
        }
    }
}
