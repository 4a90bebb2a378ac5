package alliancesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;

class FanChartTest {
    /** Two fans on 0..1: one band 0.4 wide, one 0.004 wide (a few pixels): only the wide one is outlined. */
    @Test
    void anOverlayOutlinesItsBandsButNotABandThatIsOnlyALine() {
        List<FanPoint> wide = new ArrayList<>();
        List<FanPoint> narrow = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            wide.add(new FanPoint(m, 0.5, 0.3, 0.7));
            narrow.add(new FanPoint(m, 0.8, 0.798, 0.802));
        }
        JFreeChart chart = FanChart.create(new FanChartSpec("t", "s", "y", YearMonth.of(2023, 9),
                List.of(new FanSeries("wide", wide), new FanSeries("narrow", narrow))));
        XYItemRenderer outline = chart.getXYPlot().getRenderer(1);
        assertTrue(outline.isSeriesVisible(0) && outline.isSeriesVisible(1), "the wide band's 5 % and 95 % edges");
        assertFalse(outline.isSeriesVisible(2) || outline.isSeriesVisible(3), "the narrow band is its line");
    }

    /** A fan of GDP rising from 1.00 to 1.07 (band 0.98-1.12) with the base named, and the same with none. */
    private static JFreeChart gdp(java.util.OptionalDouble base) {
        List<FanPoint> points = new ArrayList<>();
        for (int m = 0; m < 36; m++) {
            double mean = 1 + 0.07 * m / 35;
            points.add(new FanPoint(m, mean, mean - 0.02, mean + 0.05));
        }
        return FanChart.create(new FanChartSpec("GDP", "s", "index", YearMonth.of(2023, 9),
                List.of(new FanSeries("a", points))).withIndexBase(base));
    }

    @Test
    void anIndexThatStartsAtOneIsDrawnOnItsDataWithTheLineAtOneMarked() {
        JFreeChart chart = gdp(java.util.OptionalDouble.of(1));
        org.jfree.chart.axis.ValueAxis y = chart.getXYPlot().getRangeAxis();
        assertTrue(y.getLowerBound() <= 0.98 && y.getUpperBound() >= 1.12, "every band inside: " + y.getRange());
        assertTrue(y.getLowerBound() > 0.5, "zero is not on an index's axis: " + y.getRange());
        // The 7-point rise fills a good part of the axis, not a few pixels of 0..1.5.
        assertTrue(0.07 / (y.getUpperBound() - y.getLowerBound()) > 0.2, "range " + y.getRange());
        Collection<?> lines = chart.getXYPlot().getRangeMarkers(Layer.BACKGROUND);
        assertTrue(lines != null && lines.stream().anyMatch(m -> m instanceof ValueMarker v && v.getValue() == 1
                && v.getLabel().startsWith("1 = the start")), "the month-0 line at 1, labelled");

        org.jfree.chart.axis.ValueAxis fromZero = gdp(java.util.OptionalDouble.empty()).getXYPlot().getRangeAxis();
        assertEquals(0, fromZero.getLowerBound(), "without a base (a flow, a count) the axis starts at 0");
    }

    /**
     * A what-if's overlay with the four-lever question as its subtitle, drawn at the files' size: the
     * title and every subtitle, measured in the chart's own fonts as laid out, fit inside the chart.
     */
    @Test
    void theTitleAndALongSubtitleFitTheChartsWidth() {
        String question = "What if sanctions pressure on Russia were 0.2 (as it is, 0.6), sanctions pressure on North"
                + " Korea 0.2 (as it is, 0.8), sanctions enforcement 0.05 (as it is, 0.3) and secondary sanctions 0"
                + " (as it is, 0.3)? — Baseline: the Russia-North Korea alliance as the articles describe it";
        List<FanPoint> points = new ArrayList<>();
        for (int m = 0; m < 52; m++) {
            points.add(new FanPoint(m, 1 + m / 500.0, 0.99, 1.1));
        }
        JFreeChart chart = FanChart.create(new FanChartSpec("North Korean shells delivered to Russia", question,
                "North Korean shells delivered to Russia (shells/month)", YearMonth.of(2023, 9),
                List.of(new FanSeries("as it is", points), new FanSeries("with the change", points))));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(ChartFiles.WIDTH, ChartFiles.HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, ChartFiles.WIDTH, ChartFiles.HEIGHT));
        List<org.jfree.chart.title.Title> titles = new ArrayList<>(List.of(chart.getTitle()));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            titles.add(chart.getSubtitle(i));
        }
        for (org.jfree.chart.title.Title t : titles) {
            if (t instanceof org.jfree.chart.title.TextTitle text) {
                // The lines the chart lays the title out in at its width, measured in the title's font.
                org.jfree.chart.text.TextBlock block = org.jfree.chart.text.TextUtils.createTextBlock(text.getText(),
                        text.getFont(), java.awt.Color.BLACK, ChartFiles.WIDTH, new org.jfree.chart.text.G2TextMeasurer(g));
                java.awt.FontMetrics fm = g.getFontMetrics(text.getFont());
                StringBuilder words = new StringBuilder();
                for (Object o : block.getLines()) {
                    org.jfree.chart.text.TextLine line = (org.jfree.chart.text.TextLine) o;
                    String shown = line.getFirstTextFragment().getText();
                    assertTrue(fm.stringWidth(shown) <= ChartFiles.WIDTH, "a line wider than the chart: " + shown);
                    words.append(words.length() == 0 ? "" : " ").append(shown.strip());
                }
                assertEquals(text.getText().replaceAll("\\s+", " "), words.toString().replaceAll("\\s+", " "),
                        "no word cut");
                assertTrue(text.getBounds().getMaxX() <= ChartFiles.WIDTH, "drawn inside: " + text.getBounds());
            }
        }
    }

    /** The baseline's calendar: 52 months from 2023-09 to 2027-12, an event late in the record with a long label. */
    private static FanChartSpec baseline() {
        List<FanPoint> points = new ArrayList<>();
        for (int m = 0; m < 52; m++) {
            points.add(new FanPoint(m, 0.5, 0.3, 0.7));
        }
        return new FanChartSpec("t", "s", "y", YearMonth.of(2023, 9), List.of(new FanSeries("a", points)),
                List.of(new FanChartSpec.EventMark(2, "early"),
                        new FanChartSpec.EventMark(26, "an event late in the record with a long label")), false);
    }

    private static List<Marker> markers(JFreeChart chart) {
        Collection<?> all = chart.getXYPlot().getDomainMarkers(Layer.BACKGROUND);
        return all == null ? List.of() : all.stream().map(Marker.class::cast).toList();
    }

    /**
     * Record ends 2026-02 (month 29): the shade starts at the end of that month, 2026-03-01 00:00 UTC
     * (1,772,323,200,000 ms since 1970: 20,513 days), with its label, behind a dashed line labelled
     * with the month; an event label that would run into them takes another row.
     */
    @Test
    void theMonthsAfterTheRecordsEndAreShadedAndLabelledAProjection() {
        JFreeChart chart = FanChart.create(baseline().withRecordEnds(Optional.of(YearMonth.of(2026, 2))));
        List<IntervalMarker> bands = markers(chart).stream().filter(IntervalMarker.class::isInstance)
                .map(IntervalMarker.class::cast).toList();
        assertEquals(1, bands.size());
        IntervalMarker band = bands.get(0);
        assertEquals(20_513L * 86_400_000L, band.getStartValue(), 0.0);
        assertTrue(band.getEndValue() >= FanChart.millis(YearMonth.of(2023, 9), 51), "to the chart's end");
        assertEquals("projection", band.getLabel());
        assertEquals(FanChart.PROJECTION, band.getPaint());
        ValueMarker line = markers(chart).stream().filter(m -> "record ends 2026-02".equals(m.getLabel()))
                .map(ValueMarker.class::cast).findFirst().orElseThrow();
        assertEquals(band.getStartValue(), line.getValue(), 0.0);
        assertTrue(((java.awt.BasicStroke) line.getStroke()).getDashArray() != null, "dashed");
        Marker late = markers(chart).stream().filter(m -> m.getLabel().startsWith("an event late")).findFirst().orElseThrow();
        assertNotEquals(band.getLabelOffset().getTop(), late.getLabelOffset().getTop(), "not on the projection label's row");
        assertEquals(4, markers(chart).size(), "the band, the line and the two events");
    }

    /** Without a record end, or with one at the chart's last month, nothing but the events is drawn. */
    @Test
    void noRecordEndOrNoMonthAfterItMeansNoProjection() {
        for (FanChartSpec spec : List.of(baseline(), baseline().withRecordEnds(Optional.of(YearMonth.of(2027, 12))),
                baseline().withRecordEnds(Optional.of(YearMonth.of(2030, 1))))) {
            List<Marker> marks = markers(FanChart.create(spec));
            assertEquals(List.of("early", "an event late in the record with a long label"),
                    marks.stream().map(Marker::getLabel).toList(), spec.recordEnds().toString());
            assertTrue(marks.stream().allMatch(m -> m instanceof ValueMarker
                    && ((java.awt.BasicStroke) m.getStroke()).getDashArray() == null), "only the events' solid lines");
        }
    }

    /** The baseline's events as its fan charts show them: many within a few months of each other. */
    private static final List<FanChartSpec.EventMark> CROWD = List.of(
            new FanChartSpec.EventMark(4, "US aid stalled; Western shells fall"),
            new FanChartSpec.EventMark(8, "US supplemental signed (24 April 2024)"),
            new FanChartSpec.EventMark(8, "Ukraine's mobilization law in force"),
            new FanChartSpec.EventMark(9, "Putin in Pyongyang; treaty (June 2024)"),
            new FanChartSpec.EventMark(9, "Czech initiative's first shells"),
            new FanChartSpec.EventMark(13, "PRK troops to Kursk (about 11,000)"),
            new FanChartSpec.EventMark(14, "Ukrainian absences rise to about 30 %"),
            new FanChartSpec.EventMark(15, "Russian key rate 21 %"),
            new FanChartSpec.EventMark(16, "Czech initiative 2025 (1.5 million)"),
            new FanChartSpec.EventMark(16, "US/UK oil sanctions (January 2025)"),
            new FanChartSpec.EventMark(17, "3,000 more PRK troops"),
            new FanChartSpec.EventMark(20, "Kursk retaken; PRK troops withdraw"),
            new FanChartSpec.EventMark(24, "PRK builders to Kursk (about 6,000)"),
            new FanChartSpec.EventMark(24, "Kim in Beijing with Xi and Putin"),
            new FanChartSpec.EventMark(25, "Rosneft and Lukoil sanctioned"),
            new FanChartSpec.EventMark(28, "Czech initiative 2026 (760,000)"));

    @Test
    void crowdedEventsAreNumberedWithAKeyAndTheirLabelsNeverOverlapAsDrawn() {
        String svg = crowdSvg(CROWD);
        java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13);
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text x='([0-9.]+)' y='([0-9.]+)' style='[^']*"
                + "font-size: 13px;[^']*'[^>]*>([^<]*)</text>").matcher(svg);
        java.util.Map<String, List<double[]>> rows = new java.util.TreeMap<>();
        List<String> numbers = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        while (m.find()) {
            String text = m.group(3).replace("&apos;", "'").replace("&amp;", "&");
            all.append(text).append(' ');
            if (!text.matches("[0-9]+") && !text.startsWith("record ends")) {
                continue;
            }
            numbers.add(text);
            double x = Double.parseDouble(m.group(1));
            rows.computeIfAbsent(m.group(2), y -> new ArrayList<>()).add(new double[] {x,
                    x + font.getStringBounds(text, frc).getWidth()});
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= CROWD.size(); i++) {
            expected.add(String.valueOf(i));
        }
        expected.add("record ends 2026-02");
        numbers.sort(java.util.Comparator.comparingInt(t -> t.matches("[0-9]+") ? Integer.parseInt(t) : Integer.MAX_VALUE));
        assertEquals(expected, numbers, "every event's line keeps its number, and the record's end");
        assertTrue(rows.size() >= 2, "staggered over rows: " + rows.keySet());
        rows.forEach((y, spans) -> {
            spans.sort(java.util.Comparator.comparingDouble(a -> a[0]));
            for (int i = 1; i < spans.size(); i++) {
                assertTrue(spans.get(i - 1)[1] <= spans.get(i)[0], "labels at y " + y + " overlap: "
                        + java.util.Arrays.toString(spans.get(i - 1)) + " and " + java.util.Arrays.toString(spans.get(i)));
            }
        });
        // The key under the plot gives every event in full, with its number, whatever lines it wraps over.
        String key = all.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ");
        for (int i = 0; i < CROWD.size(); i++) {
            String entry = (i + 1) + " " + CROWD.get(i).label();
            assertTrue(key.contains(entry), "the key gives '" + entry + "': " + key);
        }
        assertTrue(!key.contains("…"), "no label is cut short: " + key);
    }

    @Test
    void afewEventsKeepTheirWordsOnTheirLines() {
        List<FanChartSpec.EventMark> few = List.of(new FanChartSpec.EventMark(4, "US aid stalled; Western shells fall"),
                new FanChartSpec.EventMark(30, "Kim in Beijing with Xi and Putin"));
        String svg = crowdSvg(few);
        assertTrue(svg.contains(">US aid stalled; Western shells fall</text>"), "written out on its line");
        assertTrue(svg.contains(">Kim in Beijing with Xi and Putin</text>"), "written out on its line");
        assertTrue(!svg.matches("(?s).*>1</text>.*"), "no numbers and no key when the words fit");
    }

    private static String crowdSvg(List<FanChartSpec.EventMark> events) {
        List<FanPoint> points = new ArrayList<>();
        for (int m = 0; m < 52; m++) {
            points.add(new FanPoint(m, 4_000_000 + 10_000 * m, 3_000_000, 6_000_000)); // wide tick labels: a narrow plot
        }
        return ChartFiles.svg(FanChart.create(new FanChartSpec("Shells", "s", "North Korean shells (shells)",
                YearMonth.of(2023, 9), List.of(new FanSeries("baseline", points)), events, false,
                Optional.of(YearMonth.of(2026, 2)))));
    }
}
