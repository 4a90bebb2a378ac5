package alliancesim.calibrate;

import alliancesim.batch.SeedDerivation;
import alliancesim.files.InvalidInputException;
import alliancesim.model.Param;
import alliancesim.model.Parameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A posterior.csv read back: particles (parameter vectors) and their weights. {@link #draw(long)}
 * picks a particle by weight from a stream seeded by the run's seed mixed with a salt, so it is
 * independent of the model's own stream, the same for the same run seed (a what-if's before and
 * after, which share run seeds, share the draw) and the same whatever the thread count.
 */
public final class Posterior {
    private static final long DRAW_SALT = 0x5A17_AB0C_0000_0020L;

    private final Path file;
    private final List<Param> params;
    private final double[][] theta;
    private final double[] weights;
    /** Running sums of the weights, added left to right as {@link #pick} adds them: c[j] = w[0] + ... + w[j]. */
    private final double[] cumulative;

    private Posterior(Path file, List<Param> params, double[][] theta, double[] weights) {
        this.file = file;
        this.params = List.copyOf(params);
        this.theta = theta;
        this.weights = weights;
        this.cumulative = new double[weights.length];
        double c = 0;
        for (int j = 0; j < weights.length; j++) {
            c += weights[j];
            cumulative[j] = c;
        }
    }

    /** The largest posterior.csv read: a million particles of twenty parameters fit well within it. */
    static final long MAX_BYTES = 512L << 20;

