package alliancesim.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Turns an I/O exception into words a user can act on, instead of a bare exception name. */
public final class FileErrors {
    private FileErrors() {
    }

    /** "{@code what}: the reason" - e.g. "cannot write results/x/runs.csv: the disk is full". */
    public static String describe(String what, IOException e) {
        return what + ": " + reason(e);
    }

    public static String reason(IOException e) {
        // A FileSystemException's message repeats the file; its reason is the cause alone.
        String msg = e instanceof FileSystemException fs ? (fs.getReason() == null ? "" : fs.getReason())
                : e.getMessage() == null ? "" : e.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "the disk is full (free some space)";
        }
        if (lower.contains("quota")) {
            return "the disk quota is exceeded (free some space)";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
            return "permission denied (" + file(e) + " is not writable by this user)";
        }
        if (lower.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (e instanceof NoSuchFileException) {
            return file(e) + " does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return file(e) + " is not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return file(e) + " already exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return msg.isEmpty() ? "an input/output error" : msg;
    }

    private static String file(IOException e) {
        return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "the folder";
    }
}
