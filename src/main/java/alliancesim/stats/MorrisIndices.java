package alliancesim.stats;

/**
 * Morris screening (Morris 1991; mu* after Campolongo et al. 2007): the mean of the absolute
 * elementary effects (mu*), their mean (mu) and standard deviation (sigma) for one factor.
 */
public record MorrisIndices(double muStar, double mu, double sigma, int r) {

    public static MorrisIndices of(double[] effects) {
        int r = effects.length;
        double abs = 0;
        double sum = 0;
        for (double e : effects) {
            abs += Math.abs(e);
            sum += e;
        }
        double mu = sum / r;
        double ss = 0;
        for (double e : effects) {
            ss += (e - mu) * (e - mu);
        }
        return new MorrisIndices(abs / r, mu, r > 1 ? Math.sqrt(ss / (r - 1)) : 0, r);
    }
}
