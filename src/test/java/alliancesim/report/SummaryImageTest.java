package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.stats.PairedDifference;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryImageTest {
    private static Change change(String output, double before, double after, double low, double high, boolean signed) {
        return new Change(output, "shells", "2027-12", 51,
                new PairedDifference(30, before, after, after - before, low, high), signed, null);
    }

    /**
     * The teaching doc's four-lever question and the scenario's long title: every line of the title
     * and subtitle, measured in the picture's own fonts, fits inside its margins, and the lines keep
     * every word (nothing is cut mid-word).
     */
    @Test
    void theTitleAndSubtitleFitThePictureWithEveryWord() {
        String question = "What if sanctions pressure on Russia were 0.2 (as it is, 0.6), sanctions pressure on North"
                + " Korea 0.2 (as it is, 0.8), sanctions enforcement 0.05 (as it is, 0.3) and secondary sanctions 0"
                + " (as it is, 0.3)?";
        String scenario = "Baseline: the Russia-North Korea alliance as the articles describe it";
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        SummaryImage.Layout layout = SummaryImage.layout(g, question, scenario,
                new OutputTitles(java.util.Map.of("shells_transferred", "North Korean shells delivered to Russia")), List.of(change("shells_transferred", 12_124_180, 12_939_214, 598_940, 1_031_128, false)));
        int room = layout.width() - 2 * SummaryImage.MARGIN;
        assertTrue(layout.title().size() > 1, "a question this long takes lines: " + layout.title());
        for (String line : layout.title()) {
            assertTrue(g.getFontMetrics(SummaryImage.TITLE).stringWidth(line) <= room, line);
        }
        for (String line : layout.subtitle()) {
            assertTrue(g.getFontMetrics(SummaryImage.SUBTITLE).stringWidth(line) <= room, line);
        }
        assertEquals(question, String.join(" ", layout.title()));
        assertEquals(SummaryImage.subtitle(scenario), String.join(" ", layout.subtitle()));
        int[] columns = layout.columns();
        for (int i = 1; i < columns.length; i++) {
            assertTrue(columns[i] > columns[i - 1], "columns left to right");
        }
    }

    /** Casualties of North Korea 0.7 -> 25 (a tiny base) must not be the table's biggest bar; noise gets none. */
    @Test
    void aPercentageOfATinyBaseOrOfNoiseIsNotDrawnAsABar() {
        SummaryImage.Move tiny = SummaryImage.move(change("prk_casualties", 0.7, 25, 20, 30, false));
        assertFalse(tiny.bar(), tiny.toString());
        assertTrue(tiny.text().startsWith("×"), tiny.text());
        assertFalse(SummaryImage.move(change("prk_troops_at_front", 0, 40, 30, 50, false)).bar(), "from 0");
        SummaryImage.Move noise = SummaryImage.move(change("crises", 3.93, 4.17, -0.007, 0.473, false));
        assertFalse(noise.bar());
        assertEquals("within noise", noise.text());
        assertFalse(SummaryImage.move(change("front_balance", 0.2, 0.004, -0.21, -0.19, true)).bar(),
                "a share of an index that can be negative means nothing");
        SummaryImage.Move fall = SummaryImage.move(change("shells_interdicted", 773_884, 130_699, -706_999, -579_370, false));
        assertTrue(fall.bar());
        assertEquals("-83 %", fall.text());
    }

    @Test
    void aLeverIsNamedInWords() {
        assertEquals("sanctions pressure on North Korea", Labels.parameter("sanctions.pressure.prk"));
        assertEquals("economy growth of Russia", Labels.parameter("economy.growth.rus"));
        for (alliancesim.model.Param p : alliancesim.model.Param.all()) {
            if (p.description().endsWith("(lever)")) {
                assertTrue(Labels.namedParameter(p.key()), p.key() + " is a lever: it needs words in Labels");
            }
        }
    }
}
