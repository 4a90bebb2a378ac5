package alliancesim.evidence;

import alliancesim.files.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The seed articles and evidence.yaml, from a folder (the project's seeds/) or bundled in the jar. */
public interface SeedTexts {
    /** The text of a file in seeds/, if it exists. */
    Optional<String> read(String fileName);

    /** The most a seed article or evidence.yaml may hold: the longest article is a few hundred KiB. */
    long MAX_BYTES = 16L << 20;

    /** Only regular files are read (a device or a FIFO is not one), through a stream that stops past {@link #MAX_BYTES}. */
    static SeedTexts folder(Path dir) {
        return name -> {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(f)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new InvalidInputException(f + " is larger than " + (MAX_BYTES >> 20) + " MiB, more than a"
                            + " seed article or evidence.yaml holds; is this the right file?");
                }
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }

    /** The copy packaged into the jar, so `params` works from any folder. */
    static SeedTexts bundled() {
        return name -> {
            try (InputStream in = SeedTexts.class.getResourceAsStream("/seeds/" + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }
}
