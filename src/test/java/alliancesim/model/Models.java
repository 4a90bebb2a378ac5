package alliancesim.model;

import java.util.List;

/** Test helpers: models with chosen parameters, started and stepped by hand. */
final class Models {
    private Models() {
    }

    static Parameters deterministic() {
        return Parameters.defaults().with(Param.MODEL_DETERMINISTIC, 1);
    }

    static AllianceModel started(Parameters p, int months) {
        AllianceModel m = new AllianceModel(1L, p, List.of(), months);
        m.start();
        return m;
    }

    static void step(AllianceModel m, int months) {
        for (int i = 0; i < months; i++) {
            m.schedule.step(m);
        }
    }
}
