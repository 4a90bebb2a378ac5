package alliancesim.evidence;

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

    static SeedTexts folder(Path dir) {
        return name -> {
            Path f = dir.resolve(name);
            try {
                return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
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
