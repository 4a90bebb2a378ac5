package alliancesim.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * The value axis of a chart: a range that does not exaggerate (a quantity that is never negative
 * starts at zero) and a few round ticks (1, 2, 2.5 or 5 times a power of ten), so a reader sees
 * the size of a change, not a wall of 27 tick labels.
 */
public record ValueScale(double lower, double upper, double step) {
    /** About this many ticks on an axis. */
    static final int TICKS = 6;

    /**
     * The scale for data from lo to hi: zero is included when no value is negative, the range is
     * padded by a twentieth at each side and widened to whole steps.
     */
    public static ValueScale of(double lo, double hi, boolean includeZero) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new ValueScale(0, 1, 0.2);
        }
        if (includeZero && lo >= 0) {
            lo = 0;
        }
        double span = hi - lo;
        if (span <= 0 && lo == 0) {
            span = 1; // every value zero (no shells delivered anywhere): 0 to 1, not a band of negative ticks
            hi = 1;
        } else if (span <= 0) {
            span = Math.abs(hi) / 5;
            lo -= span / 2;
            hi += span / 2;
        }
        double step = niceStep(span * 1.1 / (TICKS - 1));
        double lower = lo == 0 ? 0 : Math.floor((lo - span / 20) / step) * step;
        double upper = Math.ceil((hi + span / 20) / step) * step;
        return new ValueScale(lower, upper, step);
    }

    /**
     * The scale of an index that starts at {@code base} (GDP, posture, capability: month 0 = 1):
     * fitted to the data and the base line, not stretched to zero, so a change of a few points fills
     * the plot instead of a few pixels of it. The range is at least 2 % of the base, so a flat index
     * does not magnify rounding; it reaches below zero only if the data do.
     */
    public static ValueScale around(double lo, double hi, double base) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = base;
            hi = base;
        }
        lo = Math.min(lo, base);
        hi = Math.max(hi, base);
        double least = 0.02 * Math.max(Math.abs(base), 1e-9);
        if (hi - lo < least) {
            double mid = (lo + hi) / 2;
            lo = mid - least / 2;
            hi = mid + least / 2;
        }
        boolean neverNegative = lo >= 0;
        ValueScale s = of(lo, hi, false);
        return neverNegative && s.lower() < 0 ? new ValueScale(0, s.upper(), s.step()) : s;
    }

    /** The smallest of 1, 2, 2.5, 5 x 10^k that is at least raw. */
    public static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** Sets the axis to this scale, with tick labels as many decimals as the step needs and thousands separated. */
    public void applyTo(NumberAxis axis) {
        axis.setAutoRange(false);
        axis.setRange(lower, upper);
        axis.setTickUnit(new NumberTickUnit(step, format(step)));
    }

    /**
     * Tick units for an axis that chooses its own range: 1, 2, 2.5 and 5 times every power of ten a
     * chart can need, each labelled in plain digits with the decimals it needs ("0.0000002", never
     * "2E-7"; "1,500,000", never "1.5E6").
     */
    public static TickUnits readableUnits() {
        TickUnits units = new TickUnits();
        for (int power = -12; power <= 12; power++) {
            for (double m : new double[] {1, 2, 2.5, 5}) {
                double step = Double.parseDouble(m + "E" + power);
                units.add(new NumberTickUnit(step, format(step)));
            }
        }
        return units;
    }

    /** "#,##0" with the decimals a tick step needs (0.25 needs two, 2.5 one, 5000 none). */
    static DecimalFormat format(double step) {
        int decimals = 0;
        // Until the step is a whole number of the last decimal (0.0000002 needs seven: a step below
        // a millionth is not rounded to zero).
        while (decimals < 15 && !whole(step * Math.pow(10, decimals))) {
            decimals++;
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f;
    }

    private static boolean whole(double x) {
        return Math.rint(x) != 0 && Math.abs(x - Math.rint(x)) <= 1e-6 * Math.abs(x);
    }
}
