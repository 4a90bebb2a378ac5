package alliancesim.analysis;

import alliancesim.files.InvalidInputException;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import alliancesim.results.RunsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sweep folder's successful runs as scenario discovery needs them: each run's factor values
 * (the factors named in manifest.json, whose values runs.csv carries in columns of the same names)
 * and its final outputs. Only designs that spread runs over the factor space qualify: a Sobol or
 * Morris design places its points on purpose-built lines, so a box found in them says little.
 */
public record SweepRuns(Path dir, String name, String title, String design, List<String> factors,
                        List<String> outputs, double[][] x, double[][] y) {
    public static final Set<String> DISCOVERABLE = Set.of("random", "lhs", "grid");

    public static SweepRuns read(Path dir) {
        Path runsFile = dir.resolve(RunsReader.NAME);
        if (!ManifestFile.exists(dir) || !Files.isRegularFile(runsFile)) {
            throw new InvalidInputException(dir + " is not a sweep folder: it needs manifest.json and runs.csv"
                    + " (made by `alliance-sim sweep`)");
        }
        ResultManifest manifest = ManifestFile.read(dir);
        if (!manifest.isSweep()) {
            throw new InvalidInputException(dir + " holds a " + manifest.kindOrRun()
                    + ", not a sweep: discover needs a sweep with a random, lhs or grid design");
        }
        String design = manifest.sweep().design();
        if (!DISCOVERABLE.contains(design)) {
            throw new InvalidInputException(dir + " is a " + design + " sweep: discover needs a random, lhs or grid"
                    + " design, whose points cover the factor space (a " + design + " design does not)");
        }
        List<String> factors = manifest.sweep().factorNames();
        String name = manifest.scenario() == null || manifest.scenario().name() == null
                ? String.valueOf(dir.getFileName()) : manifest.scenario().name();
        String title = manifest.scenario() == null || manifest.scenario().title() == null ? name
                : manifest.scenario().title();
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        try (RunsReader in = RunsReader.open(runsFile)) {
            int[] factorColumns = factors.stream().mapToInt(in::column).toArray();
            for (String c : in.valueColumns()) {
                if (!factors.contains(c)) {
                    outputs.add(c);
                }
            }
            int[] outputColumns = outputs.stream().mapToInt(in::column).toArray();
            for (RunsReader.Row r = in.next(); r != null; r = in.next()) {
                if (!r.ok()) {
                    continue;
                }
                double[] x = new double[factorColumns.length];
                for (int j = 0; j < x.length; j++) {
                    x[j] = r.number(factorColumns[j]);
                }
                double[] y = new double[outputColumns.length];
                for (int j = 0; j < y.length; j++) {
                    y[j] = r.number(outputColumns[j]);
                }
                xs.add(x);
                ys.add(y);
            }
        }
        return new SweepRuns(dir, name, title, design, factors, List.copyOf(outputs), xs.toArray(double[][]::new),
                ys.toArray(double[][]::new));
    }

    /** The runs marked by {@code where}: PRIM's input. */
    public PrimData mark(WhereExpression where) {
        boolean[] interesting = new boolean[y.length];
        for (int r = 0; r < y.length; r++) {
            double[] row = y[r];
            interesting[r] = where.test(o -> row[outputs.indexOf(o)]);
        }
        return new PrimData(factors, x, interesting);
    }
}
