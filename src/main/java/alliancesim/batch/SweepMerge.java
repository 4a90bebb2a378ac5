package alliancesim.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * `merge`: joins the folders of shards 1/n .. n/n of one sweep into one folder whose runs.csv and
 * timeseries.csv are byte for byte what one machine would have written: rows in point order.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    @SuppressWarnings("unchecked")
    public static int merge(List<Path> shards, Path out) {
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Path dir : shards) {
            SweepProgress p = SweepProgress.read(dir);
            if (!p.finished()) {
                throw new IllegalArgumentException(dir + " is an unfinished shard; finish it with sweep --resume " + dir);
            }
            try {
                manifests.add(Manifest.read(dir.resolve("manifest.json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Object> first = manifests.get(0);
        Map<String, Object> firstSweep = (Map<String, Object>) first.get("sweep");
        int count = Integer.parseInt(String.valueOf(firstSweep.get("shard")).split("/")[1]);
        boolean[] seen = new boolean[count];
        for (int i = 0; i < manifests.size(); i++) {
            Map<String, Object> m = manifests.get(i);
            Map<String, Object> sweep = (Map<String, Object>) m.get("sweep");
            if (!Objects.equals(m.get("scenario"), first.get("scenario")) || !Objects.equals(m.get("parameters"),
                    first.get("parameters")) || !Objects.equals(sweep.get("factors"), firstSweep.get("factors"))) {
                throw new IllegalArgumentException(shards.get(i) + " is a shard of a different sweep than " + shards.get(0));
            }
            String[] shard = String.valueOf(sweep.get("shard")).split("/");
            int index = Integer.parseInt(shard[0]);
            if (Integer.parseInt(shard[1]) != count || seen[index - 1]) {
                throw new IllegalArgumentException(shards.get(i) + " (shard " + sweep.get("shard") + ") repeats a shard or"
                        + " belongs to a split into another number of shards");
            }
            seen[index - 1] = true;
        }
        for (int i = 0; i < count; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException("shard " + (i + 1) + "/" + count + " is missing; merge needs all " + count);
            }
        }
        int rows = mergeCsv(shards, "runs.csv", out);
        mergeCsv(shards, "timeseries.csv", out);
        Map<String, Object> manifest = new LinkedHashMap<>(first);
        Map<String, Object> sweep = new LinkedHashMap<>(firstSweep);
        sweep.put("shard", "1/1 (merged from " + count + " shards)");
        manifest.put("sweep", sweep);
        long failed = manifests.stream().mapToLong(m -> ((Number) ((Map<String, Object>) m.get("counts")).get("failed")).longValue()).sum();
        manifest.put("counts", Map.of("runs", rows, "ok", rows - failed, "failed", failed));
        manifest.put("merged_from", shards.stream().map(Path::toString).toList());
        Manifest.write(out.resolve("manifest.json"), manifest);
        new SweepProgress(((Number) firstSweep.get("points")).intValue(), 0, 0, true).write(out);
        return rows;
    }

    /** Rows of all shards ordered by point (first column); rows of one point keep their order. */
    private static int mergeCsv(List<Path> shards, String name, Path out) {
        TreeMap<Integer, List<String>> byPoint = new TreeMap<>();
        String header = null;
        try {
            for (Path dir : shards) {
                try (BufferedReader in = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8)) {
                    String h = in.readLine();
                    header = header == null ? h : header;
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int point = Integer.parseInt(line.substring(0, line.indexOf(',')));
                        byPoint.computeIfAbsent(point, k -> new ArrayList<>()).add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String head = header;
        int[] count = {0};
        AtomicFiles.write(out.resolve(name), (Writer w) -> {
            w.write(head);
            w.write('\n');
            for (List<String> lines : byPoint.values()) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                    count[0]++;
                }
            }
        });
        return count[0];
    }
}
