package alliancesim.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import alliancesim.batch.design.MorrisDesign;
import alliancesim.batch.design.SaltelliDesign;
import alliancesim.model.Param;
import alliancesim.scenario.SweepSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sobol and Morris indices decoded from the points the production designs write, against known answers. */
class DesignIndicesTest {
    private static final List<String> NAMES = List.of("x1", "x2", "x3");

    private static SweepSpec.Factor factor(Param p, double min, double max) {
        return new SweepSpec.Factor(p, List.of(), min, max, 0);
    }

    /** A trajectory written by hand: each step's effect is the change of y over the step as a share of the range. */
    @Test
    void elementaryEffectsOfAHandWrittenTrajectory() {
        double[][] x = {{0, 10}, {0.5, 10}, {0.5, 14}};
        double[] y = {1, 2, -1};
        // x1 (range 1): (2 - 1) / (0.5 / 1) = 2; x2 (range 8): (-1 - 2) / (4 / 8) = -6
        double[][][] effects = DesignIndices.morrisEffects(x, y, new double[] {1, 8});
        assertEquals(1, effects.length);
        assertArrayEquals(new double[] {2}, effects[0][0], 1e-12);
        assertArrayEquals(new double[] {-6}, effects[0][1], 1e-12);
    }

    /**
     * y = 3 x1 + 5 x2 - 0.5 x3 with x1 in [0, 2], x2 in [0, 1], x3 in [10, 20]: every elementary effect per
     * full range is the coefficient times the range (6, 5, -5), so mu = the effect, mu* = |mu| and sigma = 0.
     */
    @Test
    void morrisOfALinearFunctionIsItsCoefficientTimesTheRange() {
        List<SweepSpec.Factor> factors = List.of(factor(Param.SANCTIONS_ENFORCEMENT, 0, 2),
                factor(Param.SANCTIONS_SECONDARY, 0, 1), factor(Param.CHINA_FACILITATION, 10, 20));
        List<double[]> points = new MorrisDesign(16, 4).points(factors, 5);
        double[][] x = points.toArray(double[][]::new);
        double[] y = points.stream().mapToDouble(p -> 3 * p[0] + 5 * p[1] - 0.5 * p[2]).toArray();
        Map<String, IndexEstimate> all = finals(DesignIndices.morris(NAMES, x, y, new double[] {2, 1, 10}, 50, 1));
        double[] expected = {6, 5, -5};
        for (int j = 0; j < 3; j++) {
            String f = NAMES.get(j);
            assertEquals(expected[j], all.get(f + " mu").estimate(), 1e-9, f);
            assertEquals(Math.abs(expected[j]), all.get(f + " mu_star").estimate(), 1e-9, f);
            assertEquals(0, all.get(f + " sigma").estimate(), 1e-9, f);
            assertEquals(16, all.get(f + " mu").samples());
        }
    }

    /**
     * The Ishigami function (a = 7, b = 0.1) on [-pi, pi]^3 through the Saltelli design's point order:
     * its published indices are S1 = 0.3139, 0.4424, 0 and ST = 0.5576, 0.4424, 0.2437 (Saltelli et al. 2008).
     */
    @Test
    void sobolOfIshigamiFromTheSaltelliDesignsPoints() {
        List<SweepSpec.Factor> factors = List.of(factor(Param.SANCTIONS_ENFORCEMENT, -Math.PI, Math.PI),
                factor(Param.SANCTIONS_SECONDARY, -Math.PI, Math.PI), factor(Param.CHINA_FACILITATION, -Math.PI, Math.PI));
        List<double[]> points = new SaltelliDesign(8192).points(factors, 3);
        double[] y = points.stream().mapToDouble(p -> Math.sin(p[0]) + 7 * Math.pow(Math.sin(p[1]), 2)
                + 0.1 * Math.pow(p[2], 4) * Math.sin(p[0])).toArray();
        Map<String, IndexEstimate> all = finals(DesignIndices.sobol(NAMES, y, 20, 2));
        double[] s1 = {0.3139, 0.4424, 0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int j = 0; j < 3; j++) {
            String f = NAMES.get(j);
            assertEquals(s1[j], all.get(f + " S1").estimate(), 0.02, "S1 of " + f);
            assertEquals(st[j], all.get(f + " ST").estimate(), 0.02, "ST of " + f);
            assertEquals(8192, all.get(f + " ST").samples());
        }
    }

    private static Map<String, IndexEstimate> finals(List<IndexEstimate> convergence) {
        return SensitivityDiagnostics.finals(convergence).stream()
                .collect(Collectors.toMap(e -> e.factor() + " " + e.index(), Function.identity()));
    }
}
