package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** The clean coverage counts only held-out figures nobody saw before a choice: here 1 of 2. */
    @Test
    void theCoverageWithoutTheSeenFiguresCountsOnlyTheCleanOnes() {
        ValidityReport.Figure inside = new ValidityReport.Figure("clean_inside", "territory_change_km2", "2025-07..2025-09",
                "mean", 558, 335, 642, 500, 490, 350, 700, false, true, 400, 0.7, "AFP", "");
        ValidityReport.Posterior p = new ValidityReport.Posterior("hindcast", "seeds/h.csv", "2024-06", List.of(
                figure("seen_late", false, "a choice after this miss"), figure("clean_miss", false, ""), inside,
                figure("fitted_seen", true, "read anyway")), new ValidityReport.Totals(3, 1 / 3.0, 8, 1, 1));
        assertEquals("; without the 1 seen: 1 of 2 inside (50 %)", ValidityReport.withoutSeen(p));
        assertTrue(ValidityReport.table(p).contains("without the 1 seen: 1 of 2 inside (50 %)"));
        ValidityReport.Posterior none = new ValidityReport.Posterior("p", "f", "2024-06",
                List.of(figure("clean_miss", false, "")), new ValidityReport.Totals(1, 0, 8, 1, 1));
        assertEquals("", ValidityReport.withoutSeen(none), "nothing seen: nothing to add");
    }

    /** A lever row held under a condition names it beside the change; one without a condition adds nothing. */
    @Test
    void aConditionalLeverRowNamesItsCondition() {
        ValidityReport.Lever given = new ValidityReport.Lever("munitions.capacity.prk", 150_000, 300_000,
                Map.of("munitions.initial_stock.prk", 4_000_000.0), "shells_transferred", "sum of months 16-27", 1, 0,
                "why", 306_000, 120_000, 490_000, true);
        ValidityReport.Lever plain = new ValidityReport.Lever("munitions.capacity.prk", 150_000, 300_000, Map.of(),
                "shells_transferred", "sum of months 16-27", 1, 0, "why", 79_000, -50_000, 207_000, false);
        String md = ValidityReport.markdown(new ValidityReport.Made("validity", "baseline", 1, 200, 100,
                new OutputTitles(Map.of())), List.of(), List.of(given, plain), List.of());
        assertTrue(md.contains("| 150,000 → 300,000, given `munitions.initial_stock.prk` = 4,000,000 | `shells_transferred`"),
                md);
        assertTrue(md.contains("| 150,000 → 300,000 | `shells_transferred`"), md);
    }
}
