package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.results.SweepRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue #22: a factor on a heatmap's axis or a tornado's bars is named in words and its unit, never by its id alone. */
class FactorAxisTest {
    private static SweepRecord.Factor factor(String name, String unit, String description) {
        return new SweepRecord.Factor(name, unit, description, 0, 1, List.of(), 2);
    }

    @Test
    void aFactorIsNamedInWordsWithItsUnitAndItsIdOnlyWhenThereIsRoom() {
        assertEquals("Secondary sanctions (sanctions.secondary, share)",
                SweepReport.factorAxis(factor("sanctions.secondary", "share", "secondary sanctions (lever)")));
        // too long with its id: the words and the unit stay, the id goes
        assertEquals("North Korean shell production at month 0 (shells/month)", SweepReport.factorAxis(factor(
                "munitions.capacity.prk", "shells/month", "North Korean shell production at month 0")));
        assertEquals("Trilateral posture response to PRK capability (1/month)", SweepReport.factorAxis(factor(
                "deterrence.reaction_k", "1/month", "Richardson k: trilateral posture response to PRK capability (lever)")));
        // no description recorded (an older manifest): the levers' words, not the id
        assertEquals("Sanctions pressure on Russia (sanctions.pressure.rus, share)",
                SweepReport.factorAxis(factor("sanctions.pressure.rus", "share", null)));
        String longWords = SweepReport.factorAxis(factor("x.y", "unit", "a very long description that goes on and on"
                + " about what the parameter is and where its value comes from in the seeds"));
        assertTrue(longWords.endsWith("… (unit)") && longWords.length() <= 75, longWords);
    }

    @Test
    void tornadoLabelsAreShortWords() {
        Map<String, String> words = SweepReport.factorWords(List.of(
                factor("munitions.capacity.prk", "shells/month", "North Korean shell production at month 0"),
                factor("sanctions.secondary", "share",
                        "secondary sanctions on third-country firms trading with Russia and North Korea (lever)")));
        assertEquals("North Korean shell production at month 0", words.get("munitions.capacity.prk"));
        assertEquals("Secondary sanctions on third-country firms…", words.get("sanctions.secondary"));
    }
}
