package alliancesim.gui;

import alliancesim.model.AllianceModel;
import alliancesim.model.StateAgent;
import alliancesim.model.StateCode;
import alliancesim.model.TiePair;
import java.util.Locale;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;

/**
 * What the display draws: the states placed on a map-like field, and a network whose edges are
 * this month's flows (munitions, aid and technology, Western supply, sanctions) and the ties.
 * Rebuilt from the model after each month; the model itself knows nothing of it.
 */
final class MapNetworks {
    final Continuous2D places = new Continuous2D(50, MapLayout.WIDTH, MapLayout.HEIGHT);
    final Network edges = new Network(true);

    void rebuild(AllianceModel m) {
        places.clear();
        edges.clear();
        for (StateCode c : StateCode.values()) {
            StateAgent a = m.agent(c);
            places.setObjectLocation(a, MapLayout.position(c));
            edges.addNode(a);
        }
        for (TiePair pair : TiePair.values()) {
            double t = m.tie(pair);
            add(m, pair.a(), pair.b(), new Flow(Flow.Kind.TIE, 1 + 5 * t, String.format(Locale.ROOT, "tie %.2f", t)));
        }
        double shells = m.agent(StateCode.RUS).shells().received();
        // North Korean soldiers at the front now (sent, less losses): the output prk_troops_at_front, not the number sent.
        double troops = m.agent(StateCode.PRK).manpower();
        if (shells > 0 || troops > 0) {
            String label = String.format(Locale.ROOT, "%,.0f shells", shells)
                    + (troops >= 0.5 ? String.format(Locale.ROOT, " + %,.0f troops", troops) : "");
            add(m, StateCode.PRK, StateCode.RUS, new Flow(Flow.Kind.MUNITIONS, 2 + shells / 25_000, label));
        }
        double aid = m.agent(StateCode.PRK).aidReceivedUsd();
        if (aid > 0) {
            add(m, StateCode.RUS, StateCode.PRK, new Flow(Flow.Kind.AID_AND_TECHNOLOGY, 2 + aid / 15e6,
                    String.format(Locale.ROOT, "aid $%.0f M", aid / 1e6)));
        }
        double supply = m.agent(StateCode.UKR).shells().received();
        if (supply > 0) {
            add(m, StateCode.USA, StateCode.UKR, new Flow(Flow.Kind.WESTERN_SUPPLY, 2 + supply / 25_000,
                    String.format(Locale.ROOT, "%,.0f shells", supply)));
        }
        add(m, StateCode.USA, StateCode.RUS, sanctions(m.pressureOn(StateCode.RUS)));
        add(m, StateCode.USA, StateCode.PRK, sanctions(m.pressureOn(StateCode.PRK)));
    }

    private static Flow sanctions(double pressure) {
        return new Flow(Flow.Kind.SANCTIONS, 1 + 6 * pressure, String.format(Locale.ROOT, "sanctions %.2f", pressure));
    }

    private void add(AllianceModel m, StateCode from, StateCode to, Flow flow) {
        edges.addEdge(new Edge(m.agent(from), m.agent(to), flow));
    }
}
