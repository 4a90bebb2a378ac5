package alliancesim.chart;

/** One month of a fan: the mean and the band (5th to 95th percentile). */
public record FanPoint(int month, double mean, double low, double high) {
}
