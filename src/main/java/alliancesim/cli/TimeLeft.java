package alliancesim.cli;

/**
 * Smoothed time-left estimates. Each raw estimate predicts a finishing time (elapsed + left); the
 * prediction shown moves a share {@link #WEIGHT} of the way towards each new one, so a single slow or
 * fast batch (a generation twice as costly, a busy machine for ten seconds) moves it only part-way
 * instead of making it jump from 7 s to 143 s and back.
 */
final class TimeLeft {
    /** The share of a new prediction taken: about the last five estimates count. */
    static final double WEIGHT = 0.3;
    private double finish = Double.NaN;

    /** The smoothed seconds left, given the seconds elapsed so far and a raw estimate of the seconds left. */
    double update(double elapsedSeconds, double rawLeft) {
        if (!Double.isFinite(rawLeft) || !Double.isFinite(elapsedSeconds)) {
            return Double.isNaN(finish) ? rawLeft : Math.max(0, finish - elapsedSeconds);
        }
        double predicted = elapsedSeconds + Math.max(0, rawLeft);
        finish = Double.isNaN(finish) ? predicted : finish + WEIGHT * (predicted - finish);
        return Math.max(0, finish - elapsedSeconds);
    }
}
