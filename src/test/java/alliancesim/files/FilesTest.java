package alliancesim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesTest {
    @TempDir
    Path dir;

    @Test
    void foldersClaimedInTheSameSecondAreDistinct() throws Exception {
        // Six commands started in the same second, at once: six folders, named stamp, stamp-2 ... stamp-6.
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Path>> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            claims.add(pool.submit(() -> {
                try (FolderLock lock = OutputFolder.createNew(dir.resolve("baseline"), "20261126-031500")) {
                    return lock.folder();
                }
            }));
        }
        Set<String> names = new HashSet<>();
        for (Future<Path> f : claims) {
            names.add(f.get().getFileName().toString());
        }
        pool.shutdown();
        assertEquals(Set.of("20261126-031500", "20261126-031500-2", "20261126-031500-3", "20261126-031500-4",
                "20261126-031500-5", "20261126-031500-6"), names);
    }

    @Test
    void aSecondLockOfAFolderIsRefusedNamingTheHolderAndTheReleasedLockSaysWhatItIs() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("f"));
        try (FolderLock held = FolderLock.take(folder)) {
            assertEquals("alliance-sim result folder lock: held by pid " + ProcessHandle.current().pid() + "\n",
                    Files.readString(folder.resolve(FolderLock.FILE)));
            FolderLock.FolderBusyException e = assertThrows(FolderLock.FolderBusyException.class, () -> FolderLock.take(folder));
            assertTrue(e.getMessage().contains(folder + " is in use by another alliance-sim process (pid "
                    + ProcessHandle.current().pid() + ")"), e.getMessage());
        }
        assertTrue(Files.readString(folder.resolve(FolderLock.FILE)).startsWith("alliance-sim result folder lock: free\n"
                + "alliance-sim wrote this folder."), "a released lock says what it is");
        FolderLock.take(folder).close(); // released: free again
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("report.html");
        AtomicFiles.writeString(file, "old and whole");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new ");
            out.flush();
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + file + ": the disk is full (free some space)", e.getMessage());
        assertEquals("old and whole", Files.readString(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList());
        }
    }

    @Test
    void aWriterStoppedByAnyExceptionLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("runs.csv");
        AtomicFiles.writeString(file, "old and whole");
        // as a lost lock stops a writer in the middle of a file
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new ");
            out.flush();
            throw new IllegalArgumentException("the lock file was deleted");
        }));
        assertEquals("the lock file was deleted", e.getMessage());
        assertEquals("old and whole", Files.readString(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList());
        }
    }

    @Test
    void aPngIsEncodedInMemoryNotInTheSystemTempFolder() throws IOException {
        Path tmp = dir.resolve("java-tmp");
        Files.createDirectories(tmp);
        // ImageIO's file cache would write imageio*.tmp to its cache folder; point it here and check it stays empty.
        javax.imageio.ImageIO.setCacheDirectory(tmp.toFile());
        try {
            AtomicFiles.writePng(dir.resolve("a.png"), new java.awt.image.BufferedImage(40, 30,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB));
        } finally {
            javax.imageio.ImageIO.setCacheDirectory(null);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.count());
        }
        byte[] png = Files.readAllBytes(dir.resolve("a.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void ioErrorsAreDescribedInWords() {
        assertEquals("cannot write x: permission denied (/r/x is not writable by this user)",
                FileErrors.describe("cannot write x", new AccessDeniedException("/r/x")));
        assertEquals("cannot write x: the disk is full (free some space)",
                FileErrors.describe("cannot write x", new IOException("No space left on device")));
    }
}
