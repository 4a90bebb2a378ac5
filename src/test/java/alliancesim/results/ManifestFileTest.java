package alliancesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFileTest {
    @TempDir
    Path dir;

    private static ResultManifest sweepManifest() {
        Map<String, Double> set = new LinkedHashMap<>();
        set.put("sanctions.pressure.rus", 0.8);
        ScenarioRecord scenario = new ScenarioRecord("s", "A title", null, null, "2023-09", 12, 4, 7L, set,
                List.of(new ScenarioRecord.EventRecord(2, "2023-11", "troops", Map.of("troops.prk_to_rus", 11000.0),
                        List.of("RUS-PRK"))), List.of("front_balance"),
                new ScenarioRecord.PosteriorRef("/data/cal/posterior.csv", "ab12", "by weight"), "2026-02", null);
        SweepRecord sweep = new SweepRecord("grid", 0, 3, 3, "1/1", List.of(new SweepRecord.Factor("x", "share", "a lever",
                0, 1, List.of(), 3)), "all", "exact");
        return new ResultManifest(ManifestFile.SCHEMA_VERSION, ResultManifest.SWEEP,
                new ResultManifest.Tool("alliance-sim", "1.0"), "alliance-sim sweep s.yaml", "abc", scenario,
                List.of("crises"), Map.of("front_balance", "index"), List.of("front_balance"),
                Map.of("front_balance", "Front balance"), Map.of("x", 0.5),
                Map.of("x", "assumption"), new ResultManifest.Seeds(7, "mixing"), Map.of("java", "17"),
                new ResultManifest.Timings("2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z", 1.0), 2,
                new ResultManifest.Counts(12, 11, 1), null, sweep, "s.yaml", null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void aManifestReadsBackAsWritten() {
        ResultManifest m = sweepManifest();
        ManifestFile.write(dir, m);
        assertEquals(m, ManifestFile.read(dir));
    }

    /** The file's names are the documented snake_case keys; fields a kind does not have are left out. */
    @Test
    void theFileUsesTheDocumentedKeysAndLeavesOutWhatAKindHasNot() throws IOException {
        ManifestFile.write(dir, sweepManifest());
        String json = Files.readString(dir.resolve(ManifestFile.NAME));
        assertTrue(json.startsWith("{\n  \"schema_version\" : " + ManifestFile.SCHEMA_VERSION + ",\n  \"kind\" : \"sweep\""),
                json);
        for (String key : List.of("\"git_commit\"", "\"integer_outputs\"", "\"scenario_seed\"", "\"record_ends\"",
                "\"timeseries_outputs\"", "\"scenario_file\"", "\"description\" : null")) {
            assertTrue(json.contains(key), key);
        }
        for (String absent : List.of("\"calibration\"", "\"merged_from\"", "\"change\"", "\"hindcast\"")) {
            assertFalse(json.contains(absent), absent);
        }
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void aWhatIfManifestHasOnlyItsOwnFields() throws IOException {
        ManifestFile.write(dir, ResultManifest.whatIf("x: 1 -> 2", "before", "after"));
        assertEquals("{\n  \"schema_version\" : " + ManifestFile.SCHEMA_VERSION + ",\n  \"kind\" : \"whatif\",\n"
                + "  \"change\" : \"x: 1 -> 2\",\n  \"before\" : \"before\",\n  \"after\" : \"after\"\n}\n",
                Files.readString(dir.resolve(ManifestFile.NAME)));
    }

    /** Folders written before the schema had a version are version 1 and still read. */
    @Test
    void aManifestWithoutAVersionIsReadAsVersionOne() throws IOException {
        Files.writeString(dir.resolve(ManifestFile.NAME), "{\"kind\": \"run\", \"scenario\": {\"name\": \"old\","
                + " \"months\": 3, \"replications\": 2, \"seed\": 5, \"start\": \"2023-09\"}, \"an_old_key\": 1}");
        ResultManifest m = ManifestFile.read(dir);
        assertEquals(null, m.schemaVersion());
        assertEquals("old", m.scenario().name());
        assertEquals(5L, m.scenario().seed());
    }

    /**
     * Why output_titles did not raise the schema version: an older reader ignores a field it does not know, and this
     * one reads a version-2 manifest written before the field (no titles: they are read word by word).
     */
    @Test
    void anAddedOptionalFieldKeepsTheSchemaReadableBothWays() throws IOException {
        Files.writeString(dir.resolve(ManifestFile.NAME), "{\"schema_version\": 2, \"kind\": \"run\", \"output_titles\":"
                + " {\"front_balance\": \"Front balance\"}, \"a_field_of_a_later_build\": {\"x\": 1}}");
        ResultManifest m = ManifestFile.read(dir);
        assertEquals(java.util.Map.of("front_balance", "Front balance"), m.outputTitles());
        Files.writeString(dir.resolve(ManifestFile.NAME), "{\"schema_version\": 2, \"kind\": \"run\"}");
        assertEquals(null, ManifestFile.read(dir).outputTitles(), "a version-2 manifest from before output_titles");
    }

    @Test
    void aNewerSchemaIsRefusedNamingBothVersions() throws IOException {
        Files.writeString(dir.resolve(ManifestFile.NAME), "{\"schema_version\": " + (ManifestFile.SCHEMA_VERSION + 1)
                + ", \"kind\": \"run\", \"tool\": {\"name\": \"alliance-sim\", \"version\": \"9.0\"}}");
        ManifestFile.DamagedManifestException e = assertThrows(ManifestFile.DamagedManifestException.class,
                () -> ManifestFile.read(dir));
        assertTrue(e.getMessage().contains("schema version " + (ManifestFile.SCHEMA_VERSION + 1) + ", newer than the "
                + ManifestFile.SCHEMA_VERSION) && e.getMessage().contains("9.0"), e.getMessage());
    }

    @Test
    void aDamagedManifestIsRefusedNamingTheFile() throws IOException {
        Files.writeString(dir.resolve(ManifestFile.NAME), "{\"kind\": \"run\", \"counts\": {\"runs\": \"many\"}}");
        ManifestFile.DamagedManifestException e = assertThrows(ManifestFile.DamagedManifestException.class,
                () -> ManifestFile.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve(ManifestFile.NAME) + ":1:36: counts.runs holds the text"
                + " \"many\" where alliance-sim writes a number; restore it"), e.getMessage());
        Files.writeString(dir.resolve(ManifestFile.NAME), "[1, 2");
        assertThrows(ManifestFile.DamagedManifestException.class, () -> ManifestFile.read(dir));
    }
}
