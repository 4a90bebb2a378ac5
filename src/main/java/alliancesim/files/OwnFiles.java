package alliancesim.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells the files alliance-sim wrote in a result folder from anything else, so that --force removes
 * only ours. A folder is recognised by a record only alliance-sim writes (its lock file's text, a
 * manifest or a calibration's settings naming the tool); inside a recognised folder, an entry is ours
 * when it has a name and a kind we write: a known file, a chart in a chart folder, a generation in
 * {@code generations/}, a what-if half whose own entries are each ours, or a temporary file of the
 * atomic writer (a name of ours plus {@code .tmp}). A symbolic link is never ours: nothing here
 * follows one.
 */
public final class OwnFiles {
    /** Files a command writes at the top of its folder. */
    private static final Set<String> FILES = Set.of("manifest.json", "runs.csv", "timeseries.csv", "progress.json",
            "sensitivity.csv", "convergence.csv", "compare.csv", "summary.csv", "summary.png", "summary.html",
            "report.html", "settings.json", "posterior.csv", "parameters.csv", "generations.csv", "fit.csv",
            "predictive.csv", "validity.md", "discovery.csv", "box.csv", FolderLock.FILE);
    private static final Set<String> CHART_FOLDERS = Set.of("charts", "img");
    private static final Set<String> HALVES = Set.of("before", "after");
    private static final Pattern CHART = Pattern.compile("[A-Za-z0-9._-]+\\.(png|svg)");
    private static final Pattern GENERATION = Pattern.compile("gen-\\d{3,}\\.json");
    /** Read at most this much of a record to recognise it: a manifest names the tool near its top. */
    private static final int RECORD_PREFIX = 4096;

    private OwnFiles() {
    }

    /**
     * The first entry under {@code folder} (its path relative to the folder, and why) that alliance-sim
     * did not write, or empty if every entry is ours. {@code lockSigned}: the folder's lock file said it
     * was alliance-sim's before this process took the lock (and rewrote it).
     */
    static Optional<String> firstForeign(Path folder, boolean lockSigned) throws IOException {
        if (!lockSigned && !recognised(folder)) {
            return firstEntry(folder).map(p -> p + ", in a folder with no manifest or lock alliance-sim wrote");
        }
        for (Path p : sorted(folder)) {
            Optional<String> foreign = foreignTopEntry(folder, p);
            if (foreign.isPresent()) {
                return foreign;
            }
        }
        return Optional.empty();
    }

    /** True if the folder holds a manifest or calibration settings naming alliance-sim. */
    private static boolean recognised(Path folder) throws IOException {
        return mentionsTool(folder.resolve("manifest.json"), "\"alliance-sim\"")
                || mentionsTool(folder.resolve("settings.json"), "\"alliance-sim\"");
    }

    private static Optional<String> foreignTopEntry(Path folder, Path p) throws IOException {
        String name = p.getFileName().toString();
        String rel = folder.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
            return Optional.of(rel + " (a symbolic link)");
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            if (CHART_FOLDERS.contains(name)) {
                return firstNotMatching(folder, p, CHART);
            }
            if (name.equals("generations")) {
                return firstNotMatching(folder, p, GENERATION);
            }
            if (HALVES.contains(name)) {
                // Inside a folder recognised as ours, a half is ours too, its entries judged by name and kind: a what-if
                // stopped before a half's manifest (#23) leaves a half with data files and neither manifest nor lock.
                return firstForeign(p, true).map(inner -> name + "/" + inner);
            }
            return Optional.of(rel + " (a folder alliance-sim does not write)");
        }
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && (FILES.contains(name) || isTemporaryOf(name, FILES))) {
            return Optional.empty();
        }
        return Optional.of(rel);
    }

    private static Optional<String> firstNotMatching(Path folder, Path dir, Pattern pattern) throws IOException {
        for (Path q : sorted(dir)) {
            String n = q.getFileName().toString();
            String base = n.endsWith(".tmp") ? n.substring(0, n.length() - 4) : n;
            boolean ours = Files.isRegularFile(q, LinkOption.NOFOLLOW_LINKS) && pattern.matcher(base).matches();
            if (!ours) {
                return Optional.of(folder.relativize(q) + (Files.isSymbolicLink(q) ? " (a symbolic link)" : ""));
            }
        }
        return Optional.empty();
    }

    /** The atomic writer's temporary name: the final name plus ".tmp", in the same folder. */
    private static boolean isTemporaryOf(String name, Set<String> finals) {
        return name.endsWith(".tmp") && finals.contains(name.substring(0, name.length() - 4));
    }

    private static boolean mentionsTool(Path record, String mark) throws IOException {
        if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(record, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(RECORD_PREFIX), StandardCharsets.UTF_8).contains(mark);
        }
    }

    private static Optional<String> firstEntry(Path folder) throws IOException {
        return sorted(folder).stream().filter(p -> !p.getFileName().toString().equals(FolderLock.FILE)).findFirst().map(p -> folder.relativize(p).toString());
    }

    private static java.util.List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
