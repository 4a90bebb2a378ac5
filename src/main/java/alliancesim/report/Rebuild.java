package alliancesim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** `report DIR` and `chart DIR`: rebuild a folder's charts and report from its saved files. */
public final class Rebuild {
    private Rebuild() {
    }

    /** Redraws the charts and report.html of a run, whatif or compare folder; returns what it was. */
    @SuppressWarnings("unchecked")
    public static String all(Path dir) {
        Map<String, Object> manifest = manifest(dir);
        String kind = String.valueOf(manifest.getOrDefault("kind", "run"));
        switch (kind) {
            case "whatif" -> {
                FanCharts.draw(ResultFolder.open(dir.resolve("before")));
                FanCharts.draw(ResultFolder.open(dir.resolve("after")));
                WhatIfReport.write(dir, String.valueOf(manifest.get("change")));
            }
            case "compare" -> {
                List<Map<String, Object>> folders = (List<Map<String, Object>>) manifest.get("folders");
                List<ResultFolder> opened = folders.stream().map(f -> ResultFolder.open(Path.of(String.valueOf(f.get("folder")))))
                        .toList();
                new Comparison(opened).write(dir, (List<String>) manifest.get("outputs"), String.valueOf(manifest.get("command")));
            }
            case "sweep" -> SweepReport.write(dir);
            case "calibrate" -> CalibrationReport.write(dir);
            default -> {
                ResultFolder folder = ResultFolder.open(dir);
                FanCharts.draw(folder);
                RunReport.write(folder);
            }
        }
        return kind;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(Path dir) {
        Path file = dir.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " is not a result folder: it has no manifest.json"
                    + " (made by run, whatif or compare)");
        }
        try {
            return new ObjectMapper().readValue(file.toFile(), Map.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
