package alliancesim.batch;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as CSV text that pandas and R read without cleaning: no locale, no thousands separators,
 * 8 significant digits, plain notation for everyday magnitudes, NA for missing values.
 */
public final class CsvNumbers {
    private static final MathContext DIGITS = new MathContext(8);

    private CsvNumbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NA";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-6 && magnitude < 1e15) {
            return d.toPlainString();
        }
        return d.toString();
    }

    public static double parse(String text) {
        return text.isEmpty() || text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }
}
