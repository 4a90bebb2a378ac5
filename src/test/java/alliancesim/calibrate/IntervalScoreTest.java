package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import alliancesim.batch.TargetCheck;
import alliancesim.model.Output;
import alliancesim.scenario.Target;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval score against hand-computed values, and the held-out totals on a hand-made set. */
class IntervalScoreTest {

    @Test
    void intervalScoreIsTheWidthPlusTwentyTimesTheMissAtAlphaOneTenth() {
        assertEquals(2, IntervalScore.of(2, 4, 3, 0.1), 1e-12); // inside: the width
        assertEquals(2 + 20 * 1, IntervalScore.of(2, 4, 5, 0.1), 1e-12); // 1 above
        assertEquals(2 + 20 * 1, IntervalScore.of(2, 4, 1, 0.1), 1e-12); // 1 below
        assertEquals(2, IntervalScore.of(2, 4, 4, 0.1), 1e-12); // on the edge: inside
        assertEquals(0 + 2 / 0.5 * 3, IntervalScore.of(1, 1, 4, 0.5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> IntervalScore.of(4, 2, 3, 0.1));
        assertThrows(IllegalArgumentException.class, () -> IntervalScore.of(2, 4, 3, 1));
    }

    private static HeldOutScore score(double value, double low, double high, double mean, double p05, double p95) {
        YearMonth m = YearMonth.of(2024, 6);
        Target t = new Target("t" + value, Output.SHELLS_TRANSFERRED, Target.Statistic.VALUE, m, m, 9, 9, value,
                (high - low) / (2 * Target.Z90), low, high, "hand", "", null, 1);
        return new HeldOutScore(new TargetCheck.Row(t, mean, p05, mean, p95), false);
    }

    @Test
    void totalsAreCoverageAndMeansOfTheRelativeScores() {
        // figure 10 in [8, 12]; model mean 11 (inside), 90 % interval [9, 13]: IS 4, IS/|x| 0.4, sharpness 0.4, ratio 1
        HeldOutScore a = score(10, 8, 12, 11, 9, 13);
        // figure 100 in [80, 120]; model mean 70 (outside), interval [60, 80]: IS 20 + 20 x 20 = 420, 4.2; 0.2; 20/40
        HeldOutScore b = score(100, 80, 120, 70, 60, 80);
        assertEquals(4, a.score(), 1e-12);
        assertEquals(420, b.score(), 1e-12);
        assertEquals(4.2, b.relativeScore(), 1e-12);
        HeldOutScore.Totals t = HeldOutScore.Totals.of(List.of(a, b));
        assertEquals(2, t.count());
        assertEquals(0.5, t.coverage(), 1e-12);
        assertEquals((0.4 + 4.2) / 2, t.meanRelativeScore(), 1e-12);
        assertEquals((0.4 + 0.2) / 2, t.sharpness(), 1e-12);
        assertEquals((1 + 0.5) / 2, t.widthRatio(), 1e-12);
        assertEquals(0, HeldOutScore.Totals.of(List.of()).count());
    }

    @Test
    void coverageCountsTheFigureInsideTheModelsIntervalNotTheMeanInsideTheFigures() {
        // figure 10 (9.5 - 10.5); the model's mean 13 lies outside it, but 10 is inside the model's [5, 15]
        assertTrue(score(10, 9.5, 10.5, 13, 5, 15).covered());
        // figure 10 (5 - 15); the model's mean 11 lies inside it, but 10 is outside the model's [10.5, 11.5]
        assertFalse(score(10, 5, 15, 11, 10.5, 11.5).covered());
    }
}
