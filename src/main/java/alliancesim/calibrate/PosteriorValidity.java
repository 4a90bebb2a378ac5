package alliancesim.calibrate;

import alliancesim.batch.Simulator;
import alliancesim.batch.TargetCheck;
import alliancesim.scenario.Cutoff;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.Target;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario run with one of its posteriors against every public figure: each figure scored
 * ({@link HeldOutScore}), fitted or held out by the cutoff read from the calibration.yaml beside the
 * posterior, and the totals over the held-out figures.
 */
public record PosteriorValidity(String label, Path posterior, Cutoff cutoff, List<HeldOutScore> scores) {

    public PosteriorValidity {
        scores = List.copyOf(scores);
    }

    /** Runs {@code scenario} drawing from {@code posterior}, {@code replications} runs, as `validity` does. */
    public static PosteriorValidity run(String label, Scenario scenario, Path posterior, List<Target> targets,
                                        int replications, Simulator model) {
        Cutoff cutoff = CalibrationRecord.beside(posterior).cutoff();
        Scenario drawing = scenario.withPosterior(posterior);
        List<HeldOutScore> scores = TargetCheck.run(drawing, targets, replications, PosteriorSimulator.of(drawing, model))
                .stream().map(r -> new HeldOutScore(r, cutoff.fits(r.target()))).toList();
        return new PosteriorValidity(label, posterior, cutoff, scores);
    }

    public List<HeldOutScore> heldOut() {
        return scores.stream().filter(s -> !s.fitted()).toList();
    }

    public HeldOutScore.Totals heldOutTotals() {
        return HeldOutScore.Totals.of(heldOut());
    }
}
