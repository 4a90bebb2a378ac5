package alliancesim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.AllianceModel;
import alliancesim.model.StateAgent;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sim.util.Double2D;

/**
 * The map's labels (date, state names, flow volumes) on the baseline, month by month, at the scale the map gets on each screen size:
 * no label covers a disc (label rectangle against disc circle) or another label, and every label
 * lies on the map.
 */
class MapLabelsTest {
    @ParameterizedTest
    @CsvSource({"1280, 720", "1600, 1000", "1920, 1080", "0, 0"})
    void noLabelCoversADiscOrAnotherLabelAndEveryLabelIsOnTheMap(int screenWidth, int screenHeight) {
        // 0 x 0: the map painted at its own size (paintMap, the README's screenshot of the map alone)
        double scale = screenWidth == 0 ? 1 : Math.max(0.3,
                WindowLayout.of(new Rectangle(0, 0, screenWidth, screenHeight)).mapScale(40, 110));
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        AllianceModel model = new AllianceModel(s.seed(), s.parameters(), s.modelEvents(), s.months());
        Rectangle2D map = new Rectangle2D.Double(10, 20, MapLayout.WIDTH * scale, MapLayout.HEIGHT * scale);
        Graphics2D g = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB).createGraphics();
        MapNetworks networks = new MapNetworks();
        model.start();
        int flowLabelsSeen = 0;
        for (int month = 0; month < s.months(); month++) {
            model.schedule.step(model);
            networks.rebuild(model);
            String date = s.start().plusMonths(month) + " (month " + month + ")";
            List<MapLabels.Label> labels = MapLabels.layout(networks, date, map.getX(), map.getY(), scale, map,
                    g.getFontMetrics(MapLabels.DATE), g.getFontMetrics(MapLabels.nameFont(scale)), g.getFontMetrics(MapLabels.FLOW));
            List<Circle> discs = discs(model, map, scale);
            String at = "month " + month + " at scale " + scale + ": ";
            assertEquals(1 + 7 + flowLabels(networks), labels.size(), at + "the date, a name per state and a label per labelled flow");
            assertEquals(date, labels.get(0).text());
            flowLabelsSeen += flowLabels(networks);
            for (int i = 0; i < labels.size(); i++) {
                Rectangle2D box = labels.get(i).box();
                assertTrue(map.contains(box), at + labels.get(i).text() + " " + box + " is on the map " + map);
                for (Circle c : discs) {
                    assertFalse(c.overlaps(box), at + "'" + labels.get(i).text() + "' " + box + " covers " + c);
                }
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(box.intersects(labels.get(j).box()),
                            at + "'" + labels.get(i).text() + "' covers '" + labels.get(j).text() + "'");
                }
            }
        }
        assertTrue(flowLabelsSeen >= s.months(), "the shell flows were labelled");
    }

    /** A disc as the state portrayal draws it, with its white rim (3 px stroke, half outside). */
    private record Circle(String state, double x, double y, double r) {
        boolean overlaps(Rectangle2D b) {
            double nx = Math.max(b.getMinX(), Math.min(x, b.getMaxX()));
            double ny = Math.max(b.getMinY(), Math.min(y, b.getMaxY()));
            return (x - nx) * (x - nx) + (y - ny) * (y - ny) < r * r;
        }
    }

    private static List<Circle> discs(AllianceModel model, Rectangle2D map, double scale) {
        List<Circle> out = new ArrayList<>();
        for (alliancesim.model.StateCode c : alliancesim.model.StateCode.values()) {
            StateAgent a = model.agent(c);
            Double2D p = MapLayout.position(c);
            out.add(new Circle(c.name(), map.getX() + p.x * scale, map.getY() + p.y * scale,
                    StatePortrayal.diameter(a) * scale / 2 + 1.5));
        }
        return out;
    }

    private static int flowLabels(MapNetworks networks) {
        int n = 0;
        for (Object node : networks.edges.getAllNodes()) {
            for (Object e : networks.edges.getEdgesOut(node)) {
                n += ((Flow) ((sim.field.network.Edge) e).info).labelled() ? 1 : 0;
            }
        }
        return n;
    }
}
