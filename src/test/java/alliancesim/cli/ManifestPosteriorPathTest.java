package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.results.FileDigest;
import alliancesim.results.ManifestFile;
import alliancesim.results.ScenarioRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22, "records that say what ran": the manifest records the posterior (and the hindcast) by a path relative to
 * the result folder and by the SHA-256 of its bytes, never by an absolute path of the machine; a manifest an older
 * alliance-sim wrote, with the absolute path, is read as before.
 */
class ManifestPosteriorPathTest {
    @TempDir
    Path dir;

    @Test
    void thePosteriorIsRecordedRelativeToTheFolderWithItsHashAndOlderAbsolutePathsStillRead() throws IOException {
        // a project of one's own: its scenario, its posterior under seeds/, its results under results/
        Path project = dir.resolve("project");
        Path seeds = Files.createDirectories(project.resolve("seeds/cal"));
        for (String f : new String[] {"posterior.csv", "calibration.yaml"}) {
            Files.copy(Path.of("seeds/calibration/current").resolve(f), seeds.resolve(f));
        }
        Path scenario = Files.createDirectories(project.resolve("scenarios")).resolve("mine.yaml");
        Files.writeString(scenario, "name: mine\nextends: baseline\ntitle: Mine\nposterior: ../seeds/cal/posterior.csv\n");
        Path folder = project.resolve("results/run");
        Cli r = Cli.run("run", scenario.toString(), "--replications", "2", "--months", "4", "--out", folder.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(folder.resolve("manifest.json"));
        Path shipped = seeds.resolve("posterior.csv").toAbsolutePath().normalize();
        JsonNode posterior = new ObjectMapper().readTree(text).path("scenario").path("posterior");
        assertEquals("../../seeds/cal/posterior.csv", posterior.path("file").asText(), "relative to the result folder");
        assertEquals(FileDigest.sha256(shipped).orElseThrow(), posterior.path("sha256").asText(), "with its hash");
        assertFalse(new ObjectMapper().readTree(text).path("scenario").path("hindcast").path("file").asText()
                .startsWith("/"), "the hindcast (the baseline's, outside this project) relative too");

        // read back, it names the file itself, whatever folder the command runs in
        ScenarioRecord.PosteriorRef read = ManifestFile.read(folder).scenario().posterior();
        assertEquals(shipped.toString(), read.file());
        Cli report = Cli.run("report", folder.toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(Files.readString(folder.resolve("report.html")).contains("cal/posterior.csv (SHA-256 "));

        // a manifest written before: the absolute path, read as it is
        ObjectNode old = (ObjectNode) new ObjectMapper().readTree(text);
        ((ObjectNode) old.path("scenario").path("posterior")).put("file", shipped.toString());
        Files.writeString(folder.resolve("manifest.json"), old.toPrettyString());
        assertEquals(shipped.toString(), ManifestFile.read(folder).scenario().posterior().file());
        Cli again = Cli.run("report", folder.toString());
        assertEquals(0, again.code(), again.err());
    }
}
