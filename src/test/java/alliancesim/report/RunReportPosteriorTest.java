package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import alliancesim.results.ScenarioRecord.PosteriorRef;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A report names the posterior without an absolute path of the user's machine. */
class RunReportPosteriorTest {
    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void aPosteriorBelowTheWorkingFolderIsShownByItsRelativePath() {
        String file = Path.of("seeds/calibration/current/posterior.csv").toAbsolutePath().toString();
        assertEquals("seeds/calibration/current/posterior.csv (SHA-256 0123456789ab…)",
                RunReport.shown(new PosteriorRef(file, SHA, "by weight")));
    }

    @Test
    void anyOtherPosteriorByItsLastTwoNames() {
        Path outside = Path.of("").toAbsolutePath().getRoot().resolve("elsewhere/someone/cal/posterior.csv");
        assertEquals("…/cal/posterior.csv (SHA-256 0123456789ab…)",
                RunReport.shown(new PosteriorRef(outside.toString(), SHA, "by weight")));
        assertEquals("…/cal/posterior.csv", RunReport.shown(new PosteriorRef(outside.toString(), null, "by weight")));
    }
}
