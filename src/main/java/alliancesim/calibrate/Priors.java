package alliancesim.calibrate;

import alliancesim.evidence.EvidenceRegistry;
import alliancesim.evidence.Provenance;
import alliancesim.files.InvalidInputException;
import alliancesim.model.Param;
import alliancesim.model.Parameters;
import alliancesim.scenario.ParameterRange;
import alliancesim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters a calibration fits, each with a uniform prior: the scenario's `calibrate:` block,
 * or else every `assumption` parameter of seeds/evidence.yaml over its sweep range, except those
 * the scenario's `set:` fixes and flags. Registry order, so files and streams do not depend on
 * the order of a YAML block.
 */
public record Priors(List<ParameterRange> ranges) {
    public Priors {
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new InvalidInputException("nothing to calibrate: add a calibrate: block naming parameters and"
                    + " their { min, max } to the scenario");
        }
    }

    public static Priors of(Scenario scenario, EvidenceRegistry evidence) {
        if (!scenario.calibrate().isEmpty()) {
            List<ParameterRange> sorted = new ArrayList<>(scenario.calibrate());
            sorted.sort((a, b) -> Integer.compare(a.param().ordinal(), b.param().ordinal()));
            return new Priors(sorted);
        }
        List<ParameterRange> ranges = new ArrayList<>();
        for (Param p : Param.all()) {
            Provenance prov = evidence.of(p);
            if (prov.kind() == Provenance.Kind.ASSUMPTION && prov.sweep().isPresent()
                    && p.kind() != Param.Kind.BOOLEAN && !scenario.set().containsKey(p)) {
                double[] r = prov.sweep().get();
                ranges.add(new ParameterRange(p, r[0], r[1]));
            }
        }
        return new Priors(ranges);
    }

    public int dimension() {
        return ranges.size();
    }

    public List<Param> params() {
        return ranges.stream().map(ParameterRange::param).toList();
    }

    public double[] lower() {
        return ranges.stream().mapToDouble(ParameterRange::min).toArray();
    }

    public double[] upper() {
        return ranges.stream().mapToDouble(ParameterRange::max).toArray();
    }

    /** sd of each uniform prior: width / sqrt(12). */
    public double sd(int k) {
        return (ranges.get(k).max() - ranges.get(k).min()) / Math.sqrt(12);
    }

    /** {@code base} with the fitted parameters set to {@code theta} (counts rounded to whole numbers). */
    public Parameters apply(Parameters base, double[] theta) {
        Parameters p = base;
        for (int k = 0; k < theta.length; k++) {
            Param param = ranges.get(k).param();
            double v = param.kind() == Param.Kind.COUNT ? Math.rint(theta[k]) : theta[k];
            p = p.with(param, Math.max(param.min(), Math.min(param.max(), v)));
        }
        return p;
    }
}
