package alliancesim.calibrate;

import alliancesim.batch.TargetCheck;
import java.util.List;

/**
 * One public figure scored against a posterior's runs: the model's median and central 90 %
 * predictive interval (p05..p95), whether the figure was fitted under the posterior's cutoff, whether
 * the figure lies inside that interval (what the coverage of 90 % intervals counts), and the interval
 * score of p05..p95 for the figure ({@link IntervalScore}, alpha 0.1), also relative to |x|.
 */
public record HeldOutScore(TargetCheck.Row check, boolean fitted) {

    /** The figure: the target's value. */
    public double figure() {
        return check.target().value();
    }

    /** True if the figure lies within the model's 90 % predictive interval. */
    public boolean covered() {
        return check.p05() <= figure() && figure() <= check.p95();
    }

    public double score() {
        return IntervalScore.of(check.p05(), check.p95(), figure(), IntervalScore.ALPHA_90);
    }

    /** IS / |x|: comparable across outputs of different units. */
    public double relativeScore() {
        return score() / Math.abs(figure());
    }

    /** (u - l) / |x|: the model's 90 % interval as a share of the figure. */
    public double sharpness() {
        return (check.p95() - check.p05()) / Math.abs(figure());
    }

    /** The model's 90 % interval over the figure's own (its interval, or value +- 1.645 sd). */
    public double widthRatio() {
        return (check.p95() - check.p05()) / (check.high() - check.low());
    }

    /** Totals over a set of scores (the held-out ones): count, coverage, means of the relative scores. */
    public record Totals(int count, double coverage, double meanRelativeScore, double sharpness, double widthRatio) {
        public static Totals of(List<HeldOutScore> scores) {
            int n = scores.size();
            if (n == 0) {
                return new Totals(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Totals(n, scores.stream().filter(HeldOutScore::covered).count() / (double) n,
                    scores.stream().mapToDouble(HeldOutScore::relativeScore).average().orElseThrow(),
                    scores.stream().mapToDouble(HeldOutScore::sharpness).average().orElseThrow(),
                    scores.stream().mapToDouble(HeldOutScore::widthRatio).average().orElseThrow());
        }
    }
}
