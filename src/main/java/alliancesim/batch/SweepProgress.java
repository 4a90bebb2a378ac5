package alliancesim.batch;

import alliancesim.files.FileErrors;
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
 * these lengths, so a kill at any moment loses nothing written and writes nothing twice.
 */
public record SweepProgress(int pointsDone, long runsBytes, long timeseriesBytes, boolean finished) {
    static final String FILE = "progress.json";

    void write(Path folder) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points_done", pointsDone);
        m.put("runs_bytes", runsBytes);
        m.put("timeseries_bytes", timeseriesBytes);
        m.put("finished", finished);
        AtomicFiles.write(folder.resolve(FILE), out -> out.write(new ObjectMapper().writeValueAsString(m) + "\n"));
    }

    static SweepProgress read(Path folder) {
        Path f = folder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(folder + " has no " + FILE + ": it is not a sweep folder that can be resumed");
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
                    (Boolean) m.get("finished"));
            if (p.pointsDone() < 0 || p.runsBytes() < 0 || p.timeseriesBytes() < 0) {
                throw new DamagedException(f, "it holds a negative count");
            }
            return p;
        } catch (ClassCastException | NullPointerException e) {
            throw new DamagedException(f, "points_done, runs_bytes, timeseries_bytes or finished is missing or not a"
                    + " number/boolean");
        }
    }

    /** progress.json, or a file it records, edited or corrupted: invalid input, with what to do. */
    public static final class DamagedException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        DamagedException(Path file, String why) {
            super(file + " is damaged (" + why + "): it was changed by hand or by a failing disk, so the sweep"
                    + " cannot be resumed safely; restore the file or start the sweep again in a new folder");
        }
    }
}
