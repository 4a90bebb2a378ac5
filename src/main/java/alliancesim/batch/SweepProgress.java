package alliancesim.batch;

import alliancesim.files.AtomicFiles;
import alliancesim.files.FileErrors;
import alliancesim.files.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a sweep has committed: how many of its points are written and the length of each file
 * at that moment. Rewritten atomically after every chunk; a resumed sweep cuts the files back to
 * these lengths, so a kill at any moment loses nothing written and writes nothing twice. It also
 * carries the sweep's {@link SweepDefinition} from the start (null in folders written before it was).
 */
public record SweepProgress(int pointsDone, long runsBytes, long timeseriesBytes, boolean finished,
                            String definitionSha, Map<?, ?> definitionFields) {
    static final String FILE = "progress.json";

    SweepProgress(int pointsDone, long runsBytes, long timeseriesBytes, boolean finished) {
        this(pointsDone, runsBytes, timeseriesBytes, finished, null, null);
    }

    /** Other counts, carrying the definition this records. */
    SweepProgress with(int points, long runs, long timeseries, boolean done) {
        return new SweepProgress(points, runs, timeseries, done, definitionSha, definitionFields);
    }

    /** The same counts, recording {@code d}. */
    SweepProgress defining(SweepDefinition d) {
        return new SweepProgress(pointsDone, runsBytes, timeseriesBytes, finished, d.sha256(), d.fields());
    }

    void write(Path folder) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points_done", pointsDone);
        m.put("runs_bytes", runsBytes);
        m.put("timeseries_bytes", timeseriesBytes);
        m.put("finished", finished);
        if (definitionSha != null) {
            m.put(SweepDefinition.SHA_KEY, definitionSha);
            m.put(SweepDefinition.FIELDS_KEY, definitionFields);
        }
        AtomicFiles.write(folder.resolve(FILE), out -> out.write(new ObjectMapper().writeValueAsString(m) + "\n"));
    }

    static SweepProgress read(Path folder) {
        Path f = folder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            throw new InvalidInputException(folder + " has no " + FILE + ": it is not a sweep folder that can be resumed");
        }
        Map<?, ?> m;
        try {
            m = new ObjectMapper().readValue(f.toFile(), Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DamagedException(f, "it is not valid JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot read " + f, e), e);
        }
        try {
            SweepProgress p = new SweepProgress(((Number) m.get("points_done")).intValue(),
                    ((Number) m.get("runs_bytes")).longValue(), ((Number) m.get("timeseries_bytes")).longValue(),
                    (Boolean) m.get("finished"), (String) m.get(SweepDefinition.SHA_KEY),
                    (Map<?, ?>) m.get(SweepDefinition.FIELDS_KEY));
            if (p.pointsDone() < 0 || p.runsBytes() < 0 || p.timeseriesBytes() < 0) {
                throw new DamagedException(f, "it holds a negative count");
            }
            return p;
        } catch (ClassCastException | NullPointerException e) {
            throw new DamagedException(f, "points_done, runs_bytes, timeseries_bytes or finished is missing or not a"
                    + " number/boolean, or " + SweepDefinition.SHA_KEY + " not a text");
        }
    }

    /** progress.json, or a file it records, edited or corrupted: invalid input, with what to do. */
    public static final class DamagedException extends InvalidInputException {
        private static final long serialVersionUID = 1L;

        DamagedException(Path file, String why) {
            super(file + " is damaged (" + why + "): it was changed by hand or by a failing disk, so the sweep"
                    + " cannot be resumed safely; restore the file or start the sweep again in a new folder");
        }
    }
}
