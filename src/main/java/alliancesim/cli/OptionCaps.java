package alliancesim.cli;

import alliancesim.files.InvalidInputException;
import java.util.Locale;

/**
 * The most an option that sizes work may ask for: beyond it the command is refused before anything runs, with the
 * numbers, as an oversized design is (a mistyped --particles 2000000000 would otherwise fill the memory and die).
 */
final class OptionCaps {
    /** Particles of one generation: 100 times the default; each holds a parameter vector and its distances. */
    static final int MAX_PARTICLES = 100_000;
    /** Generations: ABC-SMC's tolerance stops falling usefully long before this. */
    static final int MAX_GENERATIONS = 100;
    /** Simulations averaged per particle. */
    static final int MAX_REPLICATIONS_PER_PARTICLE = 1_000;

    private OptionCaps() {
    }

    /** Refuses {@code value} above {@code max}, saying what the limit is for; null (option not given) passes. */
    static void atMost(String option, Integer value, long max, String why) {
        if (value != null && value > max) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s %,d is more than %,d, the most alliance-sim"
                    + " takes (%s); give %s 1 to %,d", option, value, max, why, option, max));
        }
    }
}
