package alliancesim.scenario;

import java.util.Optional;

/** Typed access to the keys of a mapping, reporting wrong types as problems. */
final class Fields {
    private final YamlNode.Mapping map;
    private final Problems problems;

    record Text(String value, int line) {
    }

    Fields(YamlNode.Mapping map, Problems problems) {
        this.map = map;
        this.problems = problems;
    }

    Optional<YamlNode.Entry> entry(String key) {
        return Optional.ofNullable(map.entries().get(key));
    }

    Optional<Text> text(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.value() instanceof YamlNode.Scalar s && s.value() != null && !(s.value() instanceof Boolean)) {
            return Optional.of(new Text(String.valueOf(s.value()), e.line()));
        }
        problems.add(e.line(), "'" + key + "' takes text, not " + e.value().typeName());
        return Optional.empty();
    }

    Optional<Long> integer(String key, long min, long max) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) {
            return Optional.empty();
        }
        Object v = e.value() instanceof YamlNode.Scalar s ? s.value() : null;
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e15) {
            v = (long) d.doubleValue();
        }
        if (!(v instanceof Long n)) {
            problems.add(e.line(), "'" + key + "' takes a whole number, not " + e.value().typeName());
            return Optional.empty();
        }
        if (n < min || n > max) {
            problems.add(e.line(), "'" + key + "' is " + n + " but must be between " + min + " and " + max);
            return Optional.empty();
        }
        return Optional.of(n);
    }
}
