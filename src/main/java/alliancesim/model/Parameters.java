package alliancesim.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** An immutable full set of parameter values, indexed by {@link Param}. */
public final class Parameters {
    private final double[] values;

    private Parameters(double[] values) {
        this.values = values;
    }

    public static Parameters defaults() {
        double[] v = new double[Param.all().size()];
        for (Param p : Param.all()) {
            v[p.ordinal()] = p.defaultValue();
        }
        return new Parameters(v);
    }

    public double get(Param p) {
        return values[p.ordinal()];
    }


    /** A copy with one value changed; the range is checked here so no model ever sees a bad value. */
    public Parameters with(Param p, double value) {
        if (!p.inRange(value) || Double.isNaN(value)) {
            throw new IllegalArgumentException(p.key() + " = " + value + " is outside its range ["
                    + p.min() + ", " + p.max() + "]");
        }
        double[] v = values.clone();
        v[p.ordinal()] = value;
        return new Parameters(v);
    }

    /** A copy with several values changed, each checked as {@link #with} checks it; one copy, not one per change. */
    public Parameters withAll(Map<Param, Double> changes) {
        double[] v = values.clone();
        for (Map.Entry<Param, Double> e : changes.entrySet()) {
            Param p = e.getKey();
            double value = e.getValue();
            if (!p.inRange(value) || Double.isNaN(value)) {
                throw new IllegalArgumentException(p.key() + " = " + value + " is outside its range ["
                        + p.min() + ", " + p.max() + "]");
            }
            v[p.ordinal()] = value;
        }
        return new Parameters(v);
    }

    /** A fresh mutable copy of the values, indexed by {@link Param#ordinal()}. */
    double[] toArray() {
        return values.clone();
    }

    /** Values by registry name, in registry order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Param p : Param.all()) {
            m.put(p.key(), values[p.ordinal()]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Parameters" + asMap();
    }
}
