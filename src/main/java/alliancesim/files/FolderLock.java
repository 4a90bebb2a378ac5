package alliancesim.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer at a time in a result folder: an exclusive lock on {@value #FILE} in the folder.
 * The operating system drops the lock when the process dies, however it dies, so a stale lock
 * never blocks a resume. The file holds the holder's process id while held and is emptied on
 * release (never deleted: a deleted lock file lets two processes lock two different files).
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE = ".alliance-sim.lock";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of an existing folder at once, or refuses naming the process that holds it. */
    public static FolderLock take(Path folder) {
        Path file = folder.resolve(FILE);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
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
        try {
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(pid), 0);
            ch.force(false);
        } catch (IOException e) {
            close(ch);
            throw new UncheckedIOException(FileErrors.describe("cannot lock the folder " + folder, e), e);
        }
        return new FolderLock(folder, ch, lock);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // the OS releases the lock when the channel closes or the process ends
        } finally {
            close(channel);
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
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

    /** Another process writes the folder: invalid input, exit 2. */
    public static final class FolderBusyException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public FolderBusyException(String message) {
            super(message);
        }
    }
}
