package alliancesim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the line it stands on, so every error can point at the file and line. */
sealed interface YamlNode {
    int line();

    /** A human name for the node's type, for "expected a number, got a list" messages. */
    String typeName();

    record Mapping(int line, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public String typeName() { return "a mapping"; }
    }

    /** A key of a mapping, its line and its value. */
    record Entry(String key, int line, YamlNode value) {
    }

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        public String typeName() { return "a list"; }
    }

    /** A scalar: Long, Double, String, Boolean or null. */
    record Scalar(int line, Object value) implements YamlNode {
        public String typeName() {
            if (value == null) {
                return "nothing (null)";
            }
            if (value instanceof String s) {
                return "the text '" + s + "'";
            }
            if (value instanceof Boolean) {
                return "a boolean";
            }
            return "the number " + value;
        }
    }
}
