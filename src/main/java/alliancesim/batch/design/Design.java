package alliancesim.batch.design;

import alliancesim.scenario.SweepSpec;
import java.util.List;

/** A sampling design: the design points (one value per factor, in the factor's own units). */
public interface Design {
    List<double[]> points(List<SweepSpec.Factor> factors, long seed);

    static Design of(SweepSpec spec) {
        return switch (spec.design()) {
            case GRID -> new GridDesign();
            case RANDOM -> new RandomDesign(spec.samples());
            case LHS -> new LatinHypercubeDesign(spec.samples());
            case SOBOL -> new SaltelliDesign(spec.samples());
            case MORRIS -> new MorrisDesign(spec.samples(), spec.levels());
        };
    }

    /** Scales a unit-cube coordinate to a factor's range. */
    static double scale(SweepSpec.Factor f, double unit) {
        return f.min() + (f.max() - f.min()) * unit;
    }
}
