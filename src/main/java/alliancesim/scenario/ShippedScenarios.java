package alliancesim.scenario;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scenarios the project ships, in its own scenarios/ folder: a user's scenario elsewhere can
 * {@code extends: baseline} and get the shipped one when no file of that name is beside it. The
 * project folder is where the code was loaded from (target/alliance-sim.jar or target/classes), so
 * it does not depend on the folder the command is run from.
 */
final class ShippedScenarios {
    private ShippedScenarios() {
    }

    static Optional<Path> find(String name) {
        return folder().map(f -> f.resolve(name + ".yaml")).filter(Files::isRegularFile);
    }

    /**
     * For a scenario file that does not exist: " — did you mean 'scenarios/baseline.yaml'?" when its
     * name is close to a shipped scenario's, the path written from the current folder when it lies
     * inside it; "" when nothing is close.
     */
    static String suggestion(Path missing) {
        Path name = missing.getFileName();
        Optional<Path> folder = folder();
        if (name == null || folder.isEmpty()) {
            return "";
        }
        List<String> shipped;
        try (Stream<Path> files = Files.list(folder.get())) {
            shipped = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            return ""; // only a hint: the error says the file is missing either way
        }
        String typed = name.toString().replaceFirst("\\.ya?ml$", "");
        Path here = Path.of("").toAbsolutePath();
        Path shown = folder.get().toAbsolutePath().startsWith(here) ? here.relativize(folder.get().toAbsolutePath())
                : folder.get().toAbsolutePath();
        List<String> close = DidYouMean.closest(typed, shipped);
        if (close.size() > 1 && DidYouMean.distance(typed, close.get(0)) < DidYouMean.distance(typed, close.get(1))) {
            close = close.subList(0, 1);
        }
        List<String> paths = close.stream().map(n -> "'" + shown.resolve(n + ".yaml") + "'").toList();
        return paths.isEmpty() ? "" : paths.size() == 1 ? " — did you mean " + paths.get(0) + "?"
                : " — did you mean one of " + String.join(", ", paths) + "?";
    }

    /** The project's scenarios/ folder, if the code runs from a build of the project. */
    static Optional<Path> folder() {
        java.security.CodeSource source = ShippedScenarios.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty(); // an unusual class loader: only files beside the scenario count
        }
        try {
            Path target = Path.of(source.getLocation().toURI()).getParent(); // target/, for the jar and target/classes
            Path project = target == null ? null : target.getParent();
            return Optional.ofNullable(project).map(p -> p.resolve("scenarios")).filter(Files::isDirectory);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not a file location (a jar inside a jar): only files beside the scenario count
        }
    }
}
