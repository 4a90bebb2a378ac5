package alliancesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTest {
    @TempDir
    Path dir;

    /** FIPS 180-2's example: SHA-256("abc"). */
    @Test
    void theDigestOfAbcIsThePublishedOne() throws IOException {
        Path f = Files.writeString(dir.resolve("posterior.csv"), "abc");
        assertEquals(Optional.of("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), FileDigest.sha256(f));
    }

    @Test
    void aFileThatIsNotThereHasNone() {
        assertEquals(Optional.empty(), FileDigest.sha256(dir.resolve("gone.csv")));
    }
}
