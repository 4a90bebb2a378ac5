package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 9. Records every {@link Output} for the month; adding an output is one line here, written out
 * rather than a switch in a loop over the outputs because this runs every month of every run (see
 * docs/performance.md). MetricsRecorderTest checks that every output is written.
 */
final class MetricsRecorder implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        record(m, m.seriesRow(m.month()));
    }

    /** Writes every output of the model's current state into {@code row}, indexed by {@link Output#ordinal()}. */
    static void record(AllianceModel m, double[] row) {
        Russia rus = m.russia();
        NorthKorea prk = m.northKorea();
        Ukraine ukr = m.ukraine();
        row[Output.RUS_SHELL_SUFFICIENCY.ordinal()] = m.rusShellSufficiency();
        row[Output.FRONT_BALANCE.ordinal()] = m.frontBalance();
        row[Output.SHELLS_TRANSFERRED.ordinal()] = rus.shells().received();
        row[Output.SHELLS_INTERDICTED.ordinal()] = prk.shells().interdicted();
        row[Output.MISSILES_TRANSFERRED.ordinal()] = rus.missiles().received();
        row[Output.PRK_GDP_INDEX.ordinal()] = prk.gdpIndex();
        row[Output.RUS_GDP_INDEX.ordinal()] = rus.gdpIndex();
        row[Output.PRK_CAPABILITY.ordinal()] = prk.military();
        row[Output.TRILATERAL_POSTURE.ordinal()] = m.trilateralPosture();
        row[Output.TIE_RUS_PRK.ordinal()] = m.tie(TiePair.RUS_PRK);
        row[Output.CHINA_FACILITATION.ordinal()] = m.chinaFacilitation();
        row[Output.SANCTIONS_EFFECTIVENESS.ordinal()] =
                (m.effectivePressure(StateCode.RUS) + m.effectivePressure(StateCode.PRK)) / 2;
        row[Output.REGIONAL_TENSION.ordinal()] = m.tension();
        row[Output.CRISES.ordinal()] = m.crises();
        row[Output.MAX_ESCALATION.ordinal()] = m.maxEscalation();
        row[Output.RUS_SHELLS_FIRED.ordinal()] = m.rusShellsFired();
        row[Output.UKR_SHELLS_FIRED.ordinal()] = m.ukrShellsFired();
        row[Output.RUS_SHELL_STOCK.ordinal()] = rus.shells().stock();
        row[Output.PRK_SHELL_STOCK.ordinal()] = prk.shells().stock();
        row[Output.RUS_CASUALTIES.ordinal()] = rus.casualties();
        row[Output.UKR_CASUALTIES.ordinal()] = ukr.casualties();
        row[Output.PRK_TROOPS_AT_FRONT.ordinal()] = prk.manpower();
        row[Output.TERRITORY_CHANGE.ordinal()] = m.territoryChange();
        row[Output.PRK_SHELLS_PRODUCED.ordinal()] = prk.shells().produced();
        row[Output.PRK_CASUALTIES.ordinal()] = prk.casualties();
        row[Output.RUS_TROOPS_AT_FRONT.ordinal()] = rus.manpower();
        row[Output.UKR_TROOPS_AT_FRONT.ordinal()] = ukr.manpower();
    }
}
