package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest records the commit the code was built from, whatever repository the command runs in. */
class GitCommitTest {
    @TempDir
    Path dir;

    private static String git(Path where, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t", "-c",
                "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(where.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        return p.exitValue() == 0 ? out : "";
    }

    private static boolean hasGit() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void theManifestNamesTheBuildsCommitNotTheCurrentFoldersRepository() throws Exception {
        assumeTrue(hasGit(), "needs git to make another repository");
        Path other = Files.createDirectories(dir.resolve("other-repo"));
        git(other, "init", "-q");
        Files.writeString(other.resolve("a.txt"), "x");
        git(other, "add", "a.txt");
        git(other, "commit", "-q", "-m", "other");
        String otherHead = git(other, "rev-parse", "HEAD");
        assumeTrue(otherHead.matches("[0-9a-f]{40}"), "could not make a commit in a temporary repository");

        Path out = dir.resolve("out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                Path.of("scenarios/baseline.yaml").toAbsolutePath().toString(), "--replications", "1", "--months", "3",
                "--out", out.toString()));
        Process child = new ProcessBuilder(command).directory(other.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        assertEquals(0, child.waitFor(), Files.readString(dir.resolve("child.log")));
        String manifest = Files.readString(out.resolve("manifest.json"));
        String built = GitCommit.current();
        assertFalse(manifest.contains(otherHead), manifest);
        assertEquals(1, manifest.split("\"git_commit\" : \"" + built + "\"", -1).length - 1, manifest);
        assertFalse(Files.exists(other.resolve(".git/index.lock")));
        String head = git(Path.of("."), "rev-parse", "HEAD");
        if (!"unknown".equals(built) && !head.isEmpty()) {
            assertEquals(head, built.substring(0, 40), "built from this checkout's HEAD");
        }
    }
}
