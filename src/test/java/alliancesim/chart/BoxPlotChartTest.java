package alliancesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;

class BoxPlotChartTest {
    private static final List<BoxPlotChart.Group> GDP = List.of(
            new BoxPlotChart.Group("baseline", new double[] {0.96, 1.06, 1.10, 1.14, 1.23}),
            new BoxPlotChart.Group("china-restrains", new double[] {0.92, 1.00, 1.04, 1.09, 1.17}));

    @Test
    void anIndexsFinalValuesAreDrawnAroundItsBaseEveryRunOnTheAxis() {
        ValueAxis y = BoxPlotChart.create("GDP", "s", "folder", "index", GDP, OptionalDouble.of(1))
                .getCategoryPlot().getRangeAxis();
        for (BoxPlotChart.Group g : GDP) {
            for (double v : g.values()) {
                assertTrue(y.getLowerBound() <= v && v <= y.getUpperBound(), v + " in " + y.getRange());
            }
        }
        assertTrue(y.getLowerBound() > 0.5, "not stretched to 0: " + y.getRange());
        ValueAxis fromZero = BoxPlotChart.create("GDP", "s", "folder", "index", GDP).getCategoryPlot().getRangeAxis();
        assertEquals(0, fromZero.getLowerBound(), "without a base the axis starts at 0");
    }

    @Test
    void eachBoxSaysHowManyRunsItHolds() {
        List<BoxPlotChart.Group> groups = List.of(new BoxPlotChart.Group("a", new double[] {1, 2, 3, 4, 5}),
                new BoxPlotChart.Group("b", new double[] {1, 2, Double.NaN, 3}));
        String svg = ChartFiles.svg(BoxPlotChart.create("t", "s", "folder", "value", groups));
        assertTrue(svg.contains(">n = 5<"), "the first box's five runs");
        assertTrue(svg.contains(">n = 3<"), "the second's three finite runs");
        assertTrue(svg.contains("n: runs in the box"), "and the key says what n is");
    }
}
