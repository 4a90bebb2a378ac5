package alliancesim.scenario;

import alliancesim.model.Param;

/** A parameter with a range inside its registry range: a uniform prior of `calibrate:`. */
public record ParameterRange(Param param, double min, double max) {
    public ParameterRange {
        if (!(min < max) || !param.inRange(min) || !param.inRange(max)) {
            throw new IllegalArgumentException(param.key() + ": range [" + min + ", " + max + "] must lie within ["
                    + param.min() + ", " + param.max() + "] with min < max");
        }
    }
}
