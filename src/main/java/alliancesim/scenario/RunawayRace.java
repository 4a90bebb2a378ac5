package alliancesim.scenario;

import alliancesim.model.Param;
import alliancesim.model.Parameters;
import java.util.Optional;

/**
 * Richardson's stability condition, a b > k l, checked on a scenario before it runs. Without it the
 * posture and capability grow until the model's ceiling and tension saturates: a legitimate what-if,
 * but one a user should choose knowingly. A sweep is checked at its least stable corner.
 */
public final class RunawayRace {
    private RunawayRace() {
    }

    /** A warning when the scenario's values, or any sweep point's, give a b <= k l. */
    public static Optional<String> warning(Scenario scenario) {
        Parameters p = scenario.parameters();
        double k = p.get(Param.DETERRENCE_REACTION_K);
        double l = p.get(Param.DETERRENCE_REACTION_L);
        double a = p.get(Param.DETERRENCE_FATIGUE_A);
        double b = p.get(Param.DETERRENCE_FATIGUE_B);
        String where = "its parameters";
        if (scenario.sweep().isPresent()) {
            for (SweepSpec.Factor f : scenario.sweep().get().factors()) {
                switch (f.param()) {
                    case DETERRENCE_REACTION_K -> k = f.max();
                    case DETERRENCE_REACTION_L -> l = f.max();
                    case DETERRENCE_FATIGUE_A -> a = f.min();
                    case DETERRENCE_FATIGUE_B -> b = f.min();
                    default -> { }
                }
            }
            where = "its least stable sweep point";
        }
        if (a * b > k * l) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.ROOT,
                "%s: at %s the Richardson arms race runs away (fatigue a x b = %.4g <= reaction k x l = %.4g): "
                        + "posture and capability grow to the model's ceiling and tension saturates; "
                        + "lower deterrence.reaction_k or deterrence.reaction_l, or raise the fatigue terms, for a race that settles",
                scenario.name(), where, a * b, k * l));
    }
}
