package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Reports show a relative change only for outputs that cannot be negative, and take that from
 * {@link Output#eitherSign()}: runs with every parameter drawn across its whole range must keep the
 * others at or above zero, and each declared either-sign output must reach below zero somewhere.
 */
class OutputSignTest {
    @Test
    void onlyTheOutputsDeclaredEitherSignGoBelowZero() {
        SplittableRandom rng = new SplittableRandom(2024);
        Map<Output, Double> lowest = new EnumMap<>(Output.class);
        for (int run = 0; run < 300; run++) {
            Parameters p = Parameters.defaults();
            for (Param param : Param.all()) {
                if (param.kind() != Param.Kind.BOOLEAN && param.max() > param.min()) { // flags change the regime, not a value
                    p = p.with(param, param.min() + rng.nextDouble() * (param.max() - param.min()));
                }
            }
            Trajectory t = AllianceModel.simulate(p, List.of(), 36, rng.nextLong());
            for (Output o : Output.all()) {
                for (double v : t.series(o)) {
                    lowest.merge(o, v, Math::min);
                }
            }
        }
        for (Output o : Output.all()) {
            if (o.eitherSign()) {
                assertTrue(lowest.get(o) < 0, o.key() + " is declared either-sign but never went below 0");
            } else {
                assertTrue(lowest.get(o) >= 0, o.key() + " went down to " + lowest.get(o) + ": declare it either-sign");
            }
        }
    }
}
