package alliancesim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class PrimTest {
    /** Four uniform factors; the cases of interest are exactly the runs in [0.2, 0.6] x [0.5, 1] on x1, x2. */
    static PrimData knownBox(int n, long seed) {
        MersenneTwister random = new MersenneTwister(seed);
        double[][] x = new double[n][4];
        boolean[] y = new boolean[n];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < 4; j++) {
                x[r][j] = random.nextDouble();
            }
            y[r] = x[r][0] >= 0.2 && x[r][0] <= 0.6 && x[r][1] >= 0.5;
        }
        return new PrimData(List.of("x1", "x2", "x3", "x4"), x, y);
    }

    @Test
    void recoversAKnownBoxWithinTwoPeelSteps() {
        PrimData data = knownBox(3000, 7);
        Prim prim = new Prim(data, Prim.DEFAULT_ALPHA, Prim.DEFAULT_MIN_MASS);
        List<PrimBox> trajectory = prim.trajectory();
        PrimBox box = trajectory.get(Prim.knee(trajectory));
        // Tolerance: the gap between data points near a bound is tiny; what limits the recovery is
        // the last peel or paste, about alpha of the box's ~600 runs, i.e. 0.03 of x1's 0.4 width.
        double tolerance = 0.03;
        assertEquals(0.2, box.low()[0], tolerance);
        assertEquals(0.6, box.high()[0], tolerance);
        assertEquals(0.5, box.low()[1], tolerance);
        assertTrue(box.high()[1] > 1 - tolerance, "x2's upper bound is not cut: " + box.high()[1]);
        assertFalse(box.restricted()[2], "x3 is noise");
        assertFalse(box.restricted()[3], "x4 is noise");
        assertTrue(box.density() >= 0.95 && box.coverage() > 0.85, box.toString());
    }

    @Test
    void coverageDensityAndMassAreHandCounts() {
        PrimData data = knownBox(1000, 11);
        Prim prim = new Prim(data, 0.1, 0.1);
        for (PrimBox box : prim.trajectory()) {
            int runs = 0;
            int hits = 0;
            int all = 0;
            for (int r = 0; r < data.runs(); r++) {
                all += data.interesting()[r] ? 1 : 0;
                boolean inside = true;
                for (int j = 0; j < 4; j++) {
                    inside &= data.x()[r][j] >= box.low()[j] && data.x()[r][j] <= box.high()[j];
                }
                if (inside) {
                    runs++;
                    hits += data.interesting()[r] ? 1 : 0;
                }
            }
            assertEquals((double) hits / all, box.coverage(), 1e-12);
            assertEquals((double) hits / runs, box.density(), 1e-12);
            assertEquals(runs / 1000.0, box.mass(), 1e-12);
        }
    }

    @Test
    void peelingStopsAtTheMinimumMassAndNeverLowersDensityWhilePeeling() {
        PrimData data = knownBox(1000, 3);
        List<PrimBox> t = new Prim(data, 0.05, 0.1).trajectory();
        for (int i = 1; i < t.size(); i++) {
            assertTrue(t.get(i).runs() >= 100, "box " + i + " has " + t.get(i).runs() + " runs");
            if (t.get(i).phase().equals("paste")) {
                assertTrue(t.get(i).density() > t.get(i - 1).density(), "a paste must raise the density");
                assertTrue(t.get(i).runs() > t.get(i - 1).runs());
            } else {
                assertTrue(t.get(i).runs() < t.get(i - 1).runs());
            }
        }
    }

    @Test
    void tiedValuesLeaveTogether() {
        // A 5-level grid factor with 40 runs per level: a peel takes a whole level or nothing.
        double[][] x = new double[200][1];
        boolean[] y = new boolean[200];
        for (int r = 0; r < 200; r++) {
            x[r][0] = (r % 5) * 0.25;
            y[r] = x[r][0] >= 0.5 && r % 2 == 0;
        }
        for (PrimBox b : new Prim(new PrimData(List.of("g"), x, y), 0.05, 0.05).trajectory()) {
            assertEquals(0, b.runs() % 40, "box " + b.step() + " splits a level: " + b.runs() + " runs");
        }
    }

    @Test
    void quasiPValuesSeparateRealRestrictionsFromNoise() {
        PrimData data = knownBox(3000, 5);
        Prim prim = new Prim(data, 0.05, 0.05);
        List<PrimBox> t = prim.trajectory();
        // the last peeled box restricts noise factors too; the real limits must stand out
        PrimBox last = t.stream().filter(b -> b.phase().equals("peel")).reduce((a, b) -> b).orElseThrow();
        double[] p = prim.quasiPValues(last);
        assertTrue(p[0] < 1e-6 && p[1] < 1e-6, java.util.Arrays.toString(p));
        for (int j = 2; j < 4; j++) {
            assertTrue(Double.isNaN(p[j]) || p[j] > 1e-3, "noise factor x" + (j + 1) + ": " + p[j]);
        }
    }

    @Test
    void binomialUpperTailIsTheSumOfTheTerms() {
        int n = 30;
        double q = 0.3;
        for (int k = 0; k <= n; k++) {
            double sum = 0;
            for (int i = k; i <= n; i++) {
                sum += org.apache.commons.math3.util.CombinatoricsUtils.binomialCoefficientDouble(n, i)
                        * Math.pow(q, i) * Math.pow(1 - q, n - i);
            }
            assertEquals(sum, Prim.binomialUpperTail(k, n, q), 1e-12, "k=" + k);
        }
    }

    @Test
    void theKneeIsTheBoxNearestFullCoverageAndDensity() {
        List<PrimBox> t = new Prim(knownBox(2000, 9), 0.05, 0.05).trajectory();
        PrimBox knee = t.get(Prim.knee(t));
        for (PrimBox b : t) {
            assertTrue(Math.hypot(1 - b.coverage(), 1 - b.density()) >= Math.hypot(1 - knee.coverage(), 1 - knee.density()));
        }
    }

    @Test
    void theMinimumDensityChoiceIsTheWidestBoxDenseEnough() {
        PrimData data = knownBox(2000, 9);
        List<PrimBox> t = new Prim(data, 0.05, 0.05).trajectory();
        int chosen = Prim.choose(t, 0.8);
        assertTrue(t.get(chosen).density() >= 0.8);
        for (PrimBox b : t) {
            assertTrue(b.density() < 0.8 || b.coverage() <= t.get(chosen).coverage());
        }
    }
}
