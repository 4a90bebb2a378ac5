package alliancesim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attacks of issue #23 on --force and on links: each must leave the user's files as they were. */
class FolderSafetyTest {
    @TempDir
    Path dir;

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void forceRefusesAUserFolderWhoseNamesLookLikeOursAndLeavesNoLockBehind() throws IOException {
        Path photos = dir.resolve("photos");
        write(photos.resolve("before/IMG_0001.jpg"), "jpeg 1");
        write(photos.resolve("after/IMG_0002.jpg"), "jpeg 2");
        write(photos.resolve("charts/thesis-fig1.pdf"), "pdf");
        write(photos.resolve("notes.tmp"), "notes");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OutputFolder.claim(photos, "--out", true));
        assertTrue(e.getMessage().contains("holds files alliance-sim did not write (after"), e.getMessage());
        assertEquals("jpeg 1", Files.readString(photos.resolve("before/IMG_0001.jpg")));
        assertEquals("jpeg 2", Files.readString(photos.resolve("after/IMG_0002.jpg")));
        assertEquals("pdf", Files.readString(photos.resolve("charts/thesis-fig1.pdf")));
        assertEquals("notes", Files.readString(photos.resolve("notes.tmp")));
        assertFalse(Files.exists(photos.resolve(FolderLock.FILE)), "a refused claim leaves no lock file behind");
    }

    @Test
    void forceRefusesAForeignFileInsideAFolderWeWroteNamingIt() throws IOException {
        Path result = Files.createDirectories(dir.resolve("result"));
        FolderLock.take(result).close(); // what every command leaves: a signed lock file
        write(result.resolve("runs.csv"), "point,replicate\n");
        write(result.resolve("charts/front_balance.png"), "png");
        write(result.resolve("charts/thesis-fig1.pdf"), "pdf");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OutputFolder.claim(result, "--out", true));
        assertTrue(e.getMessage().contains("(charts/thesis-fig1.pdf)"), e.getMessage());
        assertEquals("pdf", Files.readString(result.resolve("charts/thesis-fig1.pdf")));
        assertTrue(Files.exists(result.resolve("runs.csv")));
        assertTrue(Files.exists(result.resolve(FolderLock.FILE)), "the folder's own lock stays");
    }

    @Test
    void forceEmptiesAFolderWeWroteWithItsChartsHalvesAndAtomicTemporaries() throws IOException {
        Path result = Files.createDirectories(dir.resolve("result"));
        FolderLock.take(result).close();
        write(result.resolve("summary.csv"), "x");
        write(result.resolve("report.html.tmp"), "half");
        write(result.resolve("charts/summary.png"), "png");
        write(result.resolve("charts/summary.svg.tmp"), "half");
        write(result.resolve("before/manifest.json"), "{\"tool\" : {\"name\" : \"alliance-sim\"}}");
        write(result.resolve("before/runs.csv"), "x");
        try (FolderLock lock = OutputFolder.claim(result, "--out", true)) {
            try (var s = Files.list(result)) {
                assertEquals(java.util.List.of(result.resolve(FolderLock.FILE)), s.toList());
            }
        }
    }

    @Test
    void aTemporaryNameIsOursOnlyInTheAtomicWritersPattern() throws IOException {
        Path result = Files.createDirectories(dir.resolve("result"));
        FolderLock.take(result).close();
        write(result.resolve("notes.tmp"), "notes");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OutputFolder.claim(result, "--out", true));
        assertTrue(e.getMessage().contains("(notes.tmp)"), e.getMessage());
        assertEquals("notes", Files.readString(result.resolve("notes.tmp")));
    }

    @Test
    void aSymlinkedLockIsRefusedAndItsTargetUntouched() throws IOException {
        Path victim = write(dir.resolve("victim.txt"), "precious");
        Path result = Files.createDirectories(dir.resolve("result"));
        Files.createSymbolicLink(result.resolve(FolderLock.FILE), victim);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FolderLock.take(result));
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void aFolderWhoseFilesAreLinksIsRefusedNamingThemBeforeAnythingIsWritten() throws IOException {
        Path victim = write(dir.resolve("victim.csv"), "precious");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path result = Files.createDirectories(dir.resolve("result"));
        Files.createSymbolicLink(result.resolve("runs.csv"), victim);
        Files.createSymbolicLink(result.resolve("charts"), elsewhere);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FolderLock.take(result));
        assertTrue(e.getMessage().contains("(charts, runs.csv)"), e.getMessage());
        assertEquals("precious", Files.readString(victim));
        // the refused take did not take the folder: a later, legitimate take is not blocked
        Files.delete(result.resolve("runs.csv"));
        Files.delete(result.resolve("charts"));
        FolderLock.take(result).close();
    }

    @Test
    void aPathThroughALinkIsSeenAsTheFolderItLeadsTo() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path link = Files.createSymbolicLink(dir.resolve("link-to-input"), input);
        assertTrue(OutputFolder.overlap(link.resolve("sub"), input), "--out link/sub writes inside the input");
        assertEquals(input.toRealPath().resolve("sub/deeper"), OutputFolder.real(link.resolve("sub/deeper")));
        assertFalse(OutputFolder.overlap(dir.resolve("other"), input));
    }

    @Test
    void aDeletedLockFileLetsASecondWriterInButTheFirstOneKnowsAtItsNextCheck() throws IOException {
        Path result = Files.createDirectories(dir.resolve("result"));
        try (FolderLock a = FolderLock.take(result)) {
            a.verify(); // the lock file is the one a holds
            Files.delete(result.resolve(FolderLock.FILE)); // it looks stale: a user removes it
            FolderLock.LockLostException lost = assertThrows(FolderLock.LockLostException.class, a::verify);
            assertTrue(lost.getMessage().contains(FolderLock.FILE + " was deleted while this command held it"),
                    lost.getMessage());
            try (FolderLock b = FolderLock.take(result)) { // b creates and locks a new file of that name
                b.verify();
                lost = assertThrows(FolderLock.LockLostException.class, a::verify);
                assertTrue(lost.getMessage().contains("was replaced by another file"), lost.getMessage());
                assertTrue(lost.getMessage().contains("sweep --resume " + result), lost.getMessage());
            }
        }
    }

    @Test
    void aLockFileReplacedByALinkFailsTheCheck() throws IOException {
        Path result = Files.createDirectories(dir.resolve("result"));
        Path other = write(dir.resolve("other"), "x");
        try (FolderLock a = FolderLock.take(result)) {
            Files.delete(result.resolve(FolderLock.FILE));
            Files.createSymbolicLink(result.resolve(FolderLock.FILE), other);
            assertThrows(FolderLock.LockLostException.class, a::verify);
        }
        assertEquals("x", Files.readString(other), "closing a lost lock writes nothing through the link");
    }
}
