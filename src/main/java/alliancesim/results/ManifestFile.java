package alliancesim.results;

import alliancesim.files.AtomicFiles;
import alliancesim.files.InvalidInputException;
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
    /**
     * 2: the schema version itself. 1: folders written before manifests carried a version. Raised only when a build
     * of the version before would mis-read a manifest: a field that changes meaning, or one a reader must have. A new
     * optional field (output_titles came so, after version 2) keeps the version: readers ignore fields they do not
     * know ({@code ignoreUnknown} on {@link ResultManifest}, since version 1) and fall back where one is absent
     * (titles are then read word by word), while a raised version would make every older build refuse the folder.
     */
    public static final int SCHEMA_VERSION = 2;
    /** The bytes read again to find where a damaged field is; a manifest is a few kilobytes. */
    private static final long LOCATE_LIMIT = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ManifestFile() {
    }

    /** The records of a scenario's input files whose {@code file} is written relative to the result folder. */
    private static final String[] INPUT_FILES = {"posterior", "hindcast"};

    /**
     * Writes the manifest into {@code folder}, atomically. A posterior's (and hindcast's) file is written relative to
     * the folder ("../../seeds/calibration/current/posterior.csv"), beside its SHA-256, so the manifest names no
     * absolute path of the machine and still finds the file when the project and its results move together.
     */
    public static void write(Path folder, ResultManifest manifest) {
        JsonNode tree = JSON.valueToTree(manifest);
        inputFiles(tree, file -> {
            Path path = Path.of(file).toAbsolutePath().normalize(); // as the process named it
            try {
                return folder.toAbsolutePath().normalize().relativize(path).toString();
            } catch (IllegalArgumentException e) {
                return path.toString(); // another root (a drive of its own): only the absolute path can name it
            }
        });
        AtomicFiles.write(folder.resolve(NAME), out -> {
            JSON.writeValue(out, tree);
            out.write('\n');
        });
    }

    /** Each input file's record in the manifest's scenario, its {@code file} replaced by {@code change} of it. */
    private static void inputFiles(JsonNode tree, java.util.function.UnaryOperator<String> change) {
        JsonNode scenario = tree.path("scenario");
        for (String input : INPUT_FILES) {
            if (scenario.path(input).path("file").isTextual()) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) scenario.path(input)).put("file",
                        change.apply(scenario.path(input).path("file").asText()));
            }
        }
    }

    /** Whether the folder has a manifest (as a regular file). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(NAME));
    }

    /**
     * Why a folder without a manifest is not a result, when it is a run that stopped before it finished: a run writes
     * its manifest last, after timeseries.csv and runs.csv, so data files without one are a run that was killed (or
     * lost its lock) while it committed them. Empty if the folder has a manifest or none of those files.
     */
    public static java.util.Optional<String> unfinished(Path folder) {
        if (exists(folder)) {
            return java.util.Optional.empty();
        }
        for (String data : new String[] {"timeseries.csv", "runs.csv"}) {
            if (Files.exists(folder.resolve(data), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return java.util.Optional.of(folder + " is an unfinished run: it has " + data + " but no " + NAME
                        + ", which a run writes last (it was stopped, or lost its lock, before it finished); "
                        + finish(folder));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * How to finish a stopped run's folder: `run` again into it; a what-if's half (before/ or after/ inside a folder
     * locked as a result folder, the what-if's) by the what-if again, forced, since a what-if does not finish a half
     * in place.
     */
    private static String finish(Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        String name = String.valueOf(folder.getFileName());
        if ((name.equals("before") || name.equals("after")) && parent != null
                && Files.exists(parent.resolve(alliancesim.files.FolderLock.FILE), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Path whatif = folder.getParent() == null ? parent : folder.getParent();
            return "it is half of a what-if: run the `alliance-sim whatif` command that made it again with --out "
                    + whatif + " --force";
        }
        return "run the `alliance-sim run` command that made it again with --out " + folder + ": it runs the"
                + " replicates again and finishes the folder (another command needs --force to write there)";
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
        // a posterior's file is written relative to the folder; folders written before that give it absolute,
        // which resolves to itself, so both read the same
        Path base = folder.toAbsolutePath().normalize();
        inputFiles(tree, f -> {
            try {
                return base.resolve(f).normalize().toString();
            } catch (java.nio.file.InvalidPathException e) {
                return f; // not a path: shown as it is
            }
        });
        ResultManifest m;
        try {
            m = JSON.treeToValue(tree, ResultManifest.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            StringBuilder pointer = new StringBuilder();
            StringBuilder name = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
                if (r.getFieldName() != null) {
                    pointer.append('/').append(r.getFieldName());
                    name.append(name.isEmpty() ? "" : ".").append(r.getFieldName());
                } else {
                    pointer.append('/').append(r.getIndex());
                    name.append('[').append(r.getIndex()).append(']');
                }
            }
            JsonNode found = tree.at(pointer.toString());
            String expected = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi
                    && mi.getTargetType() != null ? " where alliance-sim writes " + kindOf(mi.getTargetType()) : "";
            throw damaged(file, pointer.toString(), (name.isEmpty() ? "the manifest" : name.toString()) + " holds "
                    + describe(found) + expected);
        } catch (JsonProcessingException e) {
            throw damaged(file, "", "it is not a manifest of schema version " + version + " (" + e.getOriginalMessage()
                    + ")");
        }
        return checked(file, m);
    }

    /** The fields a reader relies on, present and of their form; a damaged one named with its line and column. */
    private static ResultManifest checked(Path file, ResultManifest m) {
        String start = m.scenario() == null ? null : m.scenario().start();
        if (start != null) {
            try {
                java.time.YearMonth.parse(start);
            } catch (java.time.format.DateTimeParseException e) {
                throw damaged(file, "/scenario/start", "scenario.start is '" + start + "', not a month written YYYY-MM");
            }
        }
        if (ResultManifest.COMPARE.equals(m.kind())) {
            if (m.folders() == null || m.folders().isEmpty()
                    || m.folders().stream().anyMatch(f -> f == null || f.folder() == null)) {
                throw damaged(file, "/folders", "a comparison's manifest names the folders it compared under"
                        + " \"folders\", each with its \"folder\", and this one does not");
            }
            if (m.outputs() == null) {
                throw damaged(file, "/outputs", "a comparison's manifest lists the outputs it compared under"
                        + " \"outputs\", and this one does not");
            }
        }
        return m;
    }

    private static DamagedManifestException damaged(Path file, String pointer, String what) {
        return new DamagedManifestException(file + locate(file, pointer) + ": " + what + "; restore it as alliance-sim"
                + " wrote it, or run the command that made the folder again");
    }

    /**
     * ":line:column" of the value at {@code pointer} ("/scenario/start") in the JSON file, or of the closest enclosing
     * value the file has; "" if the file cannot be read again.
     */
    static String locate(Path file, String pointer) {
        com.fasterxml.jackson.core.JsonPointer want = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
        while (true) {
            try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(
                    alliancesim.files.BoundedInput.open(file, LOCATE_LIMIT))) {
                for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t != com.fasterxml.jackson.core.JsonToken.FIELD_NAME && t != com.fasterxml.jackson.core.JsonToken.END_OBJECT
                            && t != com.fasterxml.jackson.core.JsonToken.END_ARRAY
                            && p.getParsingContext().pathAsPointer().equals(want)) {
                        com.fasterxml.jackson.core.JsonLocation at = p.currentTokenLocation();
                        return ":" + at.getLineNr() + ":" + at.getColumnNr();
                    }
                }
            } catch (IOException | RuntimeException e) {
                return "";
            }
            if (want.matches()) {
                return "";
            }
            want = want.head(); // not in the file (a missing field): where its parent is
        }
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        text = text.length() <= 40 ? text : text.substring(0, 37) + "...";
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "the text " + text;
            case NUMBER -> "the number " + text;
            case BOOLEAN -> text;
            case NULL -> "null";
            default -> text;
        };
    }

    private static String kindOf(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "an object";
    }

    /** A record as the JSON object it is written as, keys in the file's order (for hashes and differences). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object record) {
        return JSON.convertValue(record, LinkedHashMap.class);
    }

    /** A manifest that is missing, unreadable, damaged or of a schema this build does not read. */
    public static final class DamagedManifestException extends InvalidInputException {
        private static final long serialVersionUID = 1L;

        public DamagedManifestException(String message) {
            super(message);
        }
    }
}
