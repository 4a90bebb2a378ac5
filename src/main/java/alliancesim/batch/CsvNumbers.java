package alliancesim.batch;

import alliancesim.stats.NumberText;

/**
 * Numbers as CSV text that pandas and R read without cleaning: no locale, no thousands separators,
 * 8 significant digits, plain notation for everyday magnitudes, NA for missing values: the rule
 * of {@link NumberText#csv}, which the reports follow too.
 */
public final class CsvNumbers {
    private CsvNumbers() {
    }

    public static String format(double v) {
        return NumberText.csv(v);
    }

    /** Appends {@link #format}'s text. */
    public static void append(StringBuilder sb, double v) {
        NumberText.appendCsv(sb, v);
    }

    static double round(double v) {
        return NumberText.round(v);
    }

    public static double parse(String text) {
        return text.isEmpty() || text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }
}
