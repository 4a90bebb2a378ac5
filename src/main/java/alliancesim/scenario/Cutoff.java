package alliancesim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Which public figures are fitted: every target whose period ends by the cutoff month
 * ({@code calibrate --until YYYY-MM}) is fitted, every later one is held out. Without a month,
 * every target is fitted.
 */
public record Cutoff(Optional<YearMonth> until) {
    public static final Cutoff NONE = new Cutoff(Optional.empty());

    public Cutoff {
        java.util.Objects.requireNonNull(until);
    }

    public static Cutoff at(YearMonth month) {
        return new Cutoff(Optional.of(month));
    }

    /** Fitted: the target's last month ({@code to}, or {@code at}) is not after the cutoff. */
    public boolean fits(Target t) {
        return until.isEmpty() || !t.lastMonth().isAfter(until.get());
    }

    public List<Target> fitted(List<Target> targets) {
        return targets.stream().filter(this::fits).toList();
    }

    public List<Target> heldOut(List<Target> targets) {
        return targets.stream().filter(t -> !fits(t)).toList();
    }

    /** "fit" or "holdout", as fit.csv writes it. */
    public String use(Target t) {
        return fits(t) ? "fit" : "holdout";
    }

    /** "2024-06", or "none" when every target is fitted. */
    public String text() {
        return until.map(YearMonth::toString).orElse("none");
    }
}
