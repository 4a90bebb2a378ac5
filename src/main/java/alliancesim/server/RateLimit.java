package alliancesim.server;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What-ifs per client: a bucket of {@code burst} tokens per client, refilled at {@code perSecond};
 * a what-if takes one. A slider moved every two seconds never runs dry; a script in a loop does.
 * Clients idle for a minute are forgotten, so the table stays as small as the class.
 */
final class RateLimit {
    private static final long FORGET_NANOS = 60_000_000_000L;

    private final double perSecond;
    private final double burst;
    private final LongSupplier clock;
    private final Map<String, double[]> buckets = new HashMap<>();
    private long lastSweep;

    /** {@code clock} gives nanoseconds ({@code System::nanoTime}); tests pass their own. */
    RateLimit(double perSecond, int burst, LongSupplier clock) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
        this.lastSweep = clock.getAsLong();
    }

    /** Takes a token for {@code client}, or says how many seconds until one is there (0 when taken). */
    double take(String client) {
        return take(client, 1);
    }

    /** Takes {@code cost} tokens (a fraction for lighter work), or says how many seconds until they are there. */
    synchronized double take(String client, double cost) {
        long now = clock.getAsLong();
        if (now - lastSweep > FORGET_NANOS) {
            buckets.values().removeIf(b -> now - (long) b[1] > FORGET_NANOS);
            lastSweep = now;
        }
        double[] b = buckets.computeIfAbsent(client, c -> new double[] {burst, now});
        b[0] = Math.min(burst, b[0] + (now - (long) b[1]) / 1e9 * perSecond);
        b[1] = now;
        if (b[0] >= cost) {
            b[0] -= cost;
            return 0;
        }
        return (cost - b[0]) / perSecond;
    }

    /** Whether {@code client} has a bucket (a client id the server gave and has not forgotten). */
    synchronized boolean knows(String client) {
        return buckets.containsKey(client);
    }

    /** Gives {@code client} a full bucket, unless {@code max} clients are already known; says whether it did. */
    synchronized boolean admit(String client, int max) {
        if (buckets.size() >= max) {
            return false;
        }
        buckets.putIfAbsent(client, new double[] {burst, clock.getAsLong()});
        return true;
    }

    synchronized int clients() {
        return buckets.size();
    }
}
