package alliancesim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.AllianceModel;
import alliancesim.model.Param;
import alliancesim.model.StateCode;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

/** Builds the teacher's GUI without a window, steps it, and checks what it draws. */
class AllianceModelWithUITest {
    private AllianceModel model;
    private AllianceModelWithUI gui;
    private Scenario scenario;

    @BeforeEach
    void setUp() {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        scenario = s;
        model = new AllianceModel(s.seed(), s.parameters(), s.modelEvents(), s.months());
        gui = new AllianceModelWithUI(model, s.title(), s.description(), s.start(), s.recordEnds(), "replicate 1");
        gui.start();
    }

    private void months(int n) {
        for (int i = 0; i < n; i++) {
            gui.step();
        }
    }

    @Test
    void mapShowsEachStateWhereItStandsInItsBlocColour() {
        months(3);
        BufferedImage image = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        gui.paintMap(g, 1000, 600);
        g.dispose();
        for (StateCode c : StateCode.values()) {
            Double2D p = MapLayout.position(c);
            Color drawn = new Color(image.getRGB((int) p.x, (int) p.y));
            assertEquals(StatePortrayal.colour(c), drawn, c + " at " + p);
        }
        // Away from every state the map is white, and the PRK->RUS shell flow is drawn in orange between them.
        assertEquals(Color.WHITE, new Color(image.getRGB(20, 580)));
        assertTrue(countPixels(image, Flow.Kind.MUNITIONS.color) > 200, "shell flow drawn");
        assertTrue(countPixels(image, Flow.Kind.WESTERN_SUPPLY.color) > 200, "Western supply drawn");
        assertTrue(countPixels(image, Flow.Kind.AID_AND_TECHNOLOGY.color) > 100, "aid to North Korea drawn beside the shells");
    }

    @Test
    void liveChartsFillAMonthAtATime() {
        months(12);
        assertEquals(12, gui.chartPoints());
        for (JFreeChart chart : gui.liveCharts()) {
            BufferedImage image = chart.createBufferedImage(480, 260);
            Color line = (Color) chart.getXYPlot().getRenderer().getSeriesPaint(0);
            assertTrue(countPixels(image, line) > 50, chart.getTitle().getText() + " has a drawn line");
        }
    }

