package alliancesim.report;

import alliancesim.results.ResultManifest;
import java.util.Map;

/**
 * Outputs' titles as a result folder's manifest declares them (the model declares each output once,
 * its title with it); a name the manifest does not know, as in folders written before manifests
 * carried titles, is read word by word ({@link Labels#title}).
 */
public record OutputTitles(Map<String, String> titles) {
    public OutputTitles {
        titles = titles == null ? Map.of() : Map.copyOf(titles);
    }

    public static OutputTitles of(ResultManifest manifest) {
        return new OutputTitles(manifest.outputTitles());
    }

    public String title(String output) {
        String declared = titles.get(output);
        return declared != null ? declared : Labels.title(output);
    }

    /** The title inside a sentence: "Sensitivity of regional tension", "... of North Korean GDP". */
    public String inSentence(String output) {
        return Labels.inSentence(title(output));
    }

    /** An axis label: the title and its unit. */
    public String axis(String output, String unit) {
        return Labels.axis(title(output), unit);
    }
}
