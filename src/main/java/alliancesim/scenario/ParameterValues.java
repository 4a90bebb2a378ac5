package alliancesim.scenario;

import alliancesim.model.Param;

/** Checks a YAML value against a parameter's kind and range. */
final class ParameterValues {
    private ParameterValues() {
    }

    /** The value as a double, or null after reporting what is wrong with it. */
    static Double check(Param p, YamlNode node, Problems problems) {
        Object v = node instanceof YamlNode.Scalar s ? s.value() : null;
        Double value = switch (p.kind()) {
            case BOOLEAN -> v instanceof Boolean b ? (b ? 1.0 : 0.0) : null;
            case COUNT -> v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.doubleValue() : null;
            case NUMBER -> v instanceof Number n ? n.doubleValue() : null;
        };
        if (value == null) {
            String wanted = switch (p.kind()) {
                case BOOLEAN -> "true or false";
                case COUNT -> "a whole number";
                case NUMBER -> "a number";
            };
            problems.add(node.line(), p.key() + " takes " + wanted + " (" + p.unit() + "), not " + node.typeName());
            return null;
        }
        if (!p.inRange(value)) {
            problems.add(node.line(), p.key() + " = " + format(value) + " is out of range; use a value from "
                    + format(p.min()) + " to " + format(p.max()) + " (" + p.unit() + ")");
            return null;
        }
        return value;
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
