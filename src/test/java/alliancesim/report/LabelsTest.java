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