    /**
     * Reads and checks a posterior.csv (weight, parameters..., distance); a bad file is refused as
     * invalid input with its line and the fix: a header without weight first and distance last, a
     * column that is not a parameter or comes twice, a row with too few or too many cells or cut
     * short, a weight that is not a positive finite number (or weights whose sum is not finite), a
     * value outside its parameter's range or a flag at neither 0 nor 1, text that is not UTF-8.
     */
    public static Posterior read(Path file) {
        List<String> lines = lines(file);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser csv = CSVFormat.RFC4180.parse(alliancesim.results.CsvDamage.checked(
                new java.io.StringReader(String.join("\n", lines))))) {
            records.addAll(csv.getRecords());
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            if (cause instanceof alliancesim.results.CsvDamage.MisplacedQuote where && !where.unclosed()) {
                throw new InvalidInputException(file + ":" + where.getMessage() + "; the file was edited or damaged:"
                        + " give the posterior.csv of an `alliance-sim calibrate` folder as it wrote it", e);
            }
            throw bad(file, lines.size(), "the last row is cut inside a quoted cell");
        }
        if (records.isEmpty()) {
            throw bad(file, 1, "the file is empty");
        }
        List<String> header = records.get(0).toList();
        if (header.size() < 3 || !header.get(0).equals("weight") || !header.get(header.size() - 1).equals("distance")) {
            throw new InvalidInputException(file + ":1: not a posterior.csv (header weight, parameters..., distance);"
                    + " give the posterior.csv of an `alliance-sim calibrate` folder");
        }
        List<Param> params = new ArrayList<>();
        for (String key : header.subList(1, header.size() - 1)) {
            Param param = Param.byKey(key).orElseThrow(() -> new InvalidInputException(file + ":1: column '" + key
                    + "' is not a parameter of this model; calibrate again with this version"));
            if (params.contains(param)) {
                throw bad(file, 1, "the column " + key + " comes twice");
            }
            params.add(param);
        }
        List<double[]> rows = new ArrayList<>();
        double[] w = new double[records.size() - 1];
        double total = 0;
        for (CSVRecord r : records.subList(1, records.size())) {
            long line = r.getRecordNumber();
            if (r.size() != header.size()) {
                throw bad(file, line, "the row has " + r.size() + " cells, the header " + header.size()
                        + (r.size() < header.size() ? " (a short or cut row)" : ""));
            }
            double weight = number(file, line, "weight", r.get(0));
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw bad(file, line, "weight " + r.get(0) + " is not a positive finite number");
            }
            w[rows.size()] = weight;
            total += weight;
            double[] t = new double[params.size()];
            for (int k = 0; k < t.length; k++) {
                Param param = params.get(k);
                t[k] = number(file, line, param.key(), r.get(k + 1));
                if (!param.inRange(t[k])) {
                    throw new InvalidInputException(file + ":" + line + ": " + param.key() + " = " + t[k]
                            + " is outside its range");
                }
                if (param.kind() == Param.Kind.BOOLEAN && t[k] != 0 && t[k] != 1) {
                    throw bad(file, line, param.key() + " = " + t[k] + " is a flag: 0 or 1");
                }
            }
            number(file, line, "distance", r.get(t.length + 1));
            rows.add(t);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(file + ": the posterior has no particles; give the posterior.csv of a"
                    + " finished `alliance-sim calibrate` folder");
        }
        if (Double.isInfinite(total)) {
            throw bad(file, 2, "the weights sum to more than the largest number a double holds");
        }
        double sum = total;
        double[] weights = java.util.Arrays.stream(w).map(v -> v / sum).toArray();
        return new Posterior(file, params, rows.toArray(double[][]::new), weights);
    }

    /** The file's lines, as UTF-8, read through a bounded stream; the last must end with a line end (not cut). */
    private static List<String> lines(Path file) {
        byte[] bytes;
        try (java.io.InputStream in = alliancesim.files.BoundedInput.open(file, MAX_BYTES + 1)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(alliancesim.files.FileErrors.describe("cannot read the posterior " + file, e), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(file + " is larger than " + (MAX_BYTES >> 20) + " MiB: not a posterior.csv"
                    + " alliance-sim wrote; give the posterior.csv of an `alliance-sim calibrate` folder");
        }
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(utf8(file, lines.size() + 1, bytes, from, i));
                from = i + 1;
            }
        }
        if (from < bytes.length) {
            throw bad(file, lines.size() + 1, "the last row has no line end: the file was cut");
        }
        return lines;
    }

    private static String utf8(Path file, int line, byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw bad(file, line, "the text is not UTF-8");
        }
    }

    private static double number(Path file, long line, String column, String text) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(file, line, column + " is '" + (text.length() > 40 ? text.substring(0, 37) + "..." : text)
                    + "', not a number");
        }
    }

    /** A damaged or hand-made posterior.csv: where, what, and the fix. */
    private static InvalidInputException bad(Path file, long line, String why) {
        return new InvalidInputException(file + ":" + line + ": " + why + "; it is not a posterior.csv as"
                + " `alliance-sim calibrate` writes it: restore the file or calibrate again");
    }

    public Path file() {
        return file;
    }

    public List<Param> params() {
        return params;
    }

    public int size() {
        return theta.length;
    }

    /** The particle a run with this seed uses. */
    public int draw(long runSeed) {
        return pickSorted(cumulative, new SplittableRandom(SeedDerivation.runSeed(runSeed ^ DRAW_SALT, 0, 0)).nextDouble());
    }

    /**
     * {@code base} with the posterior draw for {@code runSeed} applied to every posterior parameter
     * not in {@code keep} (the scenario's own settings and factors, which win over the posterior).
     */
    public Parameters apply(Parameters base, long runSeed, java.util.Set<Param> keep) {
        double[] t = theta[draw(runSeed)];
        java.util.Map<Param, Double> drawn = new java.util.EnumMap<>(Param.class);
        for (int k = 0; k < t.length; k++) {
            Param param = params.get(k);
            if (!keep.contains(param)) {
                drawn.put(param, param.kind() == Param.Kind.COUNT ? Math.rint(t[k]) : t[k]);
            }
        }
        return base.withAll(drawn);
    }

    /**
     * The same index as {@link #pick} from the running sums, by binary search: the first j with
     * u < c[j] (the last index when rounding leaves the total a hair below u). A run draws once, and a
     * linear scan of thousands of particles cost about a tenth of a run.
     */
    static int pickSorted(double[] c, double u) {
        int lo = 0;
        int hi = c.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < c[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The index whose cumulative weight first exceeds u in [0, 1). */
    static int pick(double[] w, double u) {
        double c = 0;
        for (int j = 0; j < w.length - 1; j++) {
            c += w[j];
            if (u < c) {
                return j;
            }
        }
        return w.length - 1;
    }
}
