package alliancesim.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * manifest.json, the one declared record of what a result folder is: which command made it, from which
 * scenario, with which parameters, seeds and build, and (by kind) the sweep, the calibration, the what-if's
 * change or the compared folders. A field a kind does not have is left out of the file. Folders written
 * before the schema had a version read as version 1; see {@link ManifestFile} for the versions read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultManifest(Integer schemaVersion, String kind, Tool tool, String command, String gitCommit,
                             ScenarioRecord scenario, List<String> integerOutputs, Map<String, String> outputKinds,
                             List<String> eitherSignOutputs, Map<String, String> outputTitles,
                             Map<String, Double> parameters,
                             Map<String, String> provenance, Seeds seeds, Map<String, String> versions, Timings timings,
                             Integer threads, Counts counts,
                             Map<String, Object> replicationPlan, SweepRecord sweep, String scenarioFile,
                             Map<String, Object> calibration, String resumedWith, List<String> mergedFrom,
                             String change, String before, String after, List<ComparedFolder> folders,
                             List<String> outputs, List<String> warnings) {

    /** The kinds of result folder. */
    public static final String RUN = "run";
    public static final String SWEEP = "sweep";
    public static final String CALIBRATE = "calibrate";
    public static final String WHATIF = "whatif";
    public static final String COMPARE = "compare";

    /** The program that wrote the folder. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Tool(String name, String version) {
    }

    /** The scenario seed and the rule that derives each run's seed from it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Seeds(long scenarioSeed, String derivation) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Timings(String started, String finished, double seconds) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Counts(long runs, long ok, long failed) {
    }

    /** One folder of a comparison: its label in the charts, its path and its scenario's title. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ComparedFolder(String label, String folder, String title) {
    }

    /** A what-if's manifest: the change, and the folders of the runs before and after it. */
    public static ResultManifest whatIf(String change, String before, String after) {
        return new ResultManifest(ManifestFile.SCHEMA_VERSION, WHATIF, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, change, before, after, null,
                null, null);
    }

    /** A comparison's manifest: the command, the folders compared, the outputs and the warnings shown. */
    public static ResultManifest compare(String command, List<ComparedFolder> folders, List<String> outputs,
                                         List<String> warnings) {
        return new ResultManifest(ManifestFile.SCHEMA_VERSION, COMPARE, null, command, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                folders, outputs, warnings);
    }

    public Map<String, Double> parametersOrNone() {
        return parameters == null ? Map.of() : parameters;
    }

    public Map<String, String> provenanceOrNone() {
        return provenance == null ? Map.of() : provenance;
    }

    @JsonIgnore // not a field of the file
    public boolean isSweep() {
        return sweep != null;
    }

    /** The kind, "run" for a folder that names none. */
    public String kindOrRun() {
        return kind == null ? RUN : kind;
    }

    public ResultManifest withSweep(SweepRecord s, String file) {
        return new ResultManifest(schemaVersion, kind, tool, command, gitCommit, scenario, integerOutputs, outputKinds,
                eitherSignOutputs, outputTitles, parameters, provenance, seeds, versions, timings, threads, counts, replicationPlan, s, file,
                calibration, resumedWith, mergedFrom, change, before, after, folders, outputs, warnings);
    }

    public ResultManifest withReplicationPlan(Map<String, Object> plan) {
        return new ResultManifest(schemaVersion, kind, tool, command, gitCommit, scenario, integerOutputs, outputKinds,
                eitherSignOutputs, outputTitles, parameters, provenance, seeds, versions, timings, threads, counts, plan, sweep,
                scenarioFile, calibration, resumedWith, mergedFrom, change, before, after, folders, outputs, warnings);
    }

    public ResultManifest withCalibration(Map<String, Object> c) {
        return new ResultManifest(schemaVersion, kind, tool, command, gitCommit, scenario, integerOutputs, outputKinds,
                eitherSignOutputs, outputTitles, parameters, provenance, seeds, versions, timings, threads, counts, replicationPlan,
                sweep, scenarioFile, c, resumedWith, mergedFrom, change, before, after, folders, outputs, warnings);
    }

    /** A resumed sweep's manifest keeps the first command and records the one that resumed it. */
    public ResultManifest resumedFrom(String firstCommand) {
        return new ResultManifest(schemaVersion, kind, tool, firstCommand, gitCommit, scenario, integerOutputs,
                outputKinds, eitherSignOutputs, outputTitles, parameters, provenance, seeds, versions, timings, threads, counts, replicationPlan,
                sweep, scenarioFile, calibration, command, mergedFrom, change, before, after, folders, outputs, warnings);
    }

    /** The merged folder's manifest: the shards' sweep as one, their counts summed. */
    public ResultManifest merged(SweepRecord s, Counts c, List<String> shards) {
        return new ResultManifest(ManifestFile.SCHEMA_VERSION, kind, tool, command, gitCommit, scenario, integerOutputs,
                outputKinds, eitherSignOutputs, outputTitles, parameters, provenance, seeds, versions, timings, threads, c, replicationPlan,
                s, scenarioFile, calibration, resumedWith, shards, change, before, after, folders, outputs, warnings);
    }
}
