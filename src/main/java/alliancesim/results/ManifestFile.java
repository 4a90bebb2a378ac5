package alliancesim.results;

import alliancesim.files.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes manifest.json as a {@link ResultManifest}. A folder of a newer schema than this
 * build knows is refused, naming both versions; a folder without a version (written before the schema
 * had one) is version 1, whose fields this build still reads.
 */
public final class ManifestFile {
    public static final String NAME = "manifest.json";
    /** 2: the schema version itself. 1: folders written before manifests carried a version. */
    public static final int SCHEMA_VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ManifestFile() {
    }

    /** Writes the manifest into {@code folder}, atomically. */
    public static void write(Path folder, ResultManifest manifest) {
        AtomicFiles.write(folder.resolve(NAME), out -> {
            JSON.writeValue(out, manifest);
            out.write('\n');
        });
    }

    /** Whether the folder has a manifest (as a regular file). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(NAME));
    }

    /**
     * The folder's manifest; a file that is not JSON or not a manifest of a schema this build reads is
     * refused as {@link DamagedManifestException} naming the file and what to do.
     */
    public static ResultManifest read(Path folder) {
        Path file = folder.resolve(NAME);
        JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new DamagedManifestException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not the JSON alliance-sim writes (the file was edited or cut short); restore it as alliance-sim"
                    + " wrote it, or run the command that made the folder again");
        } catch (IOException e) {
            throw new DamagedManifestException(file + " cannot be read (" + e.getMessage() + "): restore it as"
                    + " alliance-sim wrote it, or run the command that made the folder again");
        }
        if (tree == null || !tree.isObject()) {
            throw new DamagedManifestException(file + " is not a JSON object: restore it as alliance-sim wrote it, or"
                    + " run the command that made the folder again");
        }
        int version = tree.path("schema_version").asInt(1);
        if (version > SCHEMA_VERSION) {
            throw new DamagedManifestException(file + " has schema version " + version + ", newer than the "
                    + SCHEMA_VERSION + " this alliance-sim reads: read the folder with the version that wrote it ("
                    + tree.path("tool").path("version").asText("newer") + ") or a later one");
        }
        if (version < 1) {
            throw new DamagedManifestException(file + " has schema version " + version + ", which no alliance-sim"
                    + " wrote: restore it as alliance-sim wrote it");
        }
        try {
            return JSON.treeToValue(tree, ResultManifest.class);
        } catch (JsonProcessingException e) {
            throw new DamagedManifestException(file + " (schema version " + version + ") is damaged ("
                    + e.getOriginalMessage() + "): restore it as alliance-sim wrote it, or run the command that made the"
                    + " folder again");
        }
    }

    /** A record as the JSON object it is written as, keys in the file's order (for hashes and differences). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object record) {
        return JSON.convertValue(record, LinkedHashMap.class);
    }

    /** A manifest that is missing, unreadable, damaged or of a schema this build does not read. */
    public static final class DamagedManifestException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public DamagedManifestException(String message) {
            super(message);
        }
    }
}
