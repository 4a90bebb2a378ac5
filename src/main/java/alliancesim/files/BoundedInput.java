package alliancesim.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A file read through a stream that ends after a given number of bytes: a reader never takes more
 * than it was told to trust (the bytes a sweep committed, the size a file of settings may have),
 * whatever the file has grown to or whatever device it is. Only a regular file, not a link, opens.
 */
public final class BoundedInput extends FilterInputStream {
    private long left;

    private BoundedInput(InputStream in, long limit) {
        super(in);
        this.left = limit;
    }

    /** The first {@code limit} bytes of {@code file}; refuses a link, a device, a FIFO or a folder (as invalid input). */
    public static InputStream open(Path file, long limit) throws IOException {
        regular(file);
        return new BoundedInput(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), limit);
    }

    /** Refuses, as invalid input, anything at {@code file} but a regular file that is not a link. */
    public static void regular(Path file) {
        if (Files.isSymbolicLink(file)) {
            throw new InvalidInputException(file + " is a symbolic link; alliance-sim reads only regular files it"
                    + " can trust: give the file it points to, or copy it here");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(file + (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? " is not a regular file (a folder, a device or a pipe); give a regular file" : " does not exist"));
        }
    }

    @Override
    public int read() throws IOException {
        if (left <= 0) {
            return -1;
        }
        int b = super.read();
        left -= b < 0 ? 0 : 1;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
            return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        left -= Math.max(n, 0);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, left));
        left -= skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(super.available(), left);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
