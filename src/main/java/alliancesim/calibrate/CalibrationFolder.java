package alliancesim.calibrate;

import alliancesim.files.AtomicFiles;
import alliancesim.files.InvalidInputException;
import alliancesim.stats.NumberText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a calibration as it runs. Each finished generation is committed as
 * generations/gen-NNN.json (written whole under a temporary name, then renamed; each particle as
 * weight, distance, its z coordinates and its parameters, doubles in full precision, so a resumed
 * calibration continues from exactly the same numbers), and then
 * generations.csv and posterior.csv are rewritten from the committed generations. A kill at any
 * moment leaves whole files; `--resume` reads the gen-NNN.json files and goes on from the last.
 * settings.json, written first, holds what must not change on a resume; each gen-NNN.json records
 * those settings (all but --generations) and their SHA-256, so a settings.json edited by hand (more
 * particles, another seed: a resume that would mix generations of two calibrations) is refused on
 * resume, naming what differs. Generations written before they carried it are not checked.
 */
public final class CalibrationFolder {
    public static final String SETTINGS = "settings.json";
    public static final String POSTERIOR = "posterior.csv";
    public static final String GENERATIONS = "generations.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<String> parameters;

    private final String method;
    /** The settings each committed generation records (what must not change on a resume); empty to read only. */
    private final Map<String, Object> settings;

    /** {@code method}: how particles move (importance or mcmc), written in generations.csv. */
    public CalibrationFolder(Path dir, List<String> parameters, String method) {
        this(dir, parameters, method, Map.of());
    }

    /** A folder whose generations record {@code settings} (as settings.json holds them). */
    public CalibrationFolder(Path dir, List<String> parameters, String method, Map<String, Object> settings) {
        this.dir = dir;
        this.parameters = List.copyOf(parameters);
        this.method = method;
        this.settings = kept(asRead(settings));
    }

