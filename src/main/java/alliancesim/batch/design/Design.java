package alliancesim.batch.design;

import alliancesim.model.Param;
import alliancesim.scenario.SweepSpec;
import java.util.List;

/** A sampling design: the design points (one value per factor, in the factor's own units). */
public interface Design {
    List<double[]> points(List<SweepSpec.Factor> factors, long seed);

    /**
     * The design of a spec. A count or a flag factor ({@code Param.Kind} COUNT or BOOLEAN) takes
     * whole values only: the sampled designs (random, lhs, sobol, morris) draw in the factor's
     * range and round to the nearest whole number; a grid's levels are whole already (the scenario
     * loader refuses fractional levels).
     */
    static Design of(SweepSpec spec) {
        Design drawn = switch (spec.design()) {
            case GRID -> new GridDesign();
            case RANDOM -> new RandomDesign(spec.samples());
            case LHS -> new LatinHypercubeDesign(spec.samples());
            case SOBOL -> new SaltelliDesign(spec.samples());
            case MORRIS -> new MorrisDesign(spec.samples(), spec.levels());
        };
        return (factors, seed) -> wholeWhereCounted(factors, drawn.points(factors, seed));
    }

    /** Rounds the values of count and flag factors to whole numbers, in place. */
    static List<double[]> wholeWhereCounted(List<SweepSpec.Factor> factors, List<double[]> points) {
        for (int j = 0; j < factors.size(); j++) {
            if (factors.get(j).param().kind() != Param.Kind.NUMBER) {
                for (double[] p : points) {
                    p[j] = Math.rint(p[j]);
                }
            }
        }
        return points;
    }

    /** Scales a unit-cube coordinate to a factor's range. */
    static double scale(SweepSpec.Factor f, double unit) {
        return f.min() + (f.max() - f.min()) * unit;
    }
}
