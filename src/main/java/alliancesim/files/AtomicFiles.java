package alliancesim.files;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a file under a temporary name in its own folder and renames it into place, so a kill or
 * a full disk never leaves half a file under the final name. Failures name the file and the cause.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    @FunctionalInterface
    public interface BinaryBody {
        void write(OutputStream out) throws IOException;
    }

    /** Text in UTF-8. */
    public static void write(Path target, Body body) {
        writeBytes(target, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        });
    }

    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text));
    }

    /**
     * A PNG encoded in memory: ImageIO's default file cache would leave imageio*.tmp files in the
     * system temp folder if the process were killed while encoding.
     */
    public static void writePng(Path target, RenderedImage image) {
        writeBytes(target, out -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
                if (!ImageIO.write(image, "png", stream)) {
                    throw new IOException("no PNG encoder in this Java runtime");
                }
            }
            bytes.writeTo(out);
        });
    }

    public static void writeBytes(Path target, BinaryBody body) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                body.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            removeQuietly(tmp);
            throw new UncheckedIOException(FileErrors.describe("cannot write " + target, e), e);
        } catch (RuntimeException | Error e) {
            removeQuietly(tmp); // a writer that stopped (a lost lock, a bad value) leaves no half file behind
            throw e;
        }
    }

    private static void removeQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the error that stopped the writer is the one to report
        }
    }
}
