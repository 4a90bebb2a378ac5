package alliancesim.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Param;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The real evidence passes every rule, and each rule catches its fault on a small synthetic evidence file.
 * The synthetic files name one parameter picked from the registry by its range, so the tests do not depend
 * on which parameters the model has.
 */
class EvidenceRegistryTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final String ARTICLE = "a.txt";
    private static final String TEXT = "Reports indicate that North Korea has sent an estimated 11,000 troops. "
            + "It offered to send thousands of workers. The ties are deepening.";
    private static final String TARGETS = """
            targets:
              - name: shells_fit
                output: shells_transferred
                at: 2024-02
                statistic: value
                value: 1
                sd: 1
                source: "x"
              - name: shells_holdout
                output: shells_transferred
                at: 2024-12
                statistic: value
                value: 1
                sd: 1
                source: "x"
            """;

    /** A parameter whose range holds 11,000, so a troop count can be its seeded value. */
    private static final Param P = Param.all().stream().filter(p -> p.min() <= 0 && p.max() >= 20000).findFirst()
            .orElseThrow();

    @Test
    void theRealEvidencePassesEveryRule() {
        EvidenceRegistry e = EvidenceRegistry.load(SeedTexts.folder(SEEDS));
        assertEquals(List.of(), e.problems());
        for (Param p : Param.all()) {
            e.of(p);
        }
        assertTrue(e.events().containsKey("troop-deployment"));
    }

    @Test
    void everyKindIsCountedOnceAsTheFileSaysIt() throws IOException {
        EvidenceRegistry e = EvidenceRegistry.load(SeedTexts.folder(SEEDS));
        String yaml = Files.readString(SEEDS.resolve(EvidenceRegistry.FILE));
        Matcher m = Pattern.compile("(?m)^    kind: (\\w+)$").matcher(yaml);
        Map<String, Integer> hand = new HashMap<>();
        while (m.find()) {
            hand.merge(m.group(1), 1, Integer::sum);
        }
        Map<String, Integer> counted = e.countByKind().entrySet().stream().filter(x -> x.getValue() > 0)
                .collect(Collectors.toMap(x -> x.getKey().name().toLowerCase(java.util.Locale.ROOT), Map.Entry::getValue));
        assertEquals(hand, counted);
        assertEquals(Param.all().size(), e.countByKind().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theReadmeStatesTheCountsParamsPrints() throws IOException {
        String counts = new ParameterTable(EvidenceRegistry.load(SeedTexts.folder(SEEDS))).kindCounts();
        assertTrue(Files.readString(Path.of("README.md")).contains(counts),
                "README.md must state the current counts: " + counts);
    }

    @Test
    void aSeedSpanMustStateTheValue() {
        String seed = seed("11,000 troops", "value", "11000");
        assertEquals(List.of(), problemsOf(seed));
        assertHas(problemsOf(seed("11,000 troops", "value", "12000")), "is not equal to the 11000");
        assertHas(problemsOf(seed("11,000 troops", "upper", "12000")), "is not at most the 11000");
        assertEquals(List.of(), problemsOf(seed("11,000 troops", "lower", "12000")));
        assertHas(problemsOf(seed("12,000 troops", "value", "12000")), "is not part of the quote");
        assertHas(problemsOf(seed("estimated", "value", "11000")), "states no number");
    }

    @Test
    void aPluralRoundWordOnlyBoundsFromBelow() {
        String quote = "It offered to send thousands of workers.";
        assertEquals(List.of(), problemsOf(seed(quote, "thousands of workers", "lower", "5000")));
        assertHas(problemsOf(seed(quote, "thousands of workers", "lower", "500")), "is not at least the 1000");
        assertHas(problemsOf(seed(quote, "thousands of workers", "value", "1000")), "only bounds from below");
    }

    @Test
    void aSeedValueOffTheDefaultMustSayWhereItIsUsed() {
        String noNote = "    kind: seed\n    file: a.txt\n    quote: \"an estimated 11,000 troops\"\n"
                + "    span: \"11,000 troops\"\n    bound: value\n    value: 11000\n";
        assertHas(problemsOf(noNote), "say in 'note' where the model uses it");
    }

    @Test
    void anAssumptionsMotivationIsQuotedWordForWordAndClaimsNoValue() {
        String ok = "    kind: assumption\n    statement: \"a choice\"\n    file: a.txt\n"
                + "    motivation: \"The ties are deepening.\"\n    sweep: [0, 1]\n";
        assertEquals(List.of(), problemsOf(ok));
        assertHas(problemsOf(ok.replace("deepening", "strong")), "is not found word for word in a.txt");
        assertHas(problemsOf(ok + "    span: \"ties\"\n    bound: value\n"), "span and bound belong to a seed");
        assertHas(problemsOf(ok.replace("    sweep: [0, 1]\n", "")), "needs the range a sweep");
    }

    @Test
    void aCitationOfAFileUsersDoNotHaveFails() {
        for (String citation : List.of("Bank of Korea, July 2024 (MODEL-SOURCES.md)", "see /work/shared/notes, 2024",
                "our notes.txt of 2024", "../figures.csv, 2024", "model-sources 2024")) {
            assertHas(problemsOf(source(citation)), "a file outside the project");
        }
        for (String citation : List.of("Bank of Korea, 'GDP Estimates for North Korea in 2023', 26 July 2024",
                "CNN, 11 March 2024, https://edition.cnn.com/2024/03/10/politics/russia-artillery.html",
                "as in a.txt, 2 km/h")) {
            assertEquals(List.of(), problemsOf(source(citation + " 2024")), citation);
        }
        assertHas(problemsOf(source("Bank of Korea")), "the citation names no date");
    }

    @Test
    void aCalibratedEntryNamesTargetsThatExist() {
        String fit = "    kind: calibrated\n    targets: [shells_fit]\n    sweep: [0, 1]\n";
        assertEquals(List.of(), problemsOf(fit));
        assertHas(problemsOf(fit.replace("shells_fit", "shells_fitt")), "'shells_fitt', which is not a target");
        assertHas(problemsOf(fit.replace("[shells_fit]", "[]")), "names the targets that set it");
        assertHas(problems(entry(fit), Optional.empty()), "seeds/targets.yaml does not exist");
    }

    @Test
    void unknownAndMissingParametersAndBadSweepsAreReported() {
        String yaml = "parameters:\n  no.such.param:\n    kind: assumption\n    statement: \"x\"\n    sweep: [0, 1]\n"
                + "  " + P.key() + ":\n    kind: assumption\n    statement: \"x\"\n    sweep: [" + (P.min() - 1) + ", "
                + P.max() + "]\n";
        String all = String.join("\n", load(yaml, Optional.of(TARGETS)).problems());
        assertTrue(all.contains("no.such.param: entry for a parameter the model does not have"), all);
        assertTrue(all.contains(P.key() + ": sweep"), all);
        Param other = Param.all().stream().filter(p -> p != P).findFirst().orElseThrow();
        assertTrue(all.contains(other.key() + ": no entry"), all);
    }

    @Test
    void tablesHaveARowPerParameterAndEndWithTheCounts() {
        EvidenceRegistry e = EvidenceRegistry.load(SeedTexts.folder(SEEDS));
        ParameterTable t = new ParameterTable(e);
        String[] lines = t.markdown().split("\n");
        assertEquals(Param.all().size() + 4, lines.length); // header, rule, rows, blank line, counts
        assertTrue(lines[0].contains("| kind | description | provenance |"));
        assertEquals(t.kindCounts(), lines[lines.length - 1]);
        assertTrue(t.kindCounts().matches("Kinds: \\d+ seed, \\d+ source, \\d+ assumption, \\d+ calibrated \\("
                + Param.all().size() + " parameters\\)\\."), t.kindCounts());
        Param p = Param.all().get(0);
        assertTrue(t.markdown().contains("| `" + p.key() + "` | " + p.unit() + " | "), "row of " + p.key());
        assertTrue(t.markdown().contains(" | " + e.of(p).kindName() + " | " + p.description() + " | "));
        List<org.apache.commons.csv.CSVRecord> rows;
        try {
            rows = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(t.csv())).getRecords();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        assertEquals(Param.all().size() + 1, rows.size());
        assertEquals("name", rows.get(0).get(0));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static String seed(String span, String bound, String value) {
        return seed("North Korea has sent an estimated 11,000 troops.", span, bound, value);
    }

    private static String seed(String quote, String span, String bound, String value) {
        return "    kind: seed\n    file: a.txt\n    quote: \"" + quote + "\"\n    span: \"" + span + "\"\n"
                + "    bound: " + bound + "\n    value: " + value + "\n    note: \"an event sets it\"\n";
    }

    private static String source(String citation) {
        return "    kind: source\n    citation: \"" + citation + "\"\n";
    }

    private static String entry(String body) {
        return "parameters:\n  " + P.key() + ":\n" + body;
    }

    /** The problems about P alone (the synthetic file has no entries for the other parameters). */
    private static List<String> problemsOf(String body) {
        return problems(entry(body), Optional.of(TARGETS));
    }

    private static List<String> problems(String yaml, Optional<String> targets) {
        return load(yaml, targets).problems().stream().filter(s -> s.startsWith(P.key() + ":"))
                .filter(s -> !s.contains(": no entry in seeds/")).toList();
    }

    private static EvidenceRegistry load(String yaml, Optional<String> targets) {
        Map<String, String> files = new HashMap<>();
        files.put(ARTICLE, TEXT);
        files.put(EvidenceRegistry.FILE, yaml);
        targets.ifPresent(t -> files.put(TargetIndex.FILE, t));
        return EvidenceRegistry.load(name -> Optional.ofNullable(files.get(name)));
    }

    private static void assertHas(List<String> problems, String fragment) {
        assertFalse(problems.isEmpty(), "expected a problem containing: " + fragment);
        assertTrue(problems.stream().anyMatch(s -> s.contains(fragment)), fragment + " not in " + problems);
    }
}
