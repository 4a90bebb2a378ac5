package alliancesim.results;

/** One row of timeseries.csv: a point's summary of one output in one month. */
public record TimeseriesRow(int point, int month, String date, String output, String unit, int n,
                            double mean, double sd, double p05, double p50, double p95) {
}
