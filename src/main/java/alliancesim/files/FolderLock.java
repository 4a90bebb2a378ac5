package alliancesim.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One writer at a time in a result folder: an exclusive lock on {@value #FILE} in the folder.
 * The operating system drops the lock when the process dies, however it dies, so a stale lock
 * never blocks a resume. The file says what it is, and while held which process holds it; it is
 * never deleted once a folder is ours (a deleted lock file lets two processes lock two different files).
 * <p>
 * Nothing is written through a symbolic link: the lock file is opened without following links, and a
 * folder whose own files are links is refused before anything is written, naming them.
 * <p>
 * A lock on a file cannot stop that file being deleted: a user who removes {@value #FILE} while a
 * command holds it (it looks stale) lets a second process create and lock a new file of that name.
 * So the lock records the identity of the file it locked (its {@code fileKey}, device and inode on
 * Unix, read without following links), and a writer calls {@link #verify()} before each commit and
 * before writing its final files: if the name no longer names the locked file (deleted, replaced,
 * made a link) it stops there, saying so, and commits nothing more; the runs committed before stay
 * valid and a later resume continues from them. The inode cannot be reused for a new lock file while
 * this one is open, so a second writer's file never passes for the first one's. Where a file system
 * gives no file key, the check falls back to the file's creation time.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE = ".alliance-sim.lock";
    /** The first words of the lock file: how alliance-sim recognises a folder it wrote. */
    static final String SIGNATURE = "alliance-sim result folder lock";
    private static final String FREE = SIGNATURE + ": free\n"
            + "alliance-sim wrote this folder. This file is how it keeps one writer at a time and recognises\n"
            + "the folder as its own; leave it in place (deleting it lets a second writer in).\n";
    private static final Pattern HOLDER = Pattern.compile("held by pid (\\d+)");
    /** Folders of a result folder whose entries are checked for links too. */
    private static final List<String> SUBFOLDERS = List.of("charts", "img", "before", "after", "generations");

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean createdFile;
    private final boolean signedBefore;
    /** What names the locked file: its file key, or its creation time where there is none. */
    private final Object identity;

    private FolderLock(Path folder, FileChannel channel, FileLock lock, boolean createdFile, boolean signedBefore,
                       Object identity) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
        this.createdFile = createdFile;
        this.signedBefore = signedBefore;
        this.identity = identity;
    }

    /** Takes the lock of an existing folder at once, or refuses naming the process that holds it. */
    public static FolderLock take(Path folder) {
        Path file = folder.resolve(FILE);
        if (Files.isSymbolicLink(file)) {
            throw new InvalidInputException(file + " is a symbolic link; alliance-sim never writes through a link."
                    + " Remove the link (it is not a file alliance-sim made), then try again");
        }
        FileChannel ch;
        boolean created;
        try {
            try {
                ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                created = true;
            } catch (FileAlreadyExistsException exists) {
                ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                created = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot lock the folder " + folder, e), e);
        }
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this same process (another command in this JVM)
        } catch (IOException e) {
            close(ch);
            throw new UncheckedIOException(FileErrors.describe("cannot lock the folder " + folder, e), e);
        }
        if (lock == null) {
            String holder = holder(file);
            close(ch);
            throw new FolderBusyException(folder + " is in use by another alliance-sim process"
                    + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                    + "; wait for it to finish or stop it, then try again (one writer at a time per folder)");
        }
        FolderLock held;
        try {
            boolean signed = read(ch).startsWith(SIGNATURE);
            Object identity = identity(file);
            if (identity == null) {
                throw new java.nio.file.NoSuchFileException(file.toString(), null, "deleted while it was being locked");
            }
            held = new FolderLock(folder, ch, lock, created, signed, identity);
        } catch (IOException e) {
            close(ch);
            throw new UncheckedIOException(FileErrors.describe("cannot lock the folder " + folder, e), e);
        }
        List<String> links = links(folder);
        if (!links.isEmpty()) {
            held.release();
            throw new InvalidInputException(folder + " holds symbolic links where alliance-sim writes its files ("
                    + String.join(", ", links) + "); alliance-sim never writes through a link: remove them, or"
                    + " choose another folder");
        }
        try {
            held.write(SIGNATURE + ": held by pid " + ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            held.release();
            throw new UncheckedIOException(FileErrors.describe("cannot lock the folder " + folder, e), e);
        }
        return held;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Checks that {@value #FILE} still names the file this lock holds; if it was deleted or replaced, another
     * process may be writing the folder, and this one stops before it commits anything more.
     *
     * @throws LockLostException naming the lock file and what happened to it
     */
    public void verify() {
        Path file = folder.resolve(FILE);
        Object now;
        try {
            now = identity(file);
        } catch (IOException e) {
            throw new LockLostException(file + " can no longer be read (" + e.getMessage() + ")", folder);
        }
        if (now == null) {
            throw new LockLostException(file + " was deleted while this command held it", folder);
        }
        if (!now.equals(identity)) {
            throw new LockLostException(file + " was replaced by another file while this command held it", folder);
        }
    }

    /** The identity of a regular file, without following links; null if there is none by that name. */
    private static Object identity(Path file) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        if (!a.isRegularFile()) {
            return "not a regular file";
        }
        return a.fileKey() != null ? a.fileKey() : a.creationTime();
    }

    /** True if the lock file said it was alliance-sim's before this lock was taken: the folder was ours already. */
    boolean signedBefore() {
        return signedBefore;
    }

    /**
     * Releases the lock of a folder a command was refused, and removes the lock file if this lock made
     * it: a refused command leaves a user's folder as it found it.
     */
    void abandon() {
        if (createdFile) {
            try {
                Files.deleteIfExists(folder.resolve(FILE));
            } catch (IOException ignored) {
                // a lock file left behind is harmless; the refusal is what the user must see
            }
            release();
        } else {
            close();
        }
    }

    @Override
    public void close() {
        try {
            write(FREE);
        } catch (IOException e) {
            // the OS releases the lock when the channel closes or the process ends
        }
        release();
    }

    private void release() {
        try {
            lock.release();
        } catch (IOException e) {
            // the OS releases the lock when the channel closes or the process ends
        } finally {
            close(channel);
        }
    }

    private void write(String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
    }

    /** The symbolic links among a folder's own files and those of its known subfolders, as relative paths. */
    private static List<String> links(Path folder) {
        List<String> links = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        dirs.add(folder);
        for (String sub : SUBFOLDERS) {
            Path d = folder.resolve(sub);
            if (Files.isSymbolicLink(d)) {
                links.add(sub);
            } else if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                dirs.add(d);
            }
        }
        for (Path d : dirs) {
            try (Stream<Path> s = Files.list(d)) {
                s.filter(Files::isSymbolicLink).sorted().forEach(p -> links.add(folder.relativize(p).toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(FileErrors.describe("cannot read the folder " + d, e), e);
            }
        }
        return links.stream().distinct().toList();
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(256);
        ch.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
    }

    private static String holder(Path file) {
        try {
            byte[] head = new byte[256];
            int n;
            try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                n = Math.max(0, in.readNBytes(head, 0, head.length));
            }
            Matcher m = HOLDER.matcher(new String(head, 0, n, StandardCharsets.US_ASCII));
            return m.find() ? m.group(1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing was written through it that matters
        }
    }

    /**
     * The lock file was deleted or replaced while held: another process may write the folder, so this one stops
     * (exit 2, as for a folder in use).
     */
    public static final class LockLostException extends InvalidInputException {
        private static final long serialVersionUID = 1L;

        LockLostException(String what, Path folder) {
            super(what + "; another alliance-sim process may now be writing " + folder + ", so this one stopped"
                    + " without committing more. The runs committed before are kept. Leave " + FILE + " in place"
                    + " (it is how alliance-sim keeps one writer at a time); once no other alliance-sim process writes"
                    + " the folder, finish with `alliance-sim sweep --resume " + folder + "` (for a sweep) or run the"
                    + " command again");
        }
    }

    /** Another process writes the folder: invalid input, exit 2. */
    public static final class FolderBusyException extends InvalidInputException {
        private static final long serialVersionUID = 1L;

        public FolderBusyException(String message) {
            super(message);
        }
    }
}
