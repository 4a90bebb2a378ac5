package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UkraineTest {

    @Test
    void ukraineFiresWhatItHoldsUpToTheRateOfThePeriod() {
        AllianceModel m = Models.started(Models.deterministic().with(Param.MUNITIONS_STOCK_UKR, 100_000)
                .with(Param.FRONT_NEED_UKR, 180_000).with(Param.FRONT_RECRUITMENT_UKR, 20_000), 1);
        Ukraine ukr = m.ukraine();
        assertEquals(100_000, ukr.shellsToFire(m), 0, "all of its 100k, below the rate");
        ukr.shells().receive(120_000);
        assertEquals(180_000, ukr.shellsToFire(m), 0, "the rate, from 220k");
        assertEquals(20_000, ukr.recruits(m), 0);
    }
}
