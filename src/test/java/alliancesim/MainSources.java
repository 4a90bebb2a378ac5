package alliancesim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Java sources of src/main, each with its package under alliancesim, for the tests of DESIGN's rules. */
record MainSources(String pkg, Path file, String text) {
    static final Path ROOT = Path.of("src/main/java/alliancesim");

    static List<MainSources> all() throws IOException {
        List<MainSources> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.add(new MainSources(ROOT.relativize(f).getName(0).toString(), f, Files.readString(f)));
            }
        }
        return sources;
    }
}
