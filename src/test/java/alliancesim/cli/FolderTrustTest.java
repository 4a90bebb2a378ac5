package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result folder is checked before it is trusted (#23): attacks on a finished sweep's files (cut,
 * rows duplicated, NaN, a column too many, points_done beyond the design, an unfinished sweep read as
 * a result) are refused with exit 2 and a message naming the file, by resume, merge, report, compare
 * and discover alike.
 */
class FolderTrustTest {
    private static final String GRID = "scenarios/sanctions-vs-deterrence.yaml";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path sweep;
    private static Path shard1;
    private static Path shard2;
    private static Path run;

    @BeforeAll
    static void folders() {
        sweep = shared.resolve("sweep");
        shard1 = shared.resolve("s1");
        shard2 = shared.resolve("s2");
        run = shared.resolve("run");
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--out", sweep.toString()).code());
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--shard", "1/2", "--out", shard1.toString()).code());
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--shard", "2/2", "--out", shard2.toString()).code());
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "3", "--out", run.toString()).code());
    }

    /** A copy of a folder the test may damage. */
    private Path copy(Path folder) throws IOException {
        return FolderCopy.copy(folder, dir.resolve(folder.getFileName() + "-copy"));
    }

    /** Sets progress.json's record of a file's length to the file's, as one who edits both would. */
    private static void recordLength(Path folder, String key, String file) throws IOException {
        long size = Files.size(folder.resolve(file));
        editProgress(folder, p -> p.replaceAll("\"" + key + "\":\\d+", "\"" + key + "\":" + size));
    }

    private static void editProgress(Path folder, java.util.function.UnaryOperator<String> edit) throws IOException {
        Files.writeString(folder.resolve("progress.json"), edit.apply(Files.readString(folder.resolve("progress.json"))));
    }

    /** A copy of a folder with its runs.csv edited line by line and its recorded length to match. */
    private Path editedRuns(Path folder, java.util.function.Consumer<List<String>> edit) throws IOException {
        Path edited = copy(folder);
        List<String> lines = new ArrayList<>(Files.readAllLines(edited.resolve("runs.csv")));
        edit.accept(lines);
        Files.write(edited.resolve("runs.csv"), lines);
        recordLength(edited, "runs_bytes", "runs.csv");
        return edited;
    }

    private static void refused(Cli r, String... parts) {
        assertEquals(2, r.code(), r.out() + r.err());
        for (String part : parts) {
            assertTrue(r.err().contains(part), "'" + part + "' in: " + r.err());
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    /** Every reader of a sweep folder, as the command lines that read it. */
    private List<Cli> readers(Path folder) {
        List<Cli> all = new ArrayList<>();
        all.add(Cli.run("sweep", "--resume", folder.toString()));
        all.addAll(readersOfResults(folder));
        return all;
    }

    /** The readers of a result: report, discover and compare. */
    private List<Cli> readersOfResults(Path folder) {
        List<Cli> all = new ArrayList<>();
        all.add(Cli.run("report", folder.toString()));
        all.add(Cli.run("discover", folder.toString(), "--where", "front_balance < 0", "--out",
                dir.resolve("discovered").toString()));
        all.add(Cli.run("compare", folder.toString(), run.toString(), "--out", dir.resolve("compared").toString()));
        return all;
    }

    @Test
    void aCutRunsCsvInAFinishedSweepIsNotCalledComplete() throws IOException {
        Path cut = copy(sweep);
        long size = Files.size(cut.resolve("runs.csv"));
        try (var ch = java.nio.channels.FileChannel.open(cut.resolve("runs.csv"), java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size / 2);
        }
        for (Cli r : readers(cut)) {
            refused(r, cut.resolve("runs.csv") + " is damaged (it holds " + size / 2 + " bytes, but progress.json records "
                    + size + " for the finished sweep)", "restore the file or run the sweep again");
        }
        assertFalse(Files.exists(dir.resolve("discovered")));
        assertFalse(Files.exists(dir.resolve("compared")));
    }

    @Test
    void aCutOrMissingTimeseriesIsRefused() throws IOException {
        Path cut = copy(sweep);
        Files.writeString(cut.resolve("timeseries.csv"), "point\n");
        refused(Cli.run("sweep", "--resume", cut.toString()), "timeseries.csv is damaged (it holds 6 bytes");
        Files.delete(cut.resolve("timeseries.csv"));
        refused(Cli.run("report", cut.toString()), "timeseries.csv is damaged (it is missing");
    }

    @Test
    void pointsDoneBeyondTheDesignIsRefused() throws IOException {
        Path edited = copy(sweep);
        editProgress(edited, p -> p.replaceAll("\"points_done\":\\d+", "\"points_done\":999")
                .replace("\"finished\":true", "\"finished\":false"));
        refused(Cli.run("sweep", "--resume", edited.toString()), "progress.json is damaged (points_done is 999, but the"
                + " sweep's design has only 25 points)");
    }

    @Test
    void duplicatedRowsAreRefusedEvenWhenTheLengthsAreEditedToMatch() throws IOException {
        Path doubled = editedRuns(sweep, lines -> lines.add(5, lines.get(4)));
        for (Cli r : readers(doubled)) {
            refused(r, "runs.csv is damaged (line 6 holds the run of point 1, replicate 1, which an earlier line already"
                    + " holds (a duplicated row); run 5 should be point 2, replicate 0)");
        }
    }

    @Test
    void aNaNOrAColumnTooManyIsRefused() throws IOException {
        Path nan = editedRuns(sweep, lines -> {
            String[] cells = lines.get(3).split(",", -1);
            cells[5] = "NaN";
            lines.set(3, String.join(",", cells));
        });
        for (Cli r : readers(nan)) {
            refused(r, nan.resolve("runs.csv") + ":4: ", "is 'NaN', not a number or NA");
        }
        Path wide = editedRuns(sweep, lines -> lines.set(2, lines.get(2) + ",1"));
        refused(Cli.run("report", wide.toString()), "runs.csv is damaged (line 3 has ");
    }

    @Test
    void anUnfinishedSweepIsNotReadAsAResult() throws IOException {
        Path unfinished = copy(sweep);
        long nineLines = bytesOfLines(unfinished.resolve("runs.csv"), 9);
        editProgress(unfinished, p -> p.replaceAll("\"points_done\":\\d+", "\"points_done\":4")
                .replaceAll("\"runs_bytes\":\\d+", "\"runs_bytes\":" + nineLines)
                .replaceAll("\"timeseries_bytes\":\\d+", "\"timeseries_bytes\":0")
                .replace("\"finished\":true", "\"finished\":false"));
        for (Cli r : readersOfResults(unfinished)) {
            refused(r, "holds an unfinished sweep (4 of 25 points committed)", "alliance-sim sweep --resume " + unfinished);
        }
    }

    private static long bytesOfLines(Path file, int lines) throws IOException {
        return Files.readAllLines(file).subList(0, lines).stream().mapToLong(l -> l.length() + 1).sum();
    }

    @Test
    void mergeChecksTimeseriesAndColumnsToo() throws IOException {
        Path a = copy(shard1);
        Path b = dir.resolve("b");
        Files.move(copy(shard2), b);
        byte[] series = Files.readAllBytes(b.resolve("timeseries.csv"));
        Files.write(b.resolve("timeseries.csv"), java.util.Arrays.copyOf(series, series.length - 500));
        refused(Cli.run("merge", a.toString(), b.toString(), "--out", dir.resolve("m").toString()),
                b.resolve("timeseries.csv") + " is damaged (it holds " + (series.length - 500) + " bytes");
        Files.write(b.resolve("timeseries.csv"), series);
        List<String> lines = Files.readAllLines(a.resolve("timeseries.csv"));
        lines.set(0, lines.get(0) + ",extra");
        Files.write(a.resolve("timeseries.csv"), lines);
        recordLength(a, "timeseries_bytes", "timeseries.csv");
        refused(Cli.run("merge", a.toString(), b.toString(), "--out", dir.resolve("m2").toString()),
                a.resolve("timeseries.csv") + " is damaged (its header is ");
    }

    @Test
    void aMergedFolderIsCheckedLikeAnyFinishedSweep() throws IOException {
        Path merged = dir.resolve("merged");
        assertEquals(0, Cli.run("merge", shard1.toString(), shard2.toString(), "--out", merged.toString()).code());
        assertEquals(0, Cli.run("sweep", "--resume", merged.toString()).code());
        Files.writeString(merged.resolve("runs.csv"), Files.readString(merged.resolve("runs.csv")).substring(0, 900));
        refused(Cli.run("sweep", "--resume", merged.toString()), "runs.csv is damaged (it holds 900 bytes");
    }

    @Test
    void aRunFolderWithADuplicatedRowIsNotCompared() throws IOException {
        Path doubled = copy(run);
        List<String> lines = Files.readAllLines(doubled.resolve("runs.csv"));
        lines.add(lines.get(3));
        Files.write(doubled.resolve("runs.csv"), lines);
        refused(Cli.run("compare", doubled.toString(), run.toString(), "--out", dir.resolve("c").toString()),
                "runs.csv is damaged (line 5 holds the run of point 0, replicate 2, which an earlier line already holds");
    }

    /** A copy of the run folder with its timeseries.csv edited line by line. */
    private Path editedRunSeries(java.util.function.Consumer<List<String>> edit) throws IOException {
        Path edited = copy(run);
        List<String> lines = new ArrayList<>(Files.readAllLines(edited.resolve("timeseries.csv")));
        edit.accept(lines);
        Files.write(edited.resolve("timeseries.csv"), lines);
        return edited;
    }

    @Test
    void aRunFoldersTimeseriesIsScannedLikeItsRunsCsv() throws IOException {
        List<String> original = Files.readAllLines(run.resolve("timeseries.csv"));
        int outputs = (int) original.stream().skip(1).takeWhile(l -> l.startsWith("0,0,")).count();
        int months = (original.size() - 1) / outputs;
        assertEquals(original.size() - 1, months * outputs, "the run's file is whole");
        // cut after its first month: the rows of the other months are missing
        Path cut = editedRunSeries(l -> l.subList(1 + outputs, l.size()).clear());
        for (Cli r : readersOfResults(cut)) {
            refused(r, "timeseries.csv is damaged (it holds " + outputs + " rows, but " + months + " months x " + outputs
                    + " outputs make " + months * outputs);
        }
        // a row repeated in month 1
        refused(Cli.run("report", editedRunSeries(l -> l.add(outputs + 2, l.get(outputs + 1))).toString()),
                "timeseries.csv is damaged (line " + (outputs + 3) + " holds point 0, month 1");
        // a mean edited to NaN, and a count larger than the runs made (3)
        refused(Cli.run("report", editedRunSeries(l -> l.set(5, l.get(5).replaceAll("^((?:[^,]*,){6})[^,]*", "$1NaN")))
                .toString()), "timeseries.csv:6: mean is 'NaN', not a number or NA");
        refused(Cli.run("report", editedRunSeries(l -> l.set(5, l.get(5).replaceAll("^((?:[^,]*,){5})[^,]*", "$14")))
                .toString()), "timeseries.csv is damaged (line 6 summarizes 4 runs, but the run made 3");
        // a month past the run's end, and a column too few
        refused(Cli.run("report", editedRunSeries(l -> l.add(l.get(l.size() - 1))).toString()),
                "is past the run's " + months + " months of " + outputs + " outputs");
        refused(Cli.run("report", editedRunSeries(l -> l.set(2, l.get(2).replaceAll(",[^,]*$", ""))).toString()),
                "timeseries.csv is damaged (line 3 has 10 cells, the header 11");
        // the untouched folder passes
        assertEquals(0, Cli.run("report", copy(run).toString()).code());
    }

    @Test
    void aWhatIfsRunFoldersAreCheckedAndNamedWithoutParserText() throws IOException {
        Path whatif = dir.resolve("whatif");
        assertEquals(0, Cli.run("whatif", "scenarios/baseline.yaml", "--set", "sanctions.secondary=0.3",
                "--replications", "2", "--months", "4", "--out", whatif.toString()).code());
        // each case on a fresh copy (copy() rewrites every file of the same copy folder)
        Path damaged = copy(whatif);
        List<String> lines = new ArrayList<>(Files.readAllLines(damaged.resolve("after/runs.csv")));
        lines.set(2, lines.get(2).replaceFirst("^((?:[^,]*,){3})[^,]*", "$1banana"));
        Files.write(damaged.resolve("after/runs.csv"), lines);
        refused(Cli.run("report", damaged.toString()), "after/runs.csv:3: ", "is 'banana', not a number or NA");

        copy(whatif);
        byte[] series = Files.readAllBytes(whatif.resolve("before/timeseries.csv"));
        Files.write(damaged.resolve("before/timeseries.csv"), java.util.Arrays.copyOf(series, 2000));
        Cli cut = Cli.run("report", damaged.toString());
        refused(cut, "before/timeseries.csv is damaged (");
        assertFalse(cut.err().contains("CSVRecord") || cut.err().contains("For input string"), cut.err());

        copy(whatif);
        Files.delete(damaged.resolve("after/manifest.json"));
        refused(Cli.run("report", damaged.toString()),
                "manifest.json is damaged (it is missing, but a what-if folder holds a run in after/");

        assertEquals(0, Cli.run("report", copy(whatif).toString()).code());
    }
}
