package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 9. Records every {@link Output} for the month, each read as its declaration in {@link Output}
 * says: a new output is one constant there and nothing here.
 */
final class MetricsRecorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final Output[] OUTPUTS = Output.values();

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        record(m, m.seriesRow(m.month()));
    }

    /** Writes every output of the model's current state into {@code row}, indexed by {@link Output#ordinal()}. */
    static void record(AllianceModel m, double[] row) {
        for (Output o : OUTPUTS) {
            row[o.ordinal()] = o.read(m);
        }
    }
}
