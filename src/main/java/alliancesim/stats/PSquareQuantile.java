package alliancesim.stats;

import java.util.Arrays;

/**
 * One quantile of a stream in constant memory: the P² algorithm of Jain and Chlamtac, "The P²
 * algorithm for dynamic calculation of quantiles and histograms without storing observations",
 * Communications of the ACM 28(10), 1985. Five markers (minimum, p/2, p, (1+p)/2, maximum) move
 * towards their desired positions, their heights adjusted by a piecewise-parabolic formula.
 * The same values in the same order always give the same estimate.
 */
public final class PSquareQuantile {
    private final double p;
    private final double[] height = new double[5];
    private final int[] position = new int[5];
    private final double[] rate;
    private long count;

    public PSquareQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1), got " + p);
        }
        this.p = p;
        this.rate = new double[] {0, p / 2, p, (1 + p) / 2, 1};
    }

    public void add(double x) {
        if (count < 5) {
            height[(int) count++] = x;
            if (count == 5) {
                Arrays.sort(height);
                for (int i = 0; i < 5; i++) {
                    position[i] = i + 1;
                }
            }
            return;
        }
        count++;
        int cell;
        if (x < height[0]) {
            height[0] = x;
            cell = 0;
        } else if (x >= height[4]) {
            height[4] = x;
            cell = 3;
        } else {
            cell = 0;
            while (x >= height[cell + 1]) {
                cell++;
            }
        }
        for (int i = cell + 1; i < 5; i++) {
            position[i]++;
        }
        for (int i = 1; i <= 3; i++) {
            adjust(i);
        }
    }

    /** Moves marker i one place towards its desired position when it is a place or more away and can move. */
    private void adjust(int i) {
        // Desired positions from the count, not accumulated, so rounding does not drift over millions of values.
        double d = 1 + (count - 1) * rate[i] - position[i];
        if ((d >= 1 && position[i + 1] - position[i] > 1) || (d <= -1 && position[i - 1] - position[i] < -1)) {
            int s = d > 0 ? 1 : -1;
            double q = parabolic(i, s);
            height[i] = height[i - 1] < q && q < height[i + 1] ? q : linear(i, s);
            position[i] += s;
        }
    }

    private double parabolic(int i, int s) {
        double nPrev = position[i - 1];
        double n = position[i];
        double nNext = position[i + 1];
        return height[i] + s / (nNext - nPrev) * ((n - nPrev + s) * (height[i + 1] - height[i]) / (nNext - n)
                + (nNext - n - s) * (height[i] - height[i - 1]) / (n - nPrev));
    }

    private double linear(int i, int s) {
        return height[i] + s * (height[i + s] - height[i]) / (position[i + s] - position[i]);
    }

    /** The estimate: the middle marker's height; with fewer than five values, their exact type-7 quantile. */
    public double estimate() {
        if (count == 0) {
            return Double.NaN;
        }
        if (count < 5) {
            double[] few = Arrays.copyOf(height, (int) count);
            Arrays.sort(few);
            return Summary.quantile(few, p);
        }
        return height[2];
    }

    public long count() {
        return count;
    }

    int[] positions() {
        return position.clone();
    }
}
