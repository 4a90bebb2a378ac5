package alliancesim.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Runs done, runs per second and time left: a bar on a terminal, a plain line every 10 s otherwise. */
final class SweepProgressDisplay implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter err;
    private final long total;
    private final long alreadyDone;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastLine = new AtomicLong(System.nanoTime());
    private final TimeLeft timeLeft = new TimeLeft();

    SweepProgressDisplay(PrintWriter err, long total, long alreadyDone) {
        this.err = err;
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.done.set(alreadyDone);
        this.bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("runs").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500).build();
        if (bar != null) {
            bar.stepTo(alreadyDone);
            // The bar's terminal library resets Ctrl-C to the system's default, which kills the JVM
            // without running its shutdown hooks (the resume hint among them); exit as Java does instead.
            org.jline.utils.Signals.register("INT", () -> System.exit(INTERRUPTED));
        }
    }

    /** The exit code of a JVM stopped by Ctrl-C (128 + SIGINT's 2), as without the bar. */
    static final int INTERRUPTED = 130;

    void tick(int runs) {
        long d = done.addAndGet(runs);
        if (bar != null) {
            bar.stepBy(runs);
            return;
        }
        long now = System.nanoTime();
        long last = lastLine.get();
        if (now - last > 10_000_000_000L && lastLine.compareAndSet(last, now)) {
            double seconds = (now - startNanos) / 1e9;
            double rate = (d - alreadyDone) / Math.max(seconds, 1e-9); // this session's runs: a resume starts part-way
            synchronized (err) {
                double left = timeLeft.update(seconds, (total - d) / Math.max(rate, 1e-9));
                err.printf("  %d/%d runs, %.0f runs/s, about %.0f s left%n", d, total, rate, left);
                err.flush();
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
