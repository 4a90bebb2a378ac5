package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Phase 9. Records every {@link Output} for the month; adding an output is one case here. */
final class MetricsRecorder implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        double[] row = m.seriesRow(m.month());
        for (Output o : Output.all()) {
            row[o.ordinal()] = measure(m, o);
        }
    }

    static double measure(AllianceModel m, Output o) {
        StateAgent rus = m.agent(StateCode.RUS);
        StateAgent prk = m.agent(StateCode.PRK);
        return switch (o) {
            case RUS_SHELL_SUFFICIENCY -> m.rusShellSufficiency();
            case FRONT_BALANCE -> m.frontBalance();
            case SHELLS_TRANSFERRED -> rus.shells().received();
            case SHELLS_INTERDICTED -> prk.shells().interdicted();
            case MISSILES_TRANSFERRED -> rus.missiles().received();
            case PRK_GDP_INDEX -> prk.gdpIndex();
            case RUS_GDP_INDEX -> rus.gdpIndex();
            case PRK_CAPABILITY -> prk.military();
            case TRILATERAL_POSTURE -> m.trilateralPosture();
            case TIE_RUS_PRK -> m.tie(TiePair.RUS_PRK);
            case CHINA_FACILITATION -> m.chinaFacilitation();
            case SANCTIONS_EFFECTIVENESS -> (m.effectivePressure(StateCode.RUS) + m.effectivePressure(StateCode.PRK)) / 2;
            case REGIONAL_TENSION -> m.tension();
            case CRISES -> m.crises();
            case MAX_ESCALATION -> m.maxEscalation();
            case RUS_SHELLS_FIRED -> m.rusShellsFired();
            case UKR_SHELLS_FIRED -> m.ukrShellsFired();
            case RUS_SHELL_STOCK -> rus.shells().stock();
            case PRK_SHELL_STOCK -> prk.shells().stock();
            case RUS_CASUALTIES -> rus.casualties();
            case UKR_CASUALTIES -> m.agent(StateCode.UKR).casualties();
            case PRK_TROOPS_AT_FRONT -> prk.manpower();
            case TERRITORY_CHANGE -> m.territoryChange();
            case PRK_SHELLS_PRODUCED -> prk.shells().produced();
            case PRK_CASUALTIES -> prk.casualties();
            case RUS_TROOPS_AT_FRONT -> rus.manpower();
            case UKR_TROOPS_AT_FRONT -> m.agent(StateCode.UKR).manpower();
        };
    }
}
