package alliancesim.model;

import java.util.List;

/** Test helpers: models with chosen parameters, started and stepped by hand. */
final class Models {
    private Models() {
    }

    /**
     * Defaults without noise, with the values the hand computations of the mechanism tests were written
     * for pinned: calibration moves the defaults, and a hand computation must not move with them.
     */
    static Parameters deterministic() {
        return Parameters.defaults().with(Param.MODEL_DETERMINISTIC, 1)
                .with(Param.ECONOMY_GROWTH_RUS, 0.036).with(Param.ECONOMY_GROWTH_PRK, -0.002)
                .with(Param.ECONOMY_AID_GROWTH_GAIN_PRK, 0.45).with(Param.MUNITIONS_CAPACITY_PRK, 150_000)
                .with(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.9).with(Param.MUNITIONS_STOCK_PRK, 8_000_000)
                .with(Param.MUNITIONS_PRK_RESERVE, 2_000_000).with(Param.MUNITIONS_PRK_DRAWDOWN_MONTHS, 12)
                .with(Param.MUNITIONS_TRANSPORT_PRK_RUS, 500_000).with(Param.MUNITIONS_RESERVE_MONTHS, 24)
                .with(Param.FRONT_NEED_RUS, 300_000).with(Param.FRONT_RATIONING_MONTHS_RUS, 6)
                .with(Param.FRONT_LETHALITY_UKR, 0.1).with(Param.FRONT_ATTACK_EXPOSURE_RUS, 1.8)
                .with(Param.FRONT_CASUALTIES_PER_KM2, 100).with(Param.FRONT_ADVANCE_ELASTICITY, 1.5)
                .with(Param.FRONT_NEED_UKR, 180_000).with(Param.FRONT_MANPOWER_RUS, 470_000)
                .with(Param.FRONT_RECRUITMENT_UKR, 20_000).with(Param.FRONT_PERMANENT_LOSS_SHARE, 0.6)
                .with(Param.FRONT_PERMANENT_LOSS_SHARE_UKR, 0.5).with(Param.FRONT_ARMY_UKR, 400_000) // every recruit to the front
                .with(Param.FRONT_DIRECT_FIRE_UKR, 0.02).with(Param.FRONT_DIRECT_FIRE_RUS, 0.025)
                .with(Param.MUNITIONS_STOCK_UKR, 100_000)
                .with(Param.MUNITIONS_WEST_DELIVERED_SHARE, 1.0).with(Param.MUNITIONS_MISSILES_PRK, 8);
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
