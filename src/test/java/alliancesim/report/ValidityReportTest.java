package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** validity.md says which held-out figures were seen before a modelling choice, and only those. */
class ValidityReportTest {
    private static ValidityReport.Figure figure(String name, boolean fitted, String seen) {
        return new ValidityReport.Figure(name, "territory_change_km2", "2026-01..2026-02", "mean", 302, 0, 347, 700, 690,
                450, 1100, fitted, false, 3600, 12, "AFP", seen);
    }

    @Test
    void aHeldOutFigureSeenBeforeAChoiceIsMarkedWithTheChoice() {
        ValidityReport.Posterior p = new ValidityReport.Posterior("posterior", "seeds/p.csv", "2025-06", List.of(
                figure("seen_late", false, "front.max_force_ratio was chosen after this miss"),
                figure("clean_late", false, ""),
                figure("fitted_seen", true, "a fitted figure is read by the calibration anyway")),
                new ValidityReport.Totals(2, 0, 12, 1, 1));
        String md = ValidityReport.markdown(new ValidityReport.Made("validity", "baseline", 1, 200, 100,
                new OutputTitles(Map.of())), List.of(p), List.of(), List.of());
        assertTrue(md.contains("| seen_late | **held out**, seen |"), md);
        assertTrue(md.contains("| clean_late | **held out** |"), md);
        assertTrue(md.contains("| fitted_seen | fit |"), md);
        assertTrue(md.contains("- seen_late: front.max_force_ratio was chosen after this miss"), md);
        assertFalse(md.contains("- clean_late"), md);
        assertFalse(md.contains("- fitted_seen"), md);
    }
}
