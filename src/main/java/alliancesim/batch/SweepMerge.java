package alliancesim.batch;

import alliancesim.files.AtomicFiles;
import alliancesim.files.FileErrors;
import alliancesim.files.FolderLock;
import alliancesim.files.InvalidInputException;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import alliancesim.results.SweepRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * `merge`: joins the folders of shards 1/n .. n/n of one sweep into one folder whose runs.csv and
 * timeseries.csv are byte for byte what one machine would have written: rows in point order.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    public static int merge(List<Path> shards, Path out) {
        return merge(shards, out, next -> { });
    }

    /**
     * Merges, calling {@code beforeCommit} with each file's name before it is committed (a check of the folder's lock:
     * one that throws stops the merge there). A merge killed at any point is finished by running it again
     * ({@link #interrupted}): the result is a function of the shards alone, so the bytes are an unkilled merge's.
     */
    public static int merge(List<Path> shards, Path out, Consumer<String> beforeCommit) {
        List<RecordedSweep> recorded = new ArrayList<>();
        List<ResultManifest> manifests = new ArrayList<>();
        for (Path dir : shards) {
            RecordedSweep r = FolderCheck.sweep(dir).sweep(); // its files agree with what it committed
            if (r.merged()) {
                throw new InvalidInputException(dir + " is already a merged sweep, not a shard");
            }
            if (!r.finished()) {
                throw new InvalidInputException(dir + " is an unfinished shard; finish it with `alliance-sim sweep"
                        + " --resume " + dir + "`");
            }
            recorded.add(r);
            manifests.add(ManifestFile.read(dir));
        }
        RecordedSweep first = recorded.get(0);
        SweepRecord firstSweep = manifests.get(0).sweep();
        int count = first.shard().count();
        boolean[] seen = new boolean[count];
        for (int i = 0; i < recorded.size(); i++) {
            RecordedSweep r = recorded.get(i);
            List<String> differences = first.sweepDifferences(r.scenario());
            if (!Objects.equals(r.parameters(), first.parameters())) {
                differences.add("the model's parameters");
            }
            if (!Objects.equals(r.toolVersion(), first.toolVersion()) || !Objects.equals(r.gitCommit(), first.gitCommit())) {
                differences.add("the alliance-sim build (" + r.toolVersion() + ", " + r.gitCommit() + " against "
                        + first.toolVersion() + ", " + first.gitCommit() + ")");
            }
            if (!differences.isEmpty()) {
                throw new InvalidInputException(shards.get(i) + " is a shard of a different sweep than " + shards.get(0)
                        + ": " + String.join("; ", differences));
            }
            if (r.shard().count() != count || seen[r.shard().index() - 1]) {
                throw new InvalidInputException(shards.get(i) + " (shard " + r.shard() + ") repeats a shard or"
                        + " belongs to a split into another number of shards");
            }
            seen[r.shard().index() - 1] = true;
        }
        for (int i = 0; i < count; i++) {
            if (!seen[i]) {
                throw new InvalidInputException("shard " + (i + 1) + "/" + count + " is missing; merge needs all " + count);
            }
        }
        int rows = mergeCsv(recorded, "runs.csv", out, beforeCommit);
        mergeCsv(recorded, "timeseries.csv", out, beforeCommit);
        long failed = manifests.stream().mapToLong(m -> m.counts().failed()).sum();
        beforeCommit.accept("manifest.json");
        ManifestFile.write(out, manifests.get(0).merged(firstSweep.withShard("1/1 (" + SweepRecord.MERGED + " from " + count
                + " shards)"), new ResultManifest.Counts(rows, rows - failed, failed), names(shards)));
        beforeCommit.accept(SweepProgress.FILE);
        try {
            // the merged folder's lengths, so that it is checked like any finished sweep
            new SweepProgress(firstSweep.points(), Files.size(out.resolve("runs.csv")),
                    Files.size(out.resolve("timeseries.csv")), true)
                    .defining(SweepDefinition.of(RecordedSweep.read(out))).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot read the merged files in " + out, e), e);
        }
        return rows;
    }

    /**
     * Rows of all shards ordered by point (first column); rows of one point keep their order. Blank
     * lines are skipped; each shard's files were checked against its progress.json ({@link FolderCheck}).
     */
    private static int mergeCsv(List<RecordedSweep> shards, String name, Path out, Consumer<String> beforeCommit) {
        TreeMap<Integer, List<String>> byPoint = new TreeMap<>();
        String header = null;
        try {
            for (RecordedSweep shard : shards) {
                Path file = shard.folder().resolve(name);
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String h = in.readLine();
                    if (header != null && !header.equals(h)) {
                        // e.g. a shard of an alliance-sim before runs.csv's particle column beside one after it
                        throw new InvalidInputException(file + " has other columns than " + shards.get(0).folder()
                                .resolve(name) + ": the shards were not written by the same alliance-sim; run them"
                                + " again with one version");
                    }
                    header = header == null ? h : header;
                    int lineNo = 1;
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lineNo++;
                        if (!line.isBlank()) {
                            byPoint.computeIfAbsent(point(file, lineNo, line), k -> new ArrayList<>()).add(line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot read a shard's " + name, e), e);
        }
        String head = header;
        int[] count = {0};
        beforeCommit.accept(name);
        AtomicFiles.write(out.resolve(name), (Writer w) -> {
            w.write(head);
            w.write('\n');
            for (List<String> lines : byPoint.values()) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                    count[0]++;
                }
            }
        });
        return count[0];
    }

    /**
     * Whether {@code out} holds what a merge of these shards leaves when it is killed (or when it finished): a manifest
     * that names these shards, or no manifest yet and only the files a merge writes before it. Merging again there
     * redoes the merge whole and gives the bytes an unkilled merge gives.
     */
    public static boolean interrupted(Path out, List<Path> shards) {
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path manifest = out.resolve("manifest.json");
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return names(shards).equals(ManifestFile.read(out).mergedFrom());
            } catch (RuntimeException e) {
                return false; // not a manifest merge wrote: the folder is refused as any non-empty folder is
            }
        }
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FolderLock.FILE)).toList();
            return !names.isEmpty() && BEFORE_MANIFEST.containsAll(names);
        } catch (IOException e) {
            return false;
        }
    }

    /** What a merge writes before its manifest, under their final and their temporary names. */
    private static final Set<String> BEFORE_MANIFEST = Set.of("runs.csv", "timeseries.csv", "runs.csv.tmp",
            "timeseries.csv.tmp", "manifest.json.tmp");

    /** The shard folders as the manifest records them. */
    private static List<String> names(List<Path> shards) {
        return shards.stream().map(Path::toString).toList();
    }

    private static int point(Path file, int lineNo, String line) {
        int comma = line.indexOf(',');
        try {
            return Integer.parseInt(comma < 0 ? line : line.substring(0, comma));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file + ":" + lineNo + " does not start with a point number; the file was"
                    + " edited or damaged: run that shard again");
        }
    }
}
