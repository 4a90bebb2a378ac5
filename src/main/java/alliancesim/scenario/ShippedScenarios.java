package alliancesim.scenario;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
