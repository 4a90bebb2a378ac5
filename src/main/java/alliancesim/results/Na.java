package alliancesim.results;

/**
 * The one rule for missing values in the result files: written as {@code NA} (what pandas and R read as
 * missing), read back as NaN, and an empty cell read as missing too.
 */
public final class Na {
    public static final String TEXT = "NA";

    private Na() {
    }

    /** A cell as a number: NaN for NA or an empty cell; a cell that is neither nor a number throws NumberFormatException. */
    public static double parse(String cell) {
        return cell.isEmpty() || cell.equals(TEXT) ? Double.NaN : Double.parseDouble(cell);
    }
}
