package alliancesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A copy of a result folder that a test may damage, or kill a command in; what lies outside a folder. */
final class FolderCopy {
    private FolderCopy() {
    }

    /** Copies {@code from} and everything under it to {@code to}, replacing what is there. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /**
     * Every file under {@code root} but those in {@code folder}, by relative path, with a digest of its bytes and its
     * modification time: equal before and after a command when it changed nothing outside its folder.
     */
    static Map<String, String> outside(Path root, Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.startsWith(folder)).toList()) {
                byte[] digest;
                try {
                    digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException("every Java has SHA-256", e);
                }
                files.put(root.relativize(p).toString(), HexFormat.of().formatHex(digest) + " "
                        + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
