package alliancesim.server;

import alliancesim.batch.SeedDerivation;
import alliancesim.batch.Simulator;
import alliancesim.calibrate.Posterior;
import alliancesim.calibrate.PosteriorSimulator;
import alliancesim.model.AllianceModel;
import alliancesim.model.Output;
import alliancesim.model.StateCode;
import alliancesim.model.TiePair;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POST /api/play: one run for the page's play mode, the first replicate of the what-if's ensemble (its
 * seed, its posterior draw), with the outputs the page charts and, month by month, what the map shows:
 * the seven states, the flows between them and their ties. The run is the batch code's own: the same
 * simulator, wrapped so it also reads the model after each month; its outputs are those of replicate 0.
 */
final class OneRun {
    private OneRun() {
    }

    /** The seed of replicate {@code replicate} of a scenario's ensemble, as `whatif` and the page's bands give it. */
    static long seed(Scenario s, int replicate) {
        return SeedDerivation.runSeed(s.seed(), 0, replicate);
    }

    /** Replicate 0 of {@code s} ({@code posterior} may be null), as the API answers it. */
    static Map<String, Object> play(Scenario s, Posterior posterior) {
        List<Map<String, Object>> months = new ArrayList<>(s.months());
        Simulator watched = (parameters, events, n, seed) -> {
            AllianceModel m = new AllianceModel(seed, parameters, events, n);
            m.start();
            for (int t = 0; t < n; t++) {
                m.schedule.step(m);
                months.add(map(m));
            }
            m.finish();
            return m.trajectory();
        };
        Simulator simulator = posterior == null ? watched : PosteriorSimulator.of(s, posterior, watched);
        long seed = seed(s, 0);
        Trajectory run = simulator.simulate(s.parameters(), s.modelEvents(), s.months(), seed);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replicate", 0);
        m.put("seed", Long.toString(seed)); // as text: a 64-bit seed does not fit a JavaScript number
        m.put("months", s.months());
        List<Map<String, Object>> outputs = new ArrayList<>();
        for (Output o : WhatIfServer.OUTPUTS) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("key", o.key());
            List<Double> series = new ArrayList<>(run.months());
            for (double v : run.series(o)) {
                series.add(Double.isFinite(v) ? v : null);
            }
            om.put("series", series);
            outputs.add(om);
        }
        m.put("outputs", outputs);
        m.put("states", states());
        m.put("map", months);
        return m;
    }

    private static List<Map<String, Object>> states() {
        List<Map<String, Object>> states = new ArrayList<>();
        for (StateCode c : StateCode.values()) {
            states.add(Map.of("code", c.name(), "name", c.displayName(), "bloc", c.bloc().name().toLowerCase(
                    java.util.Locale.ROOT), "x", (int) c.mapX(), "y", (int) c.mapY()));
        }
        return states;
    }

    /** The map after a month: each tie's strength and the month's flows (as the GUI's map draws them). */
    private static Map<String, Object> map(AllianceModel m) {
        Map<String, Object> ties = new LinkedHashMap<>();
        for (TiePair p : TiePair.ALL) {
            ties.put(p.label(), m.tie(p));
        }
        Map<String, Object> month = new LinkedHashMap<>();
        month.put("ties", ties);
        month.put("shells_prk_rus", m.agent(StateCode.RUS).shells().received());
        month.put("troops_prk_at_front", m.agent(StateCode.PRK).manpower());
        month.put("aid_rus_prk_usd", m.agent(StateCode.PRK).aidReceivedUsd());
        month.put("shells_west_ukr", m.agent(StateCode.UKR).shells().received());
        month.put("sanctions_rus", m.pressureOn(StateCode.RUS));
        month.put("sanctions_prk", m.pressureOn(StateCode.PRK));
        return month;
    }
}
