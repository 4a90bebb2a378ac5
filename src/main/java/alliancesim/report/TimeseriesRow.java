package alliancesim.report;

/** One row of timeseries.csv. */
public record TimeseriesRow(int point, int month, String date, String output, String unit, int n,
                            double mean, double sd, double p05, double p50, double p95) {
}
