package alliancesim.report;

import java.util.Locale;
import java.util.Map;

/**
 * Words for names: an output's title built from its name when no manifest declares it (tie_rus_prk ->
 * "RUS–PRK tie"; the model declares each output's own title, see {@link OutputTitles}), a title inside a
 * sentence, and parameters in the levers' words.
 */
public final class Labels {
    /** The levers' words (a scenario's --set names): what a class reads in a question. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("sanctions.pressure.rus", "sanctions pressure on Russia"),
            Map.entry("sanctions.pressure.prk", "sanctions pressure on North Korea"),
            Map.entry("sanctions.enforcement", "sanctions enforcement"),
            Map.entry("sanctions.secondary", "secondary sanctions"),
            Map.entry("china.facilitation", "China's facilitation of sanctions evasion"),
            Map.entry("munitions.prk_export_share", "North Korea's share of its shells exported"),
            Map.entry("deterrence.reaction_k", "the trilateral partners' reaction to North Korea"),
            Map.entry("deterrence.reaction_l", "North Korea's reaction to the trilateral partners"),
            Map.entry("deterrence.grievance_g", "the trilateral partners' standing grievance"));
    private static final Map<String, String> STATE_NAMES = Map.of(
            "rus", "Russia", "prk", "North Korea", "chn", "China", "usa", "the US", "kor", "South Korea",
            "jpn", "Japan", "ukr", "Ukraine", "west", "the West");
    private static final Map<String, String> WORDS = Map.of(
            "rus", "Russian", "prk", "North Korean", "chn", "Chinese", "usa", "US", "kor", "South Korean",
            "jpn", "Japanese", "ukr", "Ukrainian", "gdp", "GDP");
    private static final String[] STATES = {"rus", "prk", "chn", "usa", "kor", "jpn", "ukr"};

    private Labels() {
    }

    /** A title built from an output's name, for one no manifest declares. */
    public static String title(String output) {
        String[] parts = output.split("_");
        if (parts.length == 3 && parts[0].equals("tie") && isState(parts[1]) && isState(parts[2])) {
            return parts[1].toUpperCase(Locale.ROOT) + "–" + parts[2].toUpperCase(Locale.ROOT) + " tie";
        }
        String words = words(parts, (i, p) -> WORDS.getOrDefault(p, p));
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** First words of titles that keep their capital inside a sentence. */
    private static final java.util.Set<String> PROPER = java.util.Set.of("Russian", "North", "South", "Chinese", "US",
            "Japanese", "Ukrainian", "China's", "GDP");

    /** A title inside a sentence: "Regional tension" -> "regional tension", "North Korean GDP" as it is. */
    static String inSentence(String t) {
        String first = t.split(" ", 2)[0];
        boolean proper = PROPER.contains(first) || first.length() > 1 && Character.isUpperCase(first.charAt(1));
        return proper ? t : t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
    }

    /** Whether the parameter has words of its own in the table (not ones built from its name). */
    static boolean namedParameter(String name) {
        return PARAMETERS.containsKey(name);
    }

    /**
     * A parameter in words: "sanctions.pressure.rus" -> "sanctions pressure on Russia"; a name the
     * table does not know is read word by word ("economy.growth.rus" -> "economy growth of Russia").
     */
    public static String parameter(String name) {
        String known = PARAMETERS.get(name);
        if (known != null) {
            return known;
        }
        String[] parts = name.split("[._]");
        return words(parts, (i, p) -> STATE_NAMES.containsKey(p)
                ? (i == parts.length - 1 && i > 0 ? "of " : "") + STATE_NAMES.get(p) : p);
    }

    /** The parts of a name as words, each read by {@code word} (its index and text), joined by spaces. */
    private static String words(String[] parts, java.util.function.BiFunction<Integer, String, String> word) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            words.append(i == 0 ? "" : " ").append(word.apply(i, parts[i]));
        }
        return words.toString();
    }

    private static boolean isState(String code) {
        return java.util.Arrays.asList(STATES).contains(code);
    }

    /** An axis label: a title and its unit. */
    static String axis(String title, String unit) {
        return unit == null || unit.isBlank() ? title : title + " (" + unit + ")";
    }
}
