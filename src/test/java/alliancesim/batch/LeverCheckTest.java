package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import alliancesim.model.Output;
import alliancesim.model.Param;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A check's conditions hold in both of its runs; only the lever differs between them. */
class LeverCheckTest {
    private final LeverCheck check = new LeverCheck(Param.MUNITIONS_CAPACITY_PRK, 150_000, 300_000,
            Output.SHELLS_TRANSFERRED, LeverCheck.Window.SUM, 16, 27, 1, 0, "why")
            .given(Param.MUNITIONS_STOCK_PRK, 4_000_000);

    @Test
    void eachArmHoldsTheConditionsAndSetsTheLever() {
        assertEquals(Map.of(Param.MUNITIONS_STOCK_PRK, 4_000_000.0, Param.MUNITIONS_CAPACITY_PRK, 150_000.0),
                check.settings(check.from()));
        assertEquals(Map.of(Param.MUNITIONS_STOCK_PRK, 4_000_000.0, Param.MUNITIONS_CAPACITY_PRK, 300_000.0),
                check.settings(check.to()));
        assertEquals(Map.of(), new LeverCheck(Param.TIES_DECAY, 0.05, 0.1, Output.REGIONAL_TENSION,
                LeverCheck.Window.MEAN, 0, 3, 1, 0, "why").given(), "no condition: the scenario as it is");
    }

    @Test
    void theLeverCannotAlsoBeACondition() {
        assertThrows(IllegalArgumentException.class, () -> check.given(Param.MUNITIONS_CAPACITY_PRK, 1));
    }
}
