package alliancesim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The commit the running code was built from, for the manifest: written into the jar at build
 * time (pom.xml, maven-antrun-plugin), so it never depends on the folder the tool runs in.
 * "unknown" when the build was made outside a git checkout or without git.
 */
final class GitCommit {
    static final String RESOURCE = "/alliance-sim-build.properties";

    private GitCommit() {
    }

    static String current() {
        try (InputStream in = GitCommit.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String commit = p.getProperty("git.commit", "").strip();
            return commit.matches("[0-9a-f]{40}(-dirty)?") ? commit : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
