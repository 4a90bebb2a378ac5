package alliancesim.report;

import alliancesim.files.InvalidInputException;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import java.nio.file.Path;
import java.util.List;

/** `report DIR` and `chart DIR`: rebuild a folder's charts and report from its saved files. */
public final class Rebuild {
    private Rebuild() {
    }

    /** Redraws the charts and report.html of a run, whatif or compare folder; returns what it was. */
    public static String all(Path dir) {
        ManifestFile.unfinished(dir).ifPresent(why -> {
            throw new InvalidInputException(why);
        });
        if (!ManifestFile.exists(dir)) {
            throw new InvalidInputException(dir + " is not a result folder: it has no manifest.json"
                    + " (made by run, whatif or compare)");
        }
        ResultManifest manifest = ManifestFile.read(dir);
        String kind = manifest.kindOrRun();
        switch (kind) {
            case ResultManifest.WHATIF -> {
                FanCharts.draw(ResultFolder.open(dir.resolve("before")));
                FanCharts.draw(ResultFolder.open(dir.resolve("after")));
                WhatIfReport.write(dir, String.valueOf(manifest.change()));
            }
            case ResultManifest.COMPARE -> {
                List<ResultFolder> opened = manifest.folders().stream().map(f -> ResultFolder.open(Path.of(f.folder())))
                        .toList();
                new Comparison(opened).write(dir, manifest.outputs(), String.valueOf(manifest.command()));
            }
            case ResultManifest.SWEEP -> SweepReport.write(dir);
            case ResultManifest.CALIBRATE -> CalibrationReport.write(dir);
            default -> {
                ResultFolder folder = ResultFolder.open(dir);
                FanCharts.draw(folder);
                RunReport.write(folder);
            }
        }
        return kind;
    }
}
