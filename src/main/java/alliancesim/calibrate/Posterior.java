package alliancesim.calibrate;

import alliancesim.batch.SeedDerivation;
import alliancesim.model.Param;
import alliancesim.model.Parameters;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** Reads and checks a posterior.csv (weight, parameters..., distance); bad files are refused. */
    public static Posterior read(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = format.parse(in)) {
            List<String> header = csv.getHeaderNames();
            if (header.size() < 3 || !header.get(0).equals("weight") || !header.get(header.size() - 1).equals("distance")) {
                throw new IllegalArgumentException(file + ": not a posterior.csv (header weight, parameters..., distance);"
                        + " give the posterior.csv of an `alliance-sim calibrate` folder");
            }
            List<Param> params = new ArrayList<>();
            for (String key : header.subList(1, header.size() - 1)) {
                params.add(Param.byKey(key).orElseThrow(() -> new IllegalArgumentException(file + ": column '" + key
                        + "' is not a parameter of this model; calibrate again with this version")));
            }
            List<double[]> rows = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            for (CSVRecord r : csv) {
                w.add(Double.parseDouble(r.get(0)));
                double[] t = new double[params.size()];
                for (int k = 0; k < t.length; k++) {
                    t[k] = Double.parseDouble(r.get(k + 1));
                    if (!params.get(k).inRange(t[k])) {
                        throw new IllegalArgumentException(file + ":" + (r.getRecordNumber() + 1) + ": " + params.get(k).key()
                                + " = " + t[k] + " is outside its range");
                    }
                }
                rows.add(t);
            }
            if (rows.isEmpty()) {
                throw new IllegalArgumentException(file + ": the posterior has no particles");
            }
            double total = w.stream().mapToDouble(Double::doubleValue).sum();
            double[] weights = w.stream().mapToDouble(v -> v / total).toArray();
            return new Posterior(file, params, rows.toArray(double[][]::new), weights);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": a number cannot be read (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the posterior " + file + ": " + e.getMessage(), e);
        }
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
