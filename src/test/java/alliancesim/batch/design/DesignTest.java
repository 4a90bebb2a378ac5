package alliancesim.batch.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Param;
import alliancesim.scenario.SweepSpec;
import alliancesim.stats.MorrisIndices;
import alliancesim.stats.SobolIndices;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignTest {
    private static SweepSpec.Factor range(Param p, double min, double max) {
        return new SweepSpec.Factor(p, List.of(), min, max, 0);
    }

    private static final List<SweepSpec.Factor> UNIT3 = List.of(range(Param.SANCTIONS_ENFORCEMENT, 0, 1),
            range(Param.SANCTIONS_SECONDARY, 0, 1), range(Param.CHINA_FACILITATION, 0, 1));

    @Test
    void gridIsTheFullFactorialFirstFactorSlowest() {
        List<SweepSpec.Factor> f = List.of(new SweepSpec.Factor(Param.SANCTIONS_ENFORCEMENT, List.of(), 0, 1, 3),
                new SweepSpec.Factor(Param.DETERRENCE_REACTION_K, List.of(0.1, 0.2), 0.1, 0.2, 2));
        List<double[]> p = new GridDesign().points(f, 1);
        assertEquals(6, p.size());
        assertArrayEquals(new double[] {0, 0.1}, p.get(0));
        assertArrayEquals(new double[] {0, 0.2}, p.get(1));
        assertArrayEquals(new double[] {1, 0.2}, p.get(5));
    }

    @Test
    void latinHypercubeUsesEveryStratumOfEveryFactorOnce() {
        int n = 50;
        List<double[]> p = new LatinHypercubeDesign(n).points(UNIT3, 42);
        for (int j = 0; j < 3; j++) {
            boolean[] used = new boolean[n];
            for (double[] x : p) {
                int stratum = (int) Math.floor(x[j] * n);
                assertTrue(!used[stratum], "stratum " + stratum + " of factor " + j + " used twice");
                used[stratum] = true;
            }
        }
    }

    @Test
    void designsAreReproducibleFromTheSeed() {
        assertArrayEquals(new LatinHypercubeDesign(5).points(UNIT3, 7).get(3), new LatinHypercubeDesign(5).points(UNIT3, 7).get(3));
        assertArrayEquals(new RandomDesign(5).points(UNIT3, 7).get(4), new RandomDesign(5).points(UNIT3, 7).get(4));
    }

    /** Ishigami (a = 7, b = 0.1) on [-pi, pi]^3: S1 = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244 (Saltelli et al. 2008). */
    @Test
    void sobolIndicesOfTheIshigamiFunction() {
        List<SweepSpec.Factor> f = List.of(range(Param.SANCTIONS_ENFORCEMENT, -Math.PI, Math.PI),
                range(Param.SANCTIONS_SECONDARY, -Math.PI, Math.PI), range(Param.CHINA_FACILITATION, -Math.PI, Math.PI));
        int n = 1 << 14;
        List<double[]> points = new SaltelliDesign(n).points(f, 1);
        assertEquals(n * 5, points.size());
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[3][n];
        for (int r = 0; r < n; r++) {
            fA[r] = ishigami(points.get(r * 5));
            fB[r] = ishigami(points.get(r * 5 + 1));
            for (int i = 0; i < 3; i++) {
                fAB[i][r] = ishigami(points.get(r * 5 + 2 + i));
            }
        }
        SobolIndices.Index[] idx = SobolIndices.estimate(fA, fB, fAB, 200, 3);
        double[] s1 = {0.314, 0.442, 0.0};
        double[] st = {0.558, 0.442, 0.244};
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], idx[i].s1(), 0.03, "S1 of x" + (i + 1));
            assertEquals(st[i], idx[i].st(), 0.03, "ST of x" + (i + 1));
            assertTrue(idx[i].s1Low() <= idx[i].s1() && idx[i].s1() <= idx[i].s1High());
        }
    }

    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** f = 10 x1 + x2^2 + 0.1 x3 on the unit cube: Morris ranks x1 > x2 > x3, and sigma is 0 for the linear ones. */
    @Test
    void morrisRanksFactorsWithKnownEffects() {
        MorrisDesign design = new MorrisDesign(40, 4);
        List<double[]> points = design.points(UNIT3, 9);
        List<int[]> orders = design.orders(3, 9);
        double[][] effects = new double[3][40];
        for (int t = 0; t < 40; t++) {
            for (int s = 0; s < 3; s++) {
                double[] before = points.get(t * 4 + s);
                double[] after = points.get(t * 4 + s + 1);
                int j = orders.get(t)[s];
                effects[j][t] = (known(after) - known(before)) / design.delta();
            }
        }
        MorrisIndices m1 = MorrisIndices.of(effects[0]);
        MorrisIndices m2 = MorrisIndices.of(effects[1]);
        MorrisIndices m3 = MorrisIndices.of(effects[2]);
        assertTrue(m1.muStar() > m2.muStar() && m2.muStar() > m3.muStar());
        assertEquals(10, m1.muStar(), 1e-9);
        assertEquals(0, m1.sigma(), 1e-9);
        assertEquals(0.1, m3.muStar(), 1e-9);
        assertTrue(m2.sigma() > 0, "the quadratic factor's effect varies");
    }

    private static double known(double[] x) {
        return 10 * x[0] + x[1] * x[1] + 0.1 * x[2];
    }
}
