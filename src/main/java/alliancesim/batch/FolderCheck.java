package alliancesim.batch;

import alliancesim.files.BoundedInput;
import alliancesim.files.FileErrors;
import alliancesim.files.InvalidInputException;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A result folder checked against its own records before anything in it is trusted: the lengths
 * progress.json commits for runs.csv and timeseries.csv, the committed count of points (within the
 * design), and every committed row of runs.csv (its cells against the header, the runs in
 * (point, replicate) order with their derived seeds, once each, numbers or NA, UTF-8). A folder
 * that fails is refused as invalid input, naming the file, what was expected, what was found and
 * what to do; rows past the last commit of an unfinished sweep are never read.
 */
public final class FolderCheck {
    private static final CSVFormat CSV = CSVFormat.RFC4180;

    private FolderCheck() {
    }

    /** A sweep folder whose files agree with its records: the runs it committed and how many failed. */
    public record Checked(RecordedSweep sweep, long runs, long failed) {
    }

    /** Reads and checks a sweep folder (finished or not), as `sweep --resume` and `merge` need it. */
    public static Checked sweep(Path folder) {
        return verify(RecordedSweep.read(folder));
    }

    /**
     * Checks a result folder before a reader (report, compare, discover) uses it: a sweep must be
     * finished and agree with its records; a run's runs.csv must hold the runs its manifest counts, and its
     * timeseries.csv every month's rows; a what-if's two run folders each likewise; a calibration's tables are
     * sound CSV with a number or NA in each number column. A comparison's folder is left to its reader.
     *
     * @return notes for the user on what could not be checked (a sweep of an older alliance-sim); none if all was
     */
    public static List<String> readable(Path folder) {
        if (Files.exists(folder.resolve(SweepProgress.FILE), LinkOption.NOFOLLOW_LINKS)) {
            Checked c = sweep(folder);
            if (!c.sweep().finished()) {
                SweepProgress p = c.sweep().progress().orElseThrow();
                throw new InvalidInputException(folder + " holds an unfinished sweep (" + p.pointsDone() + " of "
                        + pointsHere(c.sweep()) + " points committed): its files are not a result yet; finish it with"
                        + " `alliance-sim sweep --resume " + folder + "`, then read it");
            }
            return unhashed(c.sweep(), "it is read").stream().toList();
        }
        Path manifestFile = folder.resolve(RecordedSweep.MANIFEST);
        if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        ResultManifest m = ManifestFile.read(folder);
        if (ResultManifest.CALIBRATE.equals(m.kind())) {
            calibration(folder);
            return List.of();
        }
        if (ResultManifest.WHATIF.equals(m.kind())) { // two run folders, the scenario as it is and with the change
            for (String side : List.of("before", "after")) {
                Path runManifest = folder.resolve(side).resolve(RecordedSweep.MANIFEST);
                if (!Files.isRegularFile(runManifest, LinkOption.NOFOLLOW_LINKS)) {
                    throw damaged(runManifest, "it is missing, but a what-if folder holds a run in " + side + "/",
                            "run the what-if again");
                }
                readable(folder.resolve(side));
            }
            return List.of();
        }
        if (!Files.exists(folder.resolve(SweepFiles.RUNS), LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!ResultManifest.RUN.equals(m.kind()) || m.counts() == null || m.scenario() == null) {
            return List.of();
        }
        Path file = folder.resolve(SweepFiles.RUNS);
        long expected = m.counts().runs();
        long seed = m.scenario().seed();
        Rows rows = rows(file, size(file), List.of(), k -> new long[] {0, k, SeedDerivation.runSeed(seed, 0, k)},
                "run the scenario again");
        if (rows.runs() != expected) {
            throw damaged(file, "it holds " + rows.runs() + " runs, but " + manifestFile.getFileName() + " counts "
                    + expected, "run the scenario again");
        }
        if (m.scenario().start() != null && m.scenario().months() > 0) {
            runSeries(folder.resolve(SweepFiles.TIMESERIES), YearMonth.parse(m.scenario().start()), m.scenario().months(),
                    expected);
        }
        return List.of();
    }

    /** A calibration's tables and their columns of words; every other column holds a number or NA. */
    private static final List<Map.Entry<String, Set<String>>> CALIBRATION_TABLES = List.of(
            Map.entry("parameters.csv", Set.of("parameter", "constrained")),
            Map.entry("fit.csv", Set.of("target", "use", "output", "statistic", "period", "series", "inside")),
            Map.entry("generations.csv", Set.of("method")),
            Map.entry("predictive.csv", Set.of("series", "output", "statistic", "kind", "date")));

    /**
     * A calibration folder's tables, as its report reads them: sound CSV in UTF-8, a header whose columns are each
     * named once, as many cells in each row, and a number or NA wherever the column is one of numbers. The posterior
     * is checked by its own reader; a table a killed calibration had not written yet is left to the report to name.
     */
    private static void calibration(Path folder) {
        String fix = "restore it as alliance-sim wrote it, or run the calibration again in a new folder";
        for (Map.Entry<String, Set<String>> t : CALIBRATION_TABLES) {
            Path file = folder.resolve(t.getKey());
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Reader in = reader(file, size(file)); CSVParser csv = CSV.parse(in)) {
                Iterator<CSVRecord> it = csv.iterator();
                List<String> header = it.hasNext() ? it.next().toList() : List.of();
                if (header.isEmpty() || new HashSet<>(header).size() != header.size()) {
                    throw damaged(file, "its header is " + shortened(header) + ", not columns each named once", fix);
                }
                while (it.hasNext()) {
                    CSVRecord r = it.next();
                    long line = csv.getCurrentLineNumber();
                    cells(file, r, line, header.size(), fix);
                    for (int j = 0; j < header.size(); j++) {
                        if (!t.getValue().contains(header.get(j))) {
                            number(r.get(j), file + ":" + line, header.get(j), fix);
                        }
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw unreadable(file, e, fix);
            }
        }
    }

    /**
     * A run's timeseries.csv, as {@link TimeseriesCsv} writes it: its header, then for each month in order a row per
     * output, the outputs of every month in month 0's order, each row with point 0, the month's date, a count of runs
     * no larger than the runs made, and a number or NA for each summary; all the run's months and no more.
     */
    private static void runSeries(Path file, YearMonth start, int months, long runs) {
        String fix = "run the scenario again";
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw damaged(file, "it is missing, but the run writes one", fix);
        }
        List<String> outputs = new ArrayList<>(); // month 0's, in its order
        long k = 0;
        try (Reader in = reader(file, size(file)); CSVParser csv = CSV.parse(in)) {
            Iterator<CSVRecord> it = csv.iterator();
            List<String> header = it.hasNext() ? it.next().toList() : List.of();
            if (!header.equals(TimeseriesCsv.HEADER)) {
                throw damaged(file, "its header is " + shortened(header) + ", not "
                        + String.join(",", TimeseriesCsv.HEADER), fix);
            }
            while (it.hasNext()) {
                CSVRecord r = it.next();
                long line = csv.getCurrentLineNumber();
                String at = file + ":" + line;
                cells(file, r, line, header.size(), fix);
                if (k == outputs.size() && r.get(1).equals("0")) { // still month 0, whose rows give the outputs
                    if (outputs.contains(r.get(3))) {
                        throw damaged(file, "line " + line + " repeats month 0's " + shortened(r.get(3)), fix);
                    }
                    outputs.add(r.get(3));
                }
                if (outputs.isEmpty()) {
                    throw damaged(file, "line " + line + " is not month 0, where the file starts", fix);
                }
                if (k >= (long) months * outputs.size()) {
                    throw damaged(file, "line " + line + " is past the run's " + months + " months of "
                            + outputs.size() + " outputs", fix);
                }
                int month = (int) (k / outputs.size());
                String output = outputs.get((int) (k % outputs.size()));
                if (whole(r.get(0), at, "point", fix) != 0 || whole(r.get(1), at, "month", fix) != month
                        || !r.get(2).equals(start.plusMonths(month).toString()) || !r.get(3).equals(output)) {
                    throw damaged(file, "line " + line + " holds point " + shortened(r.get(0)) + ", month "
                            + shortened(r.get(1)) + " (" + shortened(r.get(2)) + "), " + shortened(r.get(3))
                            + "; row " + (k + 1) + " should be point 0, month " + month + " ("
                            + start.plusMonths(month) + "), " + output + " (a row cut, moved or repeated)", fix);
                }
                long n = whole(r.get(5), at, "n", fix);
                if (n < 0 || n > runs) {
                    throw damaged(file, "line " + line + " summarizes " + n + " runs, but the run made " + runs, fix);
                }
                for (int j = 6; j < header.size(); j++) {
                    number(r.get(j), at, header.get(j), fix);
                }
                k++;
            }
            if (outputs.isEmpty() || k != (long) months * outputs.size()) {
                throw damaged(file, "it holds " + k + " rows, but " + months + " months x " + outputs.size()
                        + " outputs make " + (long) months * outputs.size() + " (cut short?)", fix);
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, e, fix);
        }
    }

    /**
     * A note for a sweep whose progress.json records no hash of its definition (alliance-sim wrote such folders before
     * it recorded one): an edit of manifest.json since the sweep started cannot be found, so the user is told the
     * sweep is taken as manifest.json records it, and {@code how} ("it is read", "it is resumed").
     */
    public static java.util.Optional<String> unhashed(RecordedSweep r) {
        return unhashed(r, "it is resumed, and progress.json records the hash from now on");
    }

    private static java.util.Optional<String> unhashed(RecordedSweep r, String how) {
        if (r.progress().isEmpty() || r.progress().get().definitionSha() != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(r.folder().resolve(SweepProgress.FILE) + " records no hash of the sweep's"
                + " definition (an alliance-sim older than this one wrote it), so a hand edit of manifest.json since the"
                + " sweep started (its replications, seed or design) cannot be detected; " + how + " as manifest.json"
                + " records it. If in doubt, run the sweep again in a new folder");
    }

    /** Checks a recorded sweep's files against its progress.json. */
    public static Checked verify(RecordedSweep recorded) {
        Path folder = recorded.folder();
        SweepProgress p = recorded.progress().orElse(new SweepProgress(0, 0, 0, false));
        int reps = recorded.scenario().replications();
        long points = pointsHere(recorded);
        Path progressFile = folder.resolve(SweepProgress.FILE);
        if (p.definitionSha() != null) {
            List<String> edited = SweepDefinition.of(recorded).differencesFrom(p.definitionSha(), p.definitionFields());
            if (!edited.isEmpty()) {
                throw new InvalidInputException(folder.resolve(RecordedSweep.MANIFEST) + " was changed since the sweep"
                        + " started (" + String.join("; ", edited) + "): resuming or reading it would mix runs of two"
                        + " sweeps; restore manifest.json as alliance-sim wrote it, or run the sweep again in a new"
                        + " folder");
            }
        }
        if (p.pointsDone() > points) {
            throw damaged(progressFile, "points_done is " + p.pointsDone() + ", but the sweep's design has only " + points
                    + " points" + (recorded.shard().count() > 1 ? " in shard " + recorded.shard() : ""), FIX);
        }
        if (p.finished() && p.pointsDone() != points) {
            throw damaged(progressFile, "it records a finished sweep with " + p.pointsDone() + " of its " + points
                    + " points", FIX);
        }
        // A merged folder of an older build records no lengths: its rows are still checked, to the file's end.
        boolean lengths = !(recorded.merged() && p.runsBytes() == 0 && p.timeseriesBytes() == 0);
        Path runsFile = folder.resolve(SweepFiles.RUNS);
        Path seriesFile = folder.resolve(SweepFiles.TIMESERIES);
        long runsBytes = lengths ? committed(runsFile, p.runsBytes(), p.finished()) : size(runsFile);
        long seriesBytes = lengths ? committed(seriesFile, p.timeseriesBytes(), p.finished()) : size(seriesFile);
        List<String> factors = recorded.scenario().sweep().orElseThrow().factors().stream().map(f -> f.param().key())
                .toList();
        long seed = recorded.scenario().seed();
        int index = recorded.shard().index() - 1;
        int count = recorded.shard().count();
        Sequence sequence = k -> {
            long point = index + k / reps * count;
            long replicate = k % reps;
            return new long[] {point, replicate, SeedDerivation.runSeed(seed, point, replicate)};
        };
        // killed between manifest.json and its first commit: no runs.csv yet, and none needed
        Rows rows = runsBytes == 0 && !Files.exists(runsFile, LinkOption.NOFOLLOW_LINKS) ? new Rows(0, 0)
                : rows(runsFile, runsBytes, factors, sequence, FIX);
        long expected = (long) p.pointsDone() * reps;
        if (rows.runs() != expected) {
            throw damaged(runsFile, "it holds " + rows.runs() + " runs" + (lengths ? " in the " + runsBytes
                    + " bytes committed" : "") + ", but progress.json records " + p.pointsDone() + " points x " + reps
                    + " replications = " + expected, FIX);
        }
        if (seriesBytes > 0 || p.finished()) {
            List<String> header = new ArrayList<>(TimeseriesCsv.HEADER);
            header.addAll(1, factors);
            checkHeader(seriesFile, seriesBytes, header);
        }
        return new Checked(recorded, rows.runs(), rows.failed());
    }

    private static final String FIX = "restore the file or run the sweep again in a new folder";

    private static long pointsHere(RecordedSweep r) {
        return JobSize.sweep(r.scenario(), r.shard()).pointsHere();
    }

    /** The committed length of a sweep's file, checked against the file: all of it once finished, at least it before. */
    private static long committed(Path file, long recorded, boolean finished) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (recorded > 0 || finished) {
                throw damaged(file, "it is missing, but progress.json records " + recorded + " bytes of it", FIX);
            }
            return 0;
        }
        long size = size(file);
        if (finished ? size != recorded && !blankTail(file, recorded, size) : size < recorded) {
            throw damaged(file, "it holds " + size + " bytes, " + (finished ? "but progress.json records " + recorded
                    + " for the finished sweep" : "fewer than the " + recorded + " that progress.json records"), FIX);
        }
        if (recorded > 0 && lastByte(file, recorded) != '\n') {
            throw damaged(file, "its committed " + recorded + " bytes do not end with a whole row", FIX);
        }
        return recorded;
    }

