package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each output is read from the state it names, every month. Checked through relations the outputs must
 * keep among themselves, worked out from the model's rules and not from the getters the recorder calls:
 * a recorder that read the wrong ledger, the wrong month or the wrong state would break one of them.
 */
class MetricsRecorderTest {

    @Test
    void theOutputsKeepTheRelationsTheModelsRulesGiveThem() {
        // No reactive sanctions, so the pressure on each state is its lever throughout.
        Parameters p = Parameters.defaults().with(Param.SANCTIONS_RESPONSIVENESS, 0);
        Trajectory t = AllianceModel.simulate(p, List.of(), 12, 7L);
        double prkStock = p.get(Param.MUNITIONS_STOCK_PRK);
        for (int month = 0; month < 12; month++) {
            // North Korea's ledger: what it held, plus what it made, less what left (delivered or seized).
            prkStock += t.get(month, Output.PRK_SHELLS_PRODUCED) - t.get(month, Output.SHELLS_TRANSFERRED)
                    - t.get(month, Output.SHELLS_INTERDICTED);
            assertEquals(prkStock, t.get(month, Output.PRK_SHELL_STOCK), 1e-6 * prkStock, "PRK stock in month " + month);
            // Seized shells are the enforcement share of what left North Korea.
            double share = p.get(Param.SANCTIONS_ENFORCEMENT) * p.get(Param.MUNITIONS_INTERDICTION_MAX);
            double left = t.get(month, Output.SHELLS_TRANSFERRED) + t.get(month, Output.SHELLS_INTERDICTED);
            assertEquals(share * left, t.get(month, Output.SHELLS_INTERDICTED), 1e-6 * Math.max(1, left));
            // Sufficiency is fire over Russia's peak rate.
            assertEquals(t.get(month, Output.RUS_SHELLS_FIRED) / p.get(Param.FRONT_NEED_RUS),
                    t.get(month, Output.RUS_SHELL_SUFFICIENCY), 1e-12);
            // Effectiveness: each lever less what leaks through China, averaged over the two states.
            double f = t.get(month, Output.CHINA_FACILITATION);
            double expected = (p.get(Param.SANCTIONS_PRESSURE_RUS) * (1 - p.get(Param.ECONOMY_CHINA_EVASION_RUS) * f)
                    + p.get(Param.SANCTIONS_PRESSURE_PRK) * (1 - p.get(Param.ECONOMY_CHINA_EVASION_PRK) * f)) / 2;
            assertEquals(expected, t.get(month, Output.SANCTIONS_EFFECTIVENESS), 1e-12, "month " + month);
        }
    }

    @Test
    void everyOutputIsWritten() {
        AllianceModel m = Models.started(Parameters.defaults(), 6);
        Models.step(m, 3);
        double[] row = new double[Output.all().size()];
        java.util.Arrays.fill(row, Double.NaN);
        MetricsRecorder.record(m, row);
        for (Output o : Output.all()) {
            assertEquals(m.trajectory().get(2, o), row[o.ordinal()], o.key());
        }
    }

    @Test
    void monthsNotYetRunStayEmpty() {
        AllianceModel m = Models.started(Parameters.defaults(), 6);
        Models.step(m, 4);
        for (Output o : Output.all()) {
            assertEquals(0.0, m.trajectory().get(5, o), o.key());
        }
    }
}
