package alliancesim.gui;

import alliancesim.model.StateCode;
import sim.util.Double2D;

/** Where each state stands on the display: roughly as on a map, Europe left, the Pacific right. */
final class MapLayout {
    static final double WIDTH = 1000;
    static final double HEIGHT = 600;

    private MapLayout() {
    }

    static Double2D position(StateCode code) {
        return switch (code) {
            case UKR -> new Double2D(120, 300);
            case RUS -> new Double2D(420, 150);
            case CHN -> new Double2D(560, 400);
            case PRK -> new Double2D(730, 290);
            case KOR -> new Double2D(735, 435); // apart from Japan and the US, so its 14-point name fits at 1280 x 720
            case JPN -> new Double2D(880, 360);
            case USA -> new Double2D(880, 490); // its label, "United States", must end inside the map
        };
    }
}
