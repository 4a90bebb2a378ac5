package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23, "bad input that prints library text": a result folder whose files the CSV or JSON parser cannot follow,
 * or whose manifest holds a value of the wrong kind, is refused by report and compare as "file:line:col: what is
 * wrong; how to fix" with exit 2, never with the parser's words ("Invalid character between encapsulated token",
 * "Cannot deserialize value", "For input string") or an internal error; nothing outside the folder changes. A sweep
 * an older alliance-sim wrote, without its definition's hash, is read and resumed with a note that says so.
 */
class ReaderDamageTest {
    private static final List<String> LIBRARY_WORDS = List.of("encapsulated token", "Cannot deserialize",
            "Cannot construct", "For input string", "DateTimeParse", "NullPointer", "internal error", "\tat ");

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path run;
    private static Path other;
    private static Path calibration;

    @BeforeAll
    static void folders() {
        run = shared.resolve("run");
        other = shared.resolve("other");
        calibration = shared.resolve("cal");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "4", "--out",
                run.toString()).code());
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "4", "--seed", "5",
                "--out", other.toString()).code());
        assertEquals(0, Cli.run("calibrate", CalibrateCommandTest.SCENARIO, "--targets", CalibrateCommandTest.TARGETS,
                "--until", "2024-06", "--particles", "40", "--generations", "2", "--threads", "1", "--out",
                calibration.toString()).code());
    }

    /** A copy of {@code folder} with {@code file} edited; the command then run on it, refused as {@code expected}. */
    private Cli refused(Path folder, String file, UnaryOperator<String> edit, Pattern expected, String... command)
            throws IOException {
        Path copy = FolderCopy.copy(folder, dir.resolve(folder.getFileName() + "-damaged"));
        Path damaged = copy.resolve(file);
        Files.writeString(damaged, edit.apply(Files.readString(damaged)));
        Map<String, String> outside = FolderCopy.outside(dir, copy);
        String[] args = new String[command.length];
        for (int i = 0; i < command.length; i++) {
            args[i] = command[i].replace("DIR", copy.toString());
        }
        Cli r = Cli.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(expected.matcher(r.err()).find(), r.err());
        assertTrue(r.err().contains(damaged.toString()), "names the file: " + r.err());
        for (String w : LIBRARY_WORDS) {
            assertFalse(r.err().contains(w), r.err());
        }
        assertEquals(outside, FolderCopy.outside(dir, copy), "nothing outside the folder changed");
        return r;
    }

    private static Pattern at(String what) {
        return Pattern.compile(":\\d+:\\d+: " + Pattern.quote(what));
    }

    /** Line {@code n} (from 1) of a text edited. */
    private static UnaryOperator<String> line(int n, UnaryOperator<String> edit) {
        return text -> {
            String[] lines = text.split("\n", -1);
            lines[n - 1] = edit.apply(lines[n - 1]);
            return String.join("\n", lines);
        };
    }

    @Test
    void aQuoteAddedToACsvFileIsNamedAtItsLineAndColumn() throws IOException {
        refused(run, "timeseries.csv", line(3, l -> "\"" + l), Pattern.compile("timeseries\\.csv:\\d+:\\d+: text follows"
                + " the '\"' that closes the quoted cell opened at line 3, column 1"), "report", "DIR");
        refused(run, "runs.csv", line(2, l -> "\"" + l), Pattern.compile("runs\\.csv:2:1: the quoted cell opened here is"
                + " never closed"), "compare", "DIR", other.toString(), "--out", dir.resolve("cmp").toString());
        assertFalse(Files.exists(dir.resolve("cmp")), "a refused compare leaves no folder");
    }

    @Test
    void aQuoteInsideACellThatDoesNotStartWithOneIsRefusedAtItsLineAndColumn() throws IOException {
        // the CSV parser reads ab"c as the text ab"c: each reader refuses it as alliance-sim never writes it
        Pattern stray = Pattern.compile("\\.csv:\\d+:\\d+: a '\"' inside a cell that does not start with one");
        refused(run, "runs.csv", line(2, l -> l + "a\"b"), stray, "report", "DIR");
        refused(run, "runs.csv", line(3, l -> l + "a\"b"), stray, "compare", "DIR", other.toString(), "--out",
                dir.resolve("cmp").toString());
        assertFalse(Files.exists(dir.resolve("cmp")), "a refused compare leaves no folder");
        refused(run, "timeseries.csv", line(3, l -> l.replaceFirst("^((?:[^,]*,){4}.)", "$1\"")),
                Pattern.compile("timeseries\\.csv:3:\\d+: a '\"' inside a cell"), "report", "DIR");
        refused(calibration, "fit.csv", line(2, l -> l.replaceFirst("^(.)", "$1\"")),
                Pattern.compile("fit\\.csv:2:2: a '\"' inside a cell"), "report", "DIR");
    }

    @Test
    void aManifestValueOfTheWrongKindIsNamedByItsKeyLineAndColumn() throws IOException {
        refused(run, "manifest.json", t -> t.replaceFirst("\"outputs\" : \\[[^]]*]", "\"outputs\" : 5"),
                at("scenario.outputs holds the number 5 where alliance-sim writes a list"), "report", "DIR");
        refused(run, "manifest.json", t -> t.replaceFirst("\"start\" : \"[^\"]*\"", "\"start\" : \"banana\""),
                at("scenario.start is 'banana', not a month written YYYY-MM"), "report", "DIR"); // was exit 3
    }

    @Test
    void aComparisonWhoseManifestLostItsFoldersIsRefusedNotAnInternalError() throws IOException {
        Path cmp = shared.resolve("cmp");
        assertEquals(0, Cli.run("compare", run.toString(), other.toString(), "--out", cmp.toString()).code());
        refused(cmp, "manifest.json", t -> t.replace("\"folders\"", "\"lost\""),
                at("a comparison's manifest names the folders it compared"), "report", "DIR");
    }

    @Test
    void aCalibrationsTablesAreCheckedBeforeItsReportReadsThem() throws IOException {
        refused(calibration, "parameters.csv", line(2, l -> l.replaceFirst(",[^,]*,", ",banana,")),
                Pattern.compile("parameters\\.csv:2: prior_min is 'banana', not a number"), "report", "DIR");
        refused(calibration, "predictive.csv", line(2, l -> "\"" + l),
                Pattern.compile("predictive\\.csv:2:1: the quoted cell opened here is never closed"), "report", "DIR");
    }

    @Test
    void aSweepWithoutItsDefinitionsHashIsReadAndResumedWithANoteAndProtectedFromThen() throws IOException {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, Cli.run("sweep", "scenarios/sanctions-vs-deterrence.yaml", "--replications", "2", "--months",
                "4", "--out", sweep.toString()).code());
        Path progress = sweep.resolve("progress.json");
        String hashed = Files.readString(progress);
        UnaryOperator<String> old = p -> p.replaceAll(",\"sweep_sha256\":\"[0-9a-f]+\",\"sweep_definition\":\\{[^}]*}",
                "");
        Files.writeString(progress, old.apply(hashed));
        assertFalse(Files.readString(progress).contains("sweep_sha256"), "as an older alliance-sim wrote it");
        Cli read = Cli.run("report", sweep.toString());
        assertEquals(0, read.code(), read.err());
        assertTrue(read.err().contains("note: " + progress + " records no hash of the sweep's definition"), read.err());

        // unfinished: resumed with the note, and the hash recorded from then on
        Files.writeString(progress, old.apply(hashed).replace("\"finished\":true", "\"finished\":false"));
        Cli resumed = Cli.run("sweep", "--resume", sweep.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("is resumed, and progress.json records the hash from now on"), resumed.err());
        assertTrue(Files.readString(progress).contains("sweep_sha256"), Files.readString(progress));
    }
}
