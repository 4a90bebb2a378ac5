package alliancesim.batch;


/**
 * Numbers as CSV text that pandas and R read without cleaning: no locale, no thousands separators,
 * 8 significant digits, plain notation for everyday magnitudes, NA for missing values.
 */
public final class CsvNumbers {
    private CsvNumbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NA";
        }
        double r = round(v);
        if (r == 0) {
            return "0";
        }
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }

    /**
     * v rounded to 8 significant digits. Dividing the rounded integer by a power of ten gives the
     * double nearest that decimal, which Double.toString prints as the decimal itself; this is
     * many times faster than BigDecimal, which mattered: formatting was most of a sweep's time.
     */
    static double round(double v) {
        if (v == 0) {
            return 0;
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        int shift = 7 - exponent;
        if (shift < -300 || shift > 300) {
            return v;
        }
        if (shift >= 0) {
            double scale = Math.pow(10, shift);
            return Math.round(v * scale) / scale;
        }
        double scale = Math.pow(10, -shift);
        return Math.round(v / scale) * scale;
    }

    public static double parse(String text) {
        return text.isEmpty() || text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }
}
