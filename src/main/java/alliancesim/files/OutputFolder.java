package alliancesim.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Claims the folder a command writes: a new folder, or an empty one, locked for this process.
 * A folder that holds anything is refused unless forced, and even forced it is emptied only if
 * everything in it is something alliance-sim wrote ({@link OwnFiles}), so a mistyped --out never
 * deletes a user's file.
 */
public final class OutputFolder {
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
            throw new InvalidInputException(option + " " + out + " is a file, not a folder; give a folder for the results");
        }
        boolean existed = Files.exists(folder);
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
                    throw new InvalidInputException(option + " " + out + " is not empty (it holds " + names(inside)
                            + "); choose a new folder, or add --force to empty it first"
                            + (inside.contains(folder.resolve("progress.json")) ? "; to finish an interrupted sweep"
                            + " use `alliance-sim sweep --resume " + out + "`" : ""));
                }
                Optional<String> foreign = OwnFiles.firstForeign(folder, lock.signedBefore());
                if (foreign.isPresent()) {
                    throw new InvalidInputException(option + " " + out + " holds files alliance-sim did not write ("
                            + foreign.get() + "); --force removes only what alliance-sim wrote: move them away, or"
                            + " choose another folder");
                }
                for (Path p : inside) {
                    deleteTree(p);
                }
            }
            return lock;
        } catch (RuntimeException e) {
            abandon(lock, folder, existed);
            throw e;
        } catch (IOException e) {
            abandon(lock, folder, existed);
            throw new UncheckedIOException(FileErrors.describe("cannot empty " + out, e), e);
        }
    }

    /** A refused claim leaves the folder as it was: no lock file it did not have, no folder it did not have. */
    private static void abandon(FolderLock lock, Path folder, boolean existed) {
        lock.abandon();
        if (!existed) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException ignored) {
                // not empty after all, or gone: either way nothing of the user's is touched
            }
        }
    }

    /**
     * Refuses an empty path and any path that is the current folder or one of its parents (a
     * forced --out there would empty the folder the user works in); returns the absolute path.
     */
    public static Path checkNotHere(Path out, String option) {
        if (out == null || out.toString().isBlank()) {
            throw new InvalidInputException(option + " needs a folder name, e.g. " + option + " results/my-run");
        }
        Path abs = out.toAbsolutePath().normalize();
        Path here = real(Path.of(""));
        if (here.startsWith(abs) || here.startsWith(real(out))) {
            throw new InvalidInputException(option + " " + out + " is the current folder or one of its parents;"
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

    /**
     * The real path of a folder, symbolic links and ./.. resolved; for a path not yet made, the real
     * path of its nearest existing parent with the rest appended (a link higher up still counts).
     */
    public static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path rest = abs.getRoot().relativize(abs);
        for (int i = rest.getNameCount(); i >= 0; i--) {
            Path head = i == 0 ? abs.getRoot() : abs.getRoot().resolve(rest.subpath(0, i));
            try {
                Path realHead = head.toRealPath();
                return i == rest.getNameCount() ? realHead : realHead.resolve(rest.subpath(i, rest.getNameCount()));
            } catch (IOException notThere) {
                // try the parent
            }
        }
        return abs;
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
