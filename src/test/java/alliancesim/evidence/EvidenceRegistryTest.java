package alliancesim.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Param;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceRegistryTest {
    private static final Path SEEDS = Path.of("seeds");

    @Test
    void everyParameterHasVerifiedProvenance() {
        EvidenceRegistry e = EvidenceRegistry.load(SeedTexts.folder(SEEDS));
        assertEquals(List.of(), e.problems());
        for (Param p : Param.all()) {
            e.of(p);
        }
    }

    @Test
    void theArticlesFactsAreUsedWithTheirQuotes() {
        EvidenceRegistry e = EvidenceRegistry.load(SeedTexts.folder(SEEDS));
        Map<Param, String> facts = Map.of(
                Param.TROOPS_PRK_TO_RUS, "11,000 troops",
                Param.MUNITIONS_PRK_EXPORT_SHARE, "artillery shells",
                Param.MUNITIONS_MISSILES_PRK, "ballistic missiles",
                Param.PAYMENT_AID_USD_PER_SHELL, "food aid",
                Param.PAYMENT_TECH_PER_MSHELL, "advanced technologies",
                Param.SANCTIONS_PRESSURE_RUS, "sanctions on both nations",
                Param.SANCTIONS_SECONDARY, "sanctions against Russian companies doing business with North Korea",
                Param.DETERRENCE_REACTION_K, "trilateral alliance with South Korea and Japan",
                Param.CHINA_FACILITATION, "facilitate these relationships",
                Param.WORKERS_PRK_TO_RUS, "Kursk region");
        facts.forEach((p, phrase) -> {
            Provenance prov = e.of(p);
            assertEquals(Provenance.Kind.SEED, prov.kind(), p.key());
            assertTrue(prov.quote().contains(phrase), p.key() + ": " + prov.quote());
        });
        assertTrue(e.of(Param.TIES_SUMMIT_JUMP).quote().contains("exchanged visits"));
        assertTrue(e.events().containsKey("troop-deployment"));
    }

    @Test
    void brokenEvidenceIsReported(@TempDir Path dir) throws IOException {
        for (String f : List.of("000_06aabe90c070bc5f.txt", "001_c171f293d6bad7ec.txt", "002_4378b866f9dd59a6.txt",
                "003_fa228e5f52996d4d.txt", "004_807d4c6d978f5e5d.txt")) {
            Files.copy(SEEDS.resolve(f), dir.resolve(f));
        }
        String yaml = Files.readString(SEEDS.resolve("evidence.yaml"))
                .replace("an estimated 11,000 troops", "an estimated 12,000 troops")
                .replace("  china.steepness:\n", "  china.steepnes:\n")
                .replace("sweep: [0.02, 0.5]", "sweep: [0.02, 5]");
        Files.writeString(dir.resolve("evidence.yaml"), yaml);
        List<String> problems = EvidenceRegistry.load(SeedTexts.folder(dir)).problems();
        String all = String.join("\n", problems);
        assertTrue(all.contains("troops.prk_to_rus: the quote"), all);
        assertTrue(all.contains("china.steepnes: entry for a parameter the model does not have"), all);
        assertTrue(all.contains("china.steepness: no entry"), all);
        assertTrue(all.contains("china.adjust_rate: sweep"), all);
    }

    @Test
    void tablesHaveARowPerParameter() throws IOException {
        ParameterTable t = new ParameterTable(EvidenceRegistry.load(SeedTexts.folder(SEEDS)));
        assertEquals(Param.all().size() + 2, t.markdown().split("\n").length);
        assertTrue(t.markdown().contains("| `munitions.capacity.rus` | " + Param.MUNITIONS_CAPACITY_RUS.description()
                + " | shells/month | 250000 |"));
        assertTrue(t.markdown().contains("26600000000"));
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180
                .parse(new java.io.StringReader(t.csv())).getRecords();
        assertEquals(Param.all().size() + 1, rows.size());
        assertEquals("name", rows.get(0).get(0));
    }
}
