package alliancesim.gui;

import alliancesim.model.StateCode;
import sim.util.Double2D;

/** Where each state stands on the display: the schematic map {@link StateCode} declares for the window and the page. */
final class MapLayout {
    static final double WIDTH = StateCode.MAP_WIDTH;
    static final double HEIGHT = StateCode.MAP_HEIGHT;

    private MapLayout() {
    }

    static Double2D position(StateCode code) {
        return new Double2D(code.mapX(), code.mapY());
    }
}
