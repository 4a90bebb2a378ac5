package alliancesim.batch;

/** Which run: design point, replicate and the seed derived from them. */
public record RunKey(int point, int replicate, long seed) {
}
