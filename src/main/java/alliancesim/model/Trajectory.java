package alliancesim.model;

/** The outputs of one run: one row a month (0 .. months-1), one column an {@link Output}. */
public record Trajectory(double[][] values) {
    public int months() {
        return values.length;
    }

    public double get(int month, Output output) {
        return values[month][output.ordinal()];
    }

    public double finalValue(Output output) {
        return values[values.length - 1][output.ordinal()];
    }

    public double[] series(Output output) {
        double[] s = new double[values.length];
        for (int t = 0; t < s.length; t++) {
            s[t] = values[t][output.ordinal()];
        }
        return s;
    }

    /** The sum of an output's monthly values over the run: a flow's total. */
    public double total(Output output) {
        return total(output, 0, values.length - 1);
    }

    /** The sum of an output's monthly values from month {@code from} to month {@code to}, both included. */
    public double total(Output output, int from, int to) {
        double sum = 0;
        for (int t = Math.max(0, from); t <= Math.min(to, values.length - 1); t++) {
            sum += values[t][output.ordinal()];
        }
        return sum;
    }
}
