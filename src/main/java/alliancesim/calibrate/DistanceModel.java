package alliancesim.calibrate;

/**
 * What ABC-SMC needs of a model: the distance between the data and one stochastic simulation at
 * parameter vector {@code theta} with seed {@code seed}. Must be a pure function of its arguments
 * (thread-safe); +infinity rejects. The alliance model is one ({@link ModelDistance}); tests use toys.
 */
@FunctionalInterface
public interface DistanceModel {
    double distance(double[] theta, long seed);
}
