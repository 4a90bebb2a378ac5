package alliancesim.batch.design;

import alliancesim.scenario.SweepSpec;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/** Independent uniform samples in each factor's range (Monte Carlo). */
public final class RandomDesign implements Design {
    private final int samples;

    public RandomDesign(int samples) {
        this.samples = samples;
    }

    @Override
    public List<double[]> points(List<SweepSpec.Factor> factors, long seed) {
        MersenneTwisterFast random = DesignRandom.of(seed);
        List<double[]> points = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            double[] p = new double[factors.size()];
            for (int j = 0; j < p.length; j++) {
                p[j] = Design.scale(factors.get(j), random.nextDouble());
            }
            points.add(p);
        }
        return points;
    }
}
