package alliancesim.calibrate;

import alliancesim.batch.Simulator;
import alliancesim.model.ModelEvent;
import alliancesim.model.Param;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.SweepSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A simulator that first draws the run's parameters from a posterior ({@link Posterior#draw}),
 * then lets the scenario's own `set:` values and sweep factors win, then runs. Events apply
 * during the run as always. So every replicate carries parameter uncertainty as well as the
 * model's noise.
 */
public final class PosteriorSimulator implements Simulator {
    private final Posterior posterior;
    private final Set<Param> keep;
    private final Simulator delegate;

    private PosteriorSimulator(Posterior posterior, Set<Param> keep, Simulator delegate) {
        this.posterior = posterior;
        this.keep = keep;
        this.delegate = delegate;
    }

    /** The scenario's simulator: the plain one without a posterior, a drawing one with it. */
    public static Simulator of(Scenario scenario, Simulator delegate) {
        if (scenario.posterior().isEmpty()) {
            return delegate;
        }
        return of(scenario, Posterior.read(scenario.posterior().get()), delegate);
    }

    /** As {@link #of(Scenario, Simulator)} with the scenario's posterior already read (a server reads it once). */
    public static Simulator of(Scenario scenario, Posterior posterior, Simulator delegate) {
        Set<Param> keep = EnumSet.noneOf(Param.class);
        keep.addAll(scenario.set().keySet());
        scenario.sweep().ifPresent(s -> s.factors().stream().map(SweepSpec.Factor::param).forEach(keep::add));
        return new PosteriorSimulator(posterior, keep, delegate);
    }

    @Override
    public Trajectory simulate(Parameters parameters, List<ModelEvent> events, int months, long seed) {
        return delegate.simulate(posterior.apply(parameters, seed, keep), events, months, seed);
    }

    @Override
    public Simulator keeping(Param p) {
        Set<Param> more = EnumSet.noneOf(Param.class);
        more.addAll(keep);
        more.add(p);
        return new PosteriorSimulator(posterior, more, delegate);
    }

    @Override
    public int particle(long seed) {
        return posterior.draw(seed);
    }
}