    @Test
    void beforePlayEachLiveChartIsFramedOverTheWholeRunAndShowsMonthZeroAsADot() {
        months(1); // what the gui command shows before Play: month 0 has run
        assertEquals(1, gui.chartPoints());
        java.time.YearMonth start = scenario.start();
        long first = start.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        long last = start.plusMonths(model.months() - 1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                .toEpochMilli();
        for (JFreeChart chart : gui.liveCharts()) {
            String name = chart.getTitle().getText();
            org.jfree.data.Range x = chart.getXYPlot().getDomainAxis().getRange();
            assertTrue(x.getLowerBound() < first && x.getLowerBound() > first - 31L * 86_400_000, name + " starts at month 0: " + x);
            assertTrue(x.getUpperBound() > last && x.getUpperBound() < last + 31L * 86_400_000, name + " ends at the last month: " + x);
            org.jfree.data.Range y = chart.getXYPlot().getRangeAxis().getRange();
            assertTrue(y.getLowerBound() <= 0 && y.getUpperBound() >= 0, name + " keeps zero on its axis: " + y);
            BufferedImage image = chart.createBufferedImage(480, 260);
            Color line = (Color) chart.getXYPlot().getRenderer().getSeriesPaint(0);
            assertTrue(countPixels(image, line) > 12, name + " shows month 0 as a dot (no line yet: none without it)");
        }
    }

    @Test
    void theMapShowsTheCalendarMonthItDraws() {
        assertEquals("", gui.mapDate(), "nothing has run yet");
        months(3);
        assertEquals(scenario.start().plusMonths(2) + " (month 2)", gui.mapDate());
        gui.start();
        assertEquals("", gui.mapDate(), "a restart clears it");
    }

    /** The baseline's record ends in 2026-02 (month 29): from month 30 the map says projection. */
    @Test
    void theMapSaysWhenTheMonthIsAProjection() {
        java.time.YearMonth end = scenario.recordEnds().orElseThrow();
        int last = (int) java.time.temporal.ChronoUnit.MONTHS.between(scenario.start(), end);
        months(last + 1);
        assertEquals(end + " (month " + last + ")", gui.mapDate(), "the record's last month");
        months(1);
        assertEquals(end.plusMonths(1) + " (month " + (last + 1) + ", projection)", gui.mapDate());
    }

    /** Each live chart shades from the end of the record's last month (the first day of the next) on. */
    @Test
    void liveChartsShadeTheMonthsAfterTheRecordsEnd() {
        java.time.YearMonth end = scenario.recordEnds().orElseThrow();
        long boundary = end.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        for (JFreeChart chart : gui.liveCharts()) {
            List<org.jfree.chart.plot.IntervalMarker> bands = markers(chart, org.jfree.chart.plot.IntervalMarker.class);
            assertEquals(1, bands.size(), chart.getTitle().getText());
            assertEquals(boundary, bands.get(0).getStartValue(), 0.0);
            assertEquals("projection", bands.get(0).getLabel());
            List<org.jfree.chart.plot.ValueMarker> lines = markers(chart, org.jfree.chart.plot.ValueMarker.class);
            assertEquals(1, lines.size());
            assertEquals(boundary, lines.get(0).getValue(), 0.0);
            assertEquals(null, lines.get(0).getLabel(), "no text on the line: it was cut at 1280 x 720");
        }
        assertTrue(AboutText.html("t", "d", scenario.recordEnds(), "r").contains("The record ends in " + end));
        AllianceModelWithUI none = new AllianceModelWithUI(model, "t", "d", scenario.start(), java.util.Optional.empty(), "r");
        for (JFreeChart chart : none.liveCharts()) {
            assertTrue(markers(chart, org.jfree.chart.plot.Marker.class).isEmpty(), "no record end, no shade");
        }
    }

    private static <M> List<M> markers(JFreeChart chart, Class<M> kind) {
        java.util.Collection<?> all = chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND);
        return all == null ? List.of() : all.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void eventsAppearInTheLogInTheirMonth() {
        months(14);
        assertTrue(gui.logLines().stream().anyMatch(l -> l.startsWith("2024-06  Summit RUS-PRK")), gui.logLines().toString());
        assertTrue(gui.logLines().stream().anyMatch(l -> l.startsWith("2024-10") && l.contains("PRK troops to Kursk")));
    }

    @Test
    void aLeverMovedMidRunActsFromTheNextMonthAndSurvivesARestart() {
        months(5);
        double before = model.chinaFacilitation();
        gui.levers().setSecondarySanctions(0.9);
        assertEquals(0.9, model.param(Param.SANCTIONS_SECONDARY));
        months(6);
        assertTrue(model.chinaFacilitation() < before - 0.1, "China restrains after the lever moved");
        gui.levers().setSanctionsEnforcement(2.0);
        assertEquals(1.0, model.param(Param.SANCTIONS_ENFORCEMENT), "clamped to the slider's range");
        gui.start();
        assertEquals(0.9, model.param(Param.SANCTIONS_SECONDARY));
    }

    @Test
    void theModelTabIsRefreshedAsTheRunGoes() {
        // The Console refreshes only volatile inspectors each step; MASON's default model inspector is not.
        assertTrue(gui.getInspector().isVolatile(), "the Model tab follows the run");
        months(4);
        sim.util.Properties props = sim.util.Properties.getProperties(gui.getSimulationInspectedObject());
        // ... by updating its values: volatile Properties would make MASON rebuild every row at each refresh.
        assertFalse(props.isVolatile(), "the rows are fixed");
        assertEquals("Month", props.getName(0));
        assertEquals(3, props.getValue(0));
    }

    /**
     * Each refresh MASON sets every slider to the shown value and the slider hands it back: watching the
     * Model tab must not change the run (rounded values into parameters, China's level into its policy).
     */
    @Test
    void refreshingTheModelTabLeavesTheRunAsItIs() throws Exception {
        sim.portrayal.Inspector inspector = gui.getInspector();
        Scenario s = scenario;
        AllianceModel alone = new AllianceModel(s.seed(), s.parameters(), s.modelEvents(), s.months());
        alone.start();
        for (int m = 0; m < 12; m++) {
            gui.step();
            javax.swing.SwingUtilities.invokeAndWait(inspector::updateInspector);
            alone.schedule.step(alone);
            assertEquals(alone.chinaFacilitation(), model.chinaFacilitation(), "China's level, month " + m);
            assertEquals(alone.tension(), model.tension(), "regional tension, month " + m);
        }
        for (Param p : Param.all()) {
            assertEquals(alone.param(p), model.param(p), p.key());
        }
    }

    @Test
    void theModelTabShowsTheSevenLeversFirstThenEveryOtherParameterAsASlider() {
        sim.util.Properties props = sim.util.Properties.getProperties(gui.getSimulationInspectedObject());
        List<String> sliders = new java.util.ArrayList<>();
        int capacity = -1;
        for (int i = 0; i < props.numProperties(); i++) {
            if (props.getDomain(i) instanceof sim.util.Interval range && props.isReadWrite(i)) {
                sliders.add(props.getName(i));
                assertTrue(range.getMax().doubleValue() > range.getMin().doubleValue(), props.getName(i));
            }
            capacity = props.getName(i).endsWith("munitions.capacity.rus") ? i : capacity;
        }
        assertEquals(Param.all().size(), sliders.size(), "every parameter");
        assertEquals(List.of("SanctionsPressureOnRussia", "SanctionsPressureOnNorthKorea", "SanctionsEnforcement",
                "SecondarySanctions", "NorthKoreanExportShare", "ChinaFacilitation", "TrilateralDeterrenceReaction"),
                sliders.subList(0, 7));
        props.setValue(capacity, (Object) 300_000.0);
        assertEquals(300_000.0, model.param(Param.MUNITIONS_CAPACITY_RUS));
        assertEquals(300_000.0, ((Number) props.getValue(capacity)).doubleValue());
    }

    /**
     * A slider shows the value it sets (0.1 typed into China's lever shows 0.1 while China decides
     * another level each month); what the states decide is in its own read-only rows.
     */
    @Test
    void aSliderShowsTheValueItSetsAndTheDecidedValueHasItsOwnRow() {
        sim.util.Properties props = sim.util.Properties.getProperties(gui.getSimulationInspectedObject());
        int lever = index(props, "ChinaFacilitation");
        int decided = index(props, "ChinaFacilitationNow");
        assertFalse(props.isReadWrite(decided), "the decided level cannot be set");
        assertFalse(props.isReadWrite(index(props, "SanctionsOnRussiaNow")));
        props.setValue(lever, (Object) 0.1);
        months(6);
        assertEquals(0.1, ((Number) props.getValue(lever)).doubleValue(), 0.0, "the slider shows what was typed");
        assertEquals(0.1, model.param(Param.CHINA_FACILITATION), 0.0, "and that is the policy set");
        double now = ((Number) props.getValue(decided)).doubleValue();
        assertEquals(model.chinaFacilitation(), now, 0.0005, "the decided row follows China's decision");
        assertTrue(Math.abs(now - 0.1) > 0.001, "China decides another level than its policy here: " + now);
        // The pressure in force on Russia is the lever plus the sanctions the record added and the US reaction.
        double lever0 = model.param(Param.SANCTIONS_PRESSURE_RUS) + model.param(Param.SANCTIONS_ADDED_RUS);
        assertTrue(((Number) props.getValue(index(props, "SanctionsOnRussiaNow"))).doubleValue() >= Math.min(1, lever0) - 0.0005);
        // A drag hands over a long fraction: it is set to what the slider then shows.
        props.setValue(lever, (Object) 0.45238095238);
        assertEquals(0.4524, model.param(Param.CHINA_FACILITATION), 0.0);
        assertEquals(0.4524, ((Number) props.getValue(lever)).doubleValue(), 0.0);
        // A small parameter keeps its digits (0.0014 a year is not shown as 0.001).
        int growth = index(props, "· economy.growth.prk");
        props.setValue(growth, (Object) 0.0014);
        assertEquals(0.0014, ((Number) props.getValue(growth)).doubleValue(), 0.0);
    }

    /** The map's orange edge names the North Korean troops at the front each month: the output prk_troops_at_front. */
    @Test
    void theShellEdgeNamesTheTroopsAtTheFrontAsTheOutputRecordsThem() {
        MapNetworks networks = new MapNetworks();
        int withTroops = 0;
        for (int month = 0; month < model.months(); month++) {
            gui.step();
            networks.rebuild(model);
            double troops = model.trajectory().get(month, alliancesim.model.Output.PRK_TROOPS_AT_FRONT);
            String label = null;
            for (Object node : networks.edges.getAllNodes()) {
                for (Object e : networks.edges.getEdgesOut(node)) {
                    Flow f = (Flow) ((sim.field.network.Edge) e).info;
                    label = f.kind() == Flow.Kind.MUNITIONS ? f.label() : label;
                }
            }
            String said = String.format(java.util.Locale.ROOT, "+ %,.0f troops", troops);
            if (troops >= 0.5) {
                withTroops++;
                assertTrue(label != null && label.endsWith(said), "month " + month + ": " + label + " against " + said);
            } else {
                assertTrue(label == null || !label.contains("troops"), "month " + month + ": " + label);
            }
        }
        assertTrue(withTroops >= 3, "the troops were at the front some months: " + withTroops);
    }

    /** The live charts read from the back of a room: 13-point ticks, no axis names, compact numbers. */
    @Test
    void liveChartsHaveLargeTicksAndCompactNumbers() {
        for (JFreeChart chart : gui.liveCharts()) {
            org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
            for (org.jfree.chart.axis.Axis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
                assertTrue(axis.getTickLabelFont().getSize() >= 13, chart.getTitle().getText());
                assertTrue(axis.getLabel() == null, "the unit is in the title: " + axis.getLabel());
            }
        }
        java.text.NumberFormat f = new LiveCharts.CompactNumber();
        assertEquals("400k", f.format(400_000));
        assertEquals("1.5M", f.format(1_500_000));
        assertEquals("250k", f.format(250_000.0));
        assertEquals("0.25", f.format(0.25));
        assertEquals("-0.1", f.format(-0.1));
        assertEquals("0", f.format(0));
    }

    private static int index(sim.util.Properties props, String name) {
        for (int i = 0; i < props.numProperties(); i++) {
            if (props.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static int countPixels(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