    private static long size(Path file) {
        BoundedInput.regular(file);
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot read " + file, e), e);
        }
    }

    /** Whether a finished file only gained a few blank lines past its length (an editor's last newline): harmless. */
    private static boolean blankTail(Path file, long length, long size) {
        if (size < length || size - length > 64) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer b = ByteBuffer.allocate((int) (size - length));
            ch.read(b, length);
            for (byte c : b.array()) {
                if (c != '\n' && c != '\r') {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot read " + file, e), e);
        }
    }

    private static int lastByte(Path file, long length) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, length - 1);
            return b.array()[0];
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot read " + file, e), e);
        }
    }

    /** The first line of a file, against the header alliance-sim writes there. */
    private static void checkHeader(Path file, long bytes, List<String> expected) {
        try (Reader in = reader(file, bytes); CSVParser csv = CSV.parse(in)) {
            Iterator<CSVRecord> it = csv.iterator();
            List<String> found = it.hasNext() ? it.next().toList() : List.of();
            if (!found.equals(expected)) {
                throw damaged(file, "its header is " + shortened(found) + ", not " + shortened(expected), FIX);
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, e, FIX);
        }
    }

    /** What the committed rows of a runs.csv hold. */
    private record Rows(long runs, long failed) {
    }

    /** The run expected as the k-th row (from 0): its point, replicate and seed. */
    private interface Sequence {
        long[] run(long k);
    }

    /**
     * Reads a runs.csv's first {@code bytes} bytes: a header of point, replicate, seed, the particle (in files written
     * since it was added), the factors,
     * the outputs, status and message, each once; then each run once, in order, with as many cells
     * as the header, whole numbers for the keys, a number or NA for each value, and ok or failed.
     */
    private static Rows rows(Path file, long bytes, List<String> factors, Sequence sequence, String fix) {
        long runs = 0;
        long failed = 0;
        try (Reader in = reader(file, bytes); CSVParser csv = CSV.parse(in)) {
            Iterator<CSVRecord> it = csv.iterator();
            if (!it.hasNext()) {
                if (bytes > 0) {
                    throw damaged(file, "it has no header", fix);
                }
                return new Rows(0, 0);
            }
            List<String> header = it.next().toList();
            checkRunsHeader(file, header, factors, fix);
            int values = header.size() - 2;
            while (it.hasNext()) {
                CSVRecord r = it.next();
                long line = csv.getCurrentLineNumber();
                String at = file + ":" + line;
                cells(file, r, line, header.size(), fix);
                long[] want = sequence.run(runs);
                long point = whole(r.get(0), at, "point", fix);
                long replicate = whole(r.get(1), at, "replicate", fix);
                if (point != want[0] || replicate != want[1]) {
                    boolean earlier = point < want[0] || point == want[0] && replicate < want[1];
                    throw damaged(file, "line " + line + " holds the run of point " + point + ", replicate " + replicate
                            + (earlier ? ", which an earlier line already holds (a duplicated row)" : "")
                            + "; run " + (runs + 1) + " should be point " + want[0] + ", replicate " + want[1], fix);
                }
                if (whole(r.get(2), at, "seed", fix) != want[2]) {
                    throw damaged(file, "line " + line + " gives seed " + r.get(2) + ", but point " + point + ", replicate "
                            + replicate + " runs with seed " + want[2], fix);
                }
                for (int j = 3; j < values; j++) {
                    number(r.get(j), at, header.get(j), fix);
                }
                String status = r.get(values);
                if (!status.equals("ok") && !status.equals("failed")) {
                    throw damaged(file, "line " + line + " has status '" + shortened(status) + "', not ok or failed", fix);
                }
                failed += status.equals("failed") ? 1 : 0;
                runs++;
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, e, fix);
        }
        return new Rows(runs, failed);
    }

    private static void checkRunsHeader(Path file, List<String> header, List<String> factors, String fix) {
        List<String> head = new ArrayList<>(List.of("point", "replicate", "seed"));
        if (header.size() > 3 && header.get(3).equals(RunsCsv.PARTICLE)) {
            head.add(RunsCsv.PARTICLE); // written since runs.csv records each run's posterior draw; older files lack it
        }
        head.addAll(factors);
        Set<String> seen = new HashSet<>();
        for (String c : header) {
            if (!seen.add(c)) {
                throw damaged(file, "its header has the column " + c + " twice", fix);
            }
        }
        int n = header.size();
        if (n < head.size() + 2 || !header.subList(0, head.size()).equals(head)
                || !header.subList(n - 2, n).equals(List.of("status", "message"))) {
            throw damaged(file, "its header is " + shortened(header) + ", not " + String.join(",", head)
                    + ",<outputs>,status,message", fix);
        }
    }

    /** A row with as many cells as the header. */
    private static void cells(Path file, CSVRecord r, long line, int header, String fix) {
        if (r.size() != header) {
            throw damaged(file, "line " + line + " has " + r.size() + " cells, the header " + header, fix);
        }
    }

    private static long whole(String text, String at, String column, String fix) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(at + ": " + column + " is '" + shortened(text) + "', not a whole number;"
                    + " the file was edited or damaged: " + fix);
        }
    }

    /** A value alliance-sim writes: a finite number, or NA for none. NaN and infinities it never writes. */
    private static void number(String text, String at, String column, String fix) {
        if (text.equals("NA")) {
            return;
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v) || text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))) {
            throw new InvalidInputException(at + ": " + column + " is '" + shortened(text) + "', not a number or NA"
                    + " as alliance-sim writes them; the file was edited or damaged: " + fix);
        }
    }

    private static Reader reader(Path file, long bytes) throws IOException {
        InputStream in = BoundedInput.open(file, bytes);
        return alliancesim.results.CsvDamage.checked(new java.io.BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder()), 1 << 16));
    }

    private static RuntimeException unreadable(Path file, Exception e, String fix) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return damaged(file, "it is not UTF-8 text", fix);
        }
        if (e instanceof UncheckedIOException u && !(cause instanceof IOException)) {
            return u;
        }
        if (alliancesim.results.CsvDamage.isParsing(cause)) { // the parser's words name no place nor fix
            return alliancesim.results.CsvDamage.of(file, fix);
        }
        return new UncheckedIOException(FileErrors.describe("cannot read " + file, (IOException) cause),
                (IOException) cause);
    }

    private static InvalidInputException damaged(Path file, String why, String fix) {
        return new InvalidInputException(file + " is damaged (" + why + "): it was changed by hand or by a failing"
                + " disk, so it cannot be trusted; " + fix);
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
