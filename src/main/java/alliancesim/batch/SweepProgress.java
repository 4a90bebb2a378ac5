package alliancesim.batch;

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
        try {
            Map<?, ?> m = new ObjectMapper().readValue(f.toFile(), Map.class);
            return new SweepProgress(((Number) m.get("points_done")).intValue(), ((Number) m.get("runs_bytes")).longValue(),
                    ((Number) m.get("timeseries_bytes")).longValue(), Boolean.TRUE.equals(m.get("finished")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }
}
