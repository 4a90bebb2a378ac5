package alliancesim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The token buckets on a clock the test moves. */
class RateLimitTest {
    private final long[] now = {1_000_000_000L};
    private final RateLimit limit = new RateLimit(2, 3, () -> now[0]);

    @Test
    void aBurstPassesThenTheClientWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limit.take("a"), "take " + i);
        }
        // empty bucket, 2 tokens a second: the next one is half a second away
        assertEquals(0.5, limit.take("a"), 1e-12);
        now[0] += 250_000_000L;
        assertEquals(0.25, limit.take("a"), 1e-12);
        now[0] += 250_000_000L;
        assertEquals(0, limit.take("a"));
        assertEquals(0, limit.take("b"), "another client has its own bucket");
    }

    @Test
    void lighterWorkTakesAFractionOfAToken() {
        for (int i = 0; i < 2; i++) {
            assertEquals(0, limit.take("a"));
        }
        // one token left: ten play runs at a tenth each take it, the eleventh waits a twentieth of a second
        for (int i = 0; i < 10; i++) {
            assertEquals(0, limit.take("a", 0.1), "play " + i);
        }
        assertEquals(0.05, limit.take("a", 0.1), 1e-9);
    }

    @Test
    void aRefillNeverExceedsTheBurst() {
        now[0] += 3_600_000_000_000L;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limit.take("a"));
        }
        assertTrue(limit.take("a") > 0);
    }

    @Test
    void idleClientsAreForgottenAndAdmissionIsCapped() {
        assertTrue(limit.admit("x", 2));
        assertTrue(limit.admit("y", 2));
        assertFalse(limit.admit("z", 2), "full: clients told apart by address only");
        assertTrue(limit.knows("x"));
        now[0] += 61_000_000_000L;
        limit.take("w");
        assertFalse(limit.knows("x"), "idle a minute");
        assertEquals(1, limit.clients());
    }

    @Test
    void aRateMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, 1, System::nanoTime));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(Double.NaN, 1, System::nanoTime));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, 0, System::nanoTime));
    }
}
