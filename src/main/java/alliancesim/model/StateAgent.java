package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * What every state has: its munition ledgers, economy, forces and what it received. Its own step is
 * the start of its month and its domestic economy (phase ECONOMY); the decisions that are its own
 * live in its subclass and are asked for by the phase that needs them. Readers (charts, the GUI,
 * the metrics) see every state through this class.
 */
public abstract class StateAgent implements Steppable {
    private static final long serialVersionUID = 1L;

    private final StateCode code;
    private final MunitionLedger shells;
    private final MunitionLedger missiles;
    double gdpIndex = 1.0;
    /** Posture (USA, KOR, JPN) or military capability (PRK): the Richardson level. */
    double military;
    /** Own soldiers at the front (RUS, UKR); North Korean soldiers at the front are counted on PRK. */
    double manpower;
    /** Soldiers killed or wounded this month. */
    double casualties;
    double techStock;
    double techReceived;
    double aidReceivedUsd;

    StateAgent(StateCode code, double initialShells, double military, double manpower) {
        this.code = code;
        this.shells = new MunitionLedger(initialShells);
        this.missiles = new MunitionLedger(0);
        this.military = military;
        this.manpower = manpower;
    }

    @Override
    public void step(SimState state) {
        AllianceModel model = (AllianceModel) state;
        shells.beginMonth();
        missiles.beginMonth();
        grow(model);
    }

    /**
     * Its economy's month. The states other than Russia and North Korea are not sanctioned in the model
     * and carry no output: their index stays 1.
     */
    void grow(AllianceModel m) {
    }

    public StateCode code() { return code; }
    public MunitionLedger shells() { return shells; }
    public MunitionLedger missiles() { return missiles; }
    public double gdpIndex() { return gdpIndex; }
    public double military() { return military; }
    public double manpower() { return manpower; }
    public double casualties() { return casualties; }
    public double techStock() { return techStock; }
    public double techReceived() { return techReceived; }
    public double aidReceivedUsd() { return aidReceivedUsd; }

    @Override
    public String toString() {
        return code.name();
    }
}
