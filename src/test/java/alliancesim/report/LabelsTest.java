package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Output;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {
    /** A title built from a name keeps its codes ("Territory change km2"): every output declares its own words. */
    @Test
    void everyOutputOfTheModelDeclaresATitleInWords() {
        for (Output o : Output.all()) {
            assertTrue(o.title().matches("[A-Z][\\p{L}'’– ]+"), o.key() + ": " + o.title());
        }
    }

    @Test
    void aTitleTheManifestDeclaresWinsAndAnOutputItDoesNotKnowGetsItsWords() {
        OutputTitles titles = new OutputTitles(Map.of("shells_transferred", "North Korean shells delivered to Russia"));
        assertEquals("North Korean shells delivered to Russia", titles.title("shells_transferred"));
        assertEquals("CHN–KOR tie", titles.title("tie_chn_kor"));
        assertEquals("Ukrainian GDP index", titles.title("ukr_gdp_index"));
        assertEquals("North Korean shells delivered to Russia (shells/month)", titles.axis("shells_transferred", "shells/month"));
    }

    @Test
    void insideASentenceOnlyCommonWordsLoseTheirCapital() {
        assertEquals("regional tension", Labels.inSentence(Output.REGIONAL_TENSION.title()));
        assertEquals("North Korean military capability", Labels.inSentence(Output.PRK_CAPABILITY.title()));
        assertEquals("RUS–PRK tie", Labels.inSentence(Output.TIE_RUS_PRK.title()));
        assertEquals("China's facilitation of sanctions evasion", Labels.inSentence(Output.CHINA_FACILITATION.title()));
    }
}
