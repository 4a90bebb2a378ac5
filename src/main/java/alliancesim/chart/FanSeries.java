package alliancesim.chart;

import java.util.List;

/** One fan (a scenario or a design point): a label and its months. */
public record FanSeries(String label, List<FanPoint> points) {
    public FanSeries {
        points = List.copyOf(points);
    }
}
