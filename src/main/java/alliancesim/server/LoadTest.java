package alliancesim.server;

import alliancesim.stats.Summary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A room of students, simulated: each client opens the page (GET /api/scenario, keeping its cookies)
 * and moves a slider every {@code every} (or, when an answer is slower than that, as soon as it comes),
 * at its own phase, asking for a what-if with a new value of
 * sanctions.enforcement. Reports the latency of the what-ifs, the answers that were not 200, and the
 * heap after collection while it ran (flat when nothing leaks; the server runs in this JVM).
 */
public final class LoadTest {
    /** The heap is reported at the end of each of this many windows, after a full collection. */
    public static final int WINDOWS = 6;

    private LoadTest() {
    }

    /** What a load test saw: what-ifs asked, their HTTP statuses (0: no answer), latencies, heap after a full collection at the end of each window, in MB. */
    public record Report(int clients, Duration duration, int replications, int requests, Map<Integer, Integer> statuses,
                         double p50Millis, double p95Millis, double maxMillis, List<Double> heapMb) {
        public int errors() {
            return requests - statuses.getOrDefault(200, 0);
        }
    }

    private record Answer(int status, double millis) {
    }

    /** Runs {@code clients} against {@code base} (e.g. http://127.0.0.1:8080/) for {@code duration}. */
    public static Report run(URI base, Optional<JoinCode> code, int clients, Duration duration, Duration every,
                             int replications, long seed) throws InterruptedException {
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            SplittableRandom random = new SplittableRandom(seed + i);
            Thread t = new Thread(() -> client(base, code, random, start, end, every.toNanos(), replications, answers),
                    "load-client-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        List<Double> heap = new ArrayList<>();
        long window = Math.max(1, duration.toNanos() / WINDOWS);
        for (int w = 1; w <= WINDOWS; w++) {
            long windowEnd = start + w * window;
            while (System.nanoTime() < windowEnd) {
                Thread.sleep(Math.max(1, Math.min(100, (windowEnd - System.nanoTime()) / 1_000_000)));
            }
            heap.add(heapAfterCollectionMb());
        }
        for (Thread t : threads) {
            t.join(every.toMillis() + 60_000);
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        double[] ms = answers.stream().mapToDouble(Answer::millis).toArray();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        Summary s = Summary.of(ms);
        double max = java.util.Arrays.stream(ms).max().orElse(Double.NaN);
        return new Report(clients, duration, replications, ms.length, statuses, s.p50(), s.p95(), max, heap);
    }

    private static void client(URI base, Optional<JoinCode> code, SplittableRandom random, long start, long end,
                               long every, int replications, ConcurrentLinkedQueue<Answer> answers) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            http.send(request(base.resolve("/api/scenario"), code).GET().build(), HttpResponse.BodyHandlers.discarding());
            // students do not move together: each starts at its own moment within the first interval
            long next = start + (long) (random.nextDouble() * every);
            while (true) {
                long now = System.nanoTime();
                if (next >= end) {
                    return;
                }
                if (next > now) {
                    Thread.sleep((next - now) / 1_000_000);
                }
                double value = random.nextInt(101) / 100.0;
                String body = "{\"levers\": {\"sanctions.enforcement\": " + value + "}, \"replications\": "
                        + replications + "}";
                long t0 = System.nanoTime();
                int status;
                try {
                    status = http.send(request(base.resolve("/api/whatif"), code).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (IOException e) {
                    status = 0;
                }
                answers.add(new Answer(status, (System.nanoTime() - t0) / 1e6));
                // a student waits for the charts before moving again: a slow answer delays the next move, and
                // moves missed meanwhile are not made up in a burst
                next = Math.max(next + every, System.nanoTime());
            }
        } catch (IOException e) {
            answers.add(new Answer(0, Double.NaN));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpRequest.Builder request(URI uri, Optional<JoinCode> code) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        code.ifPresent(c -> b.header(JoinCode.HEADER, c.code()));
        return b;
    }

    /**
     * The heap in use right after a full collection, in MB: what is kept, not the garbage awaiting the next
     * collection. A full collection of this small heap takes milliseconds; it runs once a window.
     */
    private static double heapAfterCollectionMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }
}
