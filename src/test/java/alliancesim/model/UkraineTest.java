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

    @Test
    void recruitsReachTheFrontInItsShareOfTheArmy() {
        // 24,000 recruits into an army of 880,000 whose front holds 400,000: 24,000 x 400 / 880 = 10,909.09.
        AllianceModel m = Models.started(Models.deterministic().with(Param.FRONT_RECRUITMENT_UKR, 24_000)
                .with(Param.FRONT_MANPOWER_UKR, 400_000).with(Param.FRONT_ARMY_UKR, 880_000), 1);
        assertEquals(10_909.09, m.ukraine().recruits(m), 0.01);
    }
}
