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

    SweepProgressDisplay(PrintWriter err, long total, long alreadyDone) {
        this.err = err;
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.done.set(alreadyDone);
        this.bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("runs").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500).build();
        if (bar != null) {
            bar.stepTo(alreadyDone);
        }
    }

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
                err.printf("  %d/%d runs, %.0f runs/s, about %.0f s left%n", d, total, rate, (total - d) / Math.max(rate, 1e-9));
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
