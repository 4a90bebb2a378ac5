package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Output;
import org.junit.jupiter.api.Test;

class LabelsTest {
    /** A title built from a name keeps its codes ("Territory change km2"): every output needs its own words. */
    @Test
    void everyOutputOfTheModelHasATitleInWords() {
        for (Output o : Output.all()) {
            assertTrue(Labels.named(o.key()), o.key() + " needs a title in Labels, in the README's words");
            assertTrue(Labels.title(o.key()).matches("[A-Z][\\p{L}'’– ]+"), Labels.title(o.key()));
        }
    }

    /** A what-if shows a relative move only for a quantity that cannot be negative (0.204 -> 0.004 is not -98 %). */
    @Test
    void aQuantityThatTakesEitherSignHasNoRelativeMove() {
        alliancesim.stats.PairedDifference d = new alliancesim.stats.PairedDifference(30, 27.7, 27.5, -0.2, -5, 4.7);
        assertTrue(new Change("territory_change_km2", "km2/month", "2026-08", 35, d).signed(), "territory: < 0 to Ukraine");
        assertTrue(new Change("front_balance", "index -1..1", "2026-08", 35, d).signed(), "read from the unit");
        assertTrue(!new Change("prk_shell_stock", "shells", "2026-08", 35, d).signed(), "a stock is never negative");
    }

    @Test
    void anOutputTheTableDoesNotKnowGetsItsWords() {
        assertEquals("CHN–KOR tie", Labels.title("tie_chn_kor"));
        assertEquals("Ukrainian GDP index", Labels.title("ukr_gdp_index"));
    }

    @Test
    void insideASentenceOnlyCommonWordsLoseTheirCapital() {
        assertEquals("regional tension", Labels.inSentence("regional_tension"));
        assertEquals("North Korean military capability", Labels.inSentence("prk_capability"));
        assertEquals("RUS–PRK tie", Labels.inSentence("tie_rus_prk"));
        assertEquals("China's facilitation of sanctions evasion", Labels.inSentence("china_facilitation"));
    }
}
