package alliancesim.analysis;

/** One design point's replicates of one output: how many, their mean and their variance (n - 1 denominator). */
public record PointStats(long n, double mean, double variance) {
}
