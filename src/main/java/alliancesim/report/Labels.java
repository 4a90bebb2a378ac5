package alliancesim.report;

import java.util.Locale;
import java.util.Map;

/**
 * Human titles for output and parameter names, in the README's words: tie_rus_prk -> "RUS–PRK tie".
 * Outputs the table does not know yet get a title built from their words.
 */
public final class Labels {
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("rus_shell_sufficiency", "Russian shell sufficiency"),
            Map.entry("front_balance", "Front balance"),
            Map.entry("shells_transferred", "North Korean shells delivered to Russia"),
            Map.entry("shells_interdicted", "North Korean shells interdicted"),
            Map.entry("missiles_transferred", "North Korean missiles delivered to Russia"),
            Map.entry("prk_gdp_index", "North Korean GDP"),
            Map.entry("rus_gdp_index", "Russian GDP"),
            Map.entry("prk_capability", "North Korean military capability"),
            Map.entry("trilateral_posture", "Trilateral deterrence posture"),
            Map.entry("tie_rus_prk", "RUS–PRK tie"),
            Map.entry("china_facilitation", "China's facilitation of sanctions evasion"),
            Map.entry("sanctions_effectiveness", "Sanctions effectiveness"),
            Map.entry("regional_tension", "Regional tension"),
            Map.entry("crises", "Crises so far"),
            Map.entry("max_escalation", "Highest escalation rung so far"),
            Map.entry("rus_shells_fired", "Russian shells fired"),
            Map.entry("ukr_shells_fired", "Ukrainian shells fired"),
            Map.entry("rus_shell_stock", "Russian shell stock"),
            Map.entry("prk_shell_stock", "North Korean shell stock"),
            Map.entry("rus_casualties", "Russian casualties"),
            Map.entry("ukr_casualties", "Ukrainian casualties"),
            Map.entry("prk_troops_at_front", "North Korean troops at the front"),
            Map.entry("territory_change_km2", "Territory gained by Russia"),
            Map.entry("prk_shells_produced", "North Korean shells produced"),
            Map.entry("prk_casualties", "North Korean casualties"),
            Map.entry("rus_troops_at_front", "Russian troops at the front"),
            Map.entry("ukr_troops_at_front", "Ukrainian troops at the front"));
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

    /** Whether the output has a title of its own in the table (not one built from its name). */
    static boolean named(String output) {
        return TITLES.containsKey(output);
    }

    public static String title(String output) {
        String known = TITLES.get(output);
        if (known != null) {
            return known;
        }
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

    /** The title inside a sentence: "Sensitivity of regional tension", "... of North Korean GDP". */
    static String inSentence(String output) {
        String t = title(output);
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

    static String axis(String output, String unit) {
        return unit == null || unit.isBlank() ? title(output) : title(output) + " (" + unit + ")";
    }
}