    /** The settings a resume must find unchanged: all but the number of generations, which may grow. */
    private static Map<String, Object> kept(Map<String, Object> settings) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(settings);
        m.remove("generations");
        return m;
    }

    /**
     * Refuses a settings.json that is not the one the committed generations were made with, naming what differs.
     *
     * @param saved settings.json as read now
     */
    public void checkSettings(Map<String, Object> saved) {
        Map<String, Object> now = kept(saved);
        String sha = alliancesim.batch.JsonHash.sha256(now);
        for (int g = 0; Files.isRegularFile(generationFile(g)); g++) {
            JsonNode root;
            try {
                root = JSON.readTree(generationFile(g).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + generationFile(g), e);
            }
            JsonNode recorded = root.get("settings_sha256");
            if (recorded == null || recorded.asText().equals(sha)) {
                continue;
            }
            List<String> differ = new ArrayList<>();
            JsonNode was = root.get("settings");
            for (Map.Entry<String, Object> e : now.entrySet()) {
                JsonNode w = was == null ? null : was.get(e.getKey());
                if (w == null || !w.equals(JSON.valueToTree(e.getValue()))) {
                    differ.add(e.getKey() + " is " + e.getValue() + " in settings.json, but generation " + g
                            + " was made with " + w);
                }
            }
            if (differ.isEmpty()) {
                differ.add("SHA-256 " + alliancesim.batch.JsonHash.prefix(sha) + " now, "
                        + alliancesim.batch.JsonHash.prefix(recorded.asText()) + " when generation " + g + " was made");
            }
            throw new InvalidInputException(dir.resolve(SETTINGS) + " was changed since the calibration started ("
                    + String.join("; ", differ) + "): resuming would mix generations of two calibrations; restore"
                    + " settings.json as alliance-sim wrote it, or start a new calibration in another folder");
        }
    }

    public Path dir() {
        return dir;
    }

    /** Starts a fresh calibration: refuses a folder that already holds one. */
    public void create(Map<String, Object> settings) {
        if (Files.exists(dir.resolve(SETTINGS))) {
            throw new InvalidInputException(dir + " already holds a calibration; resume it with --resume " + dir
                    + " or choose another --out");
        }
        AtomicFiles.write(dir.resolve(SETTINGS), out -> out.write(JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(settings) + "\n"));
    }

    /** The settings a calibration was started with (for --resume). */
    public static Map<String, Object> settings(Path dir) {
        Path f = dir.resolve(SETTINGS);
        if (!Files.isRegularFile(f)) {
            throw new InvalidInputException(dir + " has no " + SETTINGS + ": it is not a calibration folder that can be resumed");
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = JSON.readValue(f.toFile(), java.util.LinkedHashMap.class);
            return m;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new InvalidInputException(f + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not the JSON alliance-sim writes (the file was edited or cut short); restore it, or start the"
                    + " calibration again in a new folder");
        } catch (IOException e) {
            throw new UncheckedIOException(alliancesim.files.FileErrors.describe("cannot read " + f, e), e);
        }
    }

    /** The map as settings.json would give it back (JSON numbers and lists), for comparing with a saved one. */
    static Map<String, Object> asRead(Map<String, Object> settings) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = JSON.readValue(JSON.writeValueAsString(settings), java.util.LinkedHashMap.class);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits a generation, then rewrites the files derived from all committed ones. */
    public void commit(Population p, List<Population> all) {
        ObjectNode root = JSON.createObjectNode();
        root.put("generation", p.generation());
        if (Double.isInfinite(p.tolerance())) {
            root.putNull("tolerance");
        } else {
            root.put("tolerance", p.tolerance());
        }
        root.put("accepted", p.accepted());
        root.put("proposals", p.proposals());
        root.put("simulations", p.simulations());
        root.put("proposals_total", p.proposalsTotal());
        root.put("simulations_total", p.simulationsTotal());
        if (!settings.isEmpty()) {
            root.put("settings_sha256", alliancesim.batch.JsonHash.sha256(settings));
            root.set("settings", JSON.valueToTree(settings));
        }
        ArrayNode particles = root.putArray("particles");
        for (int i = 0; i < p.size(); i++) {
            ArrayNode row = particles.addArray();
            row.add(p.weights()[i]);
            row.add(p.distances()[i]);
            for (double v : p.z()[i]) {
                row.add(v);
            }
            for (double v : p.theta()[i]) {
                row.add(v);
            }
        }
        AtomicFiles.write(generationFile(p.generation()), out -> out.write(JSON.writeValueAsString(root) + "\n"));
        rewrite(all);
    }

    /** Rewrites generations.csv and posterior.csv from the committed generations (a kill may have come between). */
    public void rewrite(List<Population> all) {
        writeGenerations(all);
        writePosterior(all.get(all.size() - 1));
    }

    /** The committed generations, in order (a fresh folder: none). */
    public List<Population> committed() {
        List<Population> out = new ArrayList<>();
        for (int g = 0; Files.isRegularFile(generationFile(g)); g++) {
            out.add(read(generationFile(g)));
        }
        return out;
    }

    private Population read(Path f) {
        try {
            JsonNode root = JSON.readTree(f.toFile());
            JsonNode particles = root.get("particles");
            int n = particles.size();
            double[][] theta = new double[n][];
            double[][] z = new double[n][];
            double[] w = new double[n];
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                JsonNode row = particles.get(i);
                w[i] = row.get(0).doubleValue();
                d[i] = row.get(1).doubleValue();
                int dim = (row.size() - 2) / 2;
                z[i] = new double[dim];
                theta[i] = new double[dim];
                for (int k = 0; k < dim; k++) {
                    z[i][k] = row.get(k + 2).doubleValue();
                    theta[i][k] = row.get(k + 2 + dim).doubleValue();
                }
            }
            JsonNode tol = root.get("tolerance");
            return new Population(root.get("generation").intValue(), theta, z, w, d,
                    tol.isNull() ? Double.POSITIVE_INFINITY : tol.doubleValue(), root.get("accepted").longValue(),
                    root.get("proposals").longValue(),
                    root.get("simulations").longValue(), root.get("proposals_total").longValue(),
                    root.get("simulations_total").longValue());
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("cannot read " + f + " (" + e.getMessage() + "); the folder is not a"
                    + " calibration this version can resume", e);
        }
    }

    private Path generationFile(int g) {
        return dir.resolve("generations").resolve(String.format(Locale.ROOT, "gen-%03d.json", g));
    }

    private void writeGenerations(List<Population> all) {
        AtomicFiles.write(dir.resolve(GENERATIONS), out -> {
            out.write("generation,method,tolerance,acceptance_rate,ess,unique_particles,accepted,proposals,simulations,"
                    + "proposals_total,simulations_total\n");
            for (Population p : all) {
                out.write(p.generation() + "," + method + "," + NumberText.csv(p.tolerance()) + ","
                        + NumberText.csv(p.acceptanceRate()) + "," + NumberText.csv(p.ess()) + "," + p.unique() + ","
                        + p.accepted() + "," + p.proposals()
                        + "," + p.simulations() + "," + p.proposalsTotal() + "," + p.simulationsTotal() + "\n");
            }
        });
    }

    /**
     * posterior.csv: weight, every fitted parameter, distance. Parameters and distances to 8 significant
     * digits, far finer than any posterior's spread: full precision made the shipped 5,000-particle
     * posteriors 2.3 MB each for digits no run can tell apart.
     */
    private void writePosterior(Population p) {
        AtomicFiles.write(dir.resolve(POSTERIOR), out -> {
            out.write("weight," + String.join(",", parameters) + ",distance\n");
            for (int i = 0; i < p.size(); i++) {
                StringBuilder row = new StringBuilder(Double.toString(p.weights()[i]));
                for (double v : p.theta()[i]) {
                    row.append(',').append(significant(v));
                }
                row.append(',').append(significant(p.distances()[i])).append('\n');
                out.write(row.toString());
            }
        });
    }

    /** A value to 8 significant digits, written as Java's shortest form of the rounded double. */
    static double significant(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(8)).doubleValue();
    }
}
