package alliancesim.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A sweep's design as manifest.json records it: design, sample size, points, shard and factors. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SweepRecord(String design, int samples, int levels, int points, String shard, List<Factor> factors,
                          String timeseriesOutputs, String quantiles) {
    /** What the shard of a merged folder reads. */
    public static final String MERGED = "merged";

    /** A factor: its registry name, unit and description, its range, its listed values or its levels. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Factor(String name, String unit, String description, double min, double max, List<Double> values,
                         int levels) {
        public double range() {
            return max - min;
        }
    }

    public List<String> factorNames() {
        return factors.stream().map(Factor::name).toList();
    }

    public boolean merged() {
        return shard.contains(MERGED);
    }

    public SweepRecord withShard(String s) {
        return new SweepRecord(design, samples, levels, points, s, factors, timeseriesOutputs, quantiles);
    }
}
