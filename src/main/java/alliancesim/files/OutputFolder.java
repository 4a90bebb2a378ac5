package alliancesim.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Claims the folder a command writes: a new folder, or an empty one, locked for this process.
 * A folder that holds anything is refused unless forced, and even forced it is emptied only if
 * everything in it is something alliance-sim writes, so a mistyped --out never deletes a project.
 */
public final class OutputFolder {
    /** What alliance-sim writes into a result folder; a folder holding only these may be emptied by --force. */
    private static final Set<String> OURS = Set.of("manifest.json", "runs.csv", "timeseries.csv", "progress.json",
            "sensitivity.csv", "compare.csv", "summary.csv", "summary.png", "summary.html", "report.html", "charts",
            "before", "after", FolderLock.FILE);

    private OutputFolder() {
    }

    /**
     * {@code parent/stamp}, or {@code stamp-2}, {@code stamp-3}... if taken: created atomically, so two
     * commands started in the same second never share a folder.
     */
    public static FolderLock createNew(Path parent, String stamp) {
        try {
            Files.createDirectories(parent);
            for (int i = 1; ; i++) {
                Path p = parent.resolve(i == 1 ? stamp : stamp + "-" + i);
                try {
                    Files.createDirectory(p);
                    return FolderLock.take(p);
                } catch (FileAlreadyExistsException taken) {
                    // another command (or an earlier one) has this name: try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot create a result folder in " + parent, e), e);
        }
    }

    /** An explicit --out: created if missing, locked, and refused if not empty unless {@code force} empties it. */
    public static FolderLock claim(Path out, String option, boolean force) {
        checkNotHere(out, option);
        Path folder = out;
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(option + " " + out + " is a file, not a folder; give a folder for the results");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot create " + option + " " + out, e), e);
        }
        FolderLock lock = FolderLock.take(folder);
        try {
            List<Path> inside = contents(folder);
            if (!inside.isEmpty()) {
                if (!force) {
                    throw new IllegalArgumentException(option + " " + out + " is not empty (it holds " + names(inside)
                            + "); choose a new folder, or add --force to empty it first"
                            + (inside.contains(folder.resolve("progress.json")) ? "; to finish an interrupted sweep"
                            + " use `alliance-sim sweep --resume " + out + "`" : ""));
                }
                List<Path> foreign = inside.stream().filter(p -> !isOurs(p)).toList();
                if (!foreign.isEmpty()) {
                    throw new IllegalArgumentException(option + " " + out + " does not look like a result folder (it holds "
                            + names(foreign) + "); --force empties only folders alliance-sim wrote: delete it yourself"
                            + " or choose another folder");
                }
                for (Path p : inside) {
                    deleteTree(p);
                }
            }
            return lock;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException(FileErrors.describe("cannot empty " + out, e), e);
        }
    }

    /**
     * Refuses an empty path and any path that is the current folder or one of its parents (a
     * forced --out there would empty the folder the user works in); returns the absolute path.
     */
    public static Path checkNotHere(Path out, String option) {
        if (out == null || out.toString().isBlank()) {
            throw new IllegalArgumentException(option + " needs a folder name, e.g. " + option + " results/my-run");
        }
        Path abs = out.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        if (here.startsWith(abs)) {
            throw new IllegalArgumentException(option + " " + out + " is the current folder or one of its parents;"
                    + " give a new folder for the results, e.g. " + option + " results/my-run");
        }
        return abs;
    }

    /** True if {@code a} and {@code b} are the same folder or one lies inside the other (paths resolved). */
    public static boolean overlap(Path a, Path b) {
        Path x = real(a);
        Path y = real(b);
        return x.startsWith(y) || y.startsWith(x);
    }

    /** The real path of a folder (symbolic links and ./.. resolved), or its absolute path if it does not exist. */
    public static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static boolean isOurs(Path p) {
        String name = p.getFileName().toString();
        return OURS.contains(name) || name.endsWith(".tmp");
    }

    private static List<Path> contents(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> !p.getFileName().toString().equals(FolderLock.FILE)).sorted().toList();
        }
    }

    private static String names(List<Path> paths) {
        List<String> n = paths.stream().map(p -> p.getFileName().toString()).toList();
        return n.size() <= 4 ? String.join(", ", n) : String.join(", ", n.subList(0, 4)) + " and " + (n.size() - 4) + " more";
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(p)) {
                for (Path q : s.toList()) {
                    deleteTree(q);
                }
            }
        }
        Files.delete(p);
    }
}
