package alliancesim.report;

import java.util.Locale;

/** Human titles for output names: front_balance -> "Front balance". */
final class Labels {
    private Labels() {
    }

    static String title(String output) {
        String words = output.replace('_', ' ')
                .replace("rus ", "Russian ").replace("prk ", "North Korean ")
                .replace("gdp", "GDP");
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    static String axis(String output, String unit) {
        return unit == null || unit.isBlank() ? title(output) : title(output) + " (" + unit + ")";
    }
}
