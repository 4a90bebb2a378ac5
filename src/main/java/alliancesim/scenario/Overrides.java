package alliancesim.scenario;

import alliancesim.files.InvalidInputException;
import alliancesim.model.ModelEvent;
import alliancesim.model.Param;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Command-line `--set name=value` changes, checked like the `set:` block of a file. */
public final class Overrides {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]{1,3})?");

    private Overrides() {
    }

    public static Scenario apply(Scenario scenario, List<String> assignments) {
        Scenario result = scenario;
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("--set " + a + ": write it as name=value, e.g. --set sanctions.pressure.rus=0.9");
            }
            String key = a.substring(0, eq).trim();
            String text = a.substring(eq + 1).trim();
            Param p = Param.byKey(key).orElseThrow(() -> new InvalidInputException("--set " + a
                    + ": unknown parameter '" + key + "'" + DidYouMean.hint(key,
                    Param.all().stream().map(Param::key).toList()) + " (`alliance-sim params` lists them all)"));
            result = result.withSet(p, value(p, text, a));
        }
        return result;
    }

    /**
     * Refuses a `sweep --set` of a parameter the sweep varies, as a scenario's set: is refused: the sweep would
     * override it at every point, so the value asked for would never be run.
     */
    public static void refuseSweepFactors(Scenario scenario, List<String> assignments) {
        scenario.sweep().ifPresent(sweep -> {
            for (String a : assignments) {
                String key = a.substring(0, Math.max(0, a.indexOf('='))).trim();
                sweep.factors().stream().filter(f -> f.param().key().equals(key)).findFirst().ifPresent(f -> {
                    throw new InvalidInputException("--set " + a + ": " + key + " is a factor of the sweep in "
                            + scenario.source() + " (from " + f.min() + " to " + f.max() + "), which the sweep would"
                            + " override at every point; drop --set " + key + ", or remove it from the sweep's factors"
                            + " in a copy of the scenario");
                });
            }
        });
    }

    /**
     * One warning for each `--set` that an event of the scenario later overrides: the value holds only
     * until that event's month. (To win over the event, edit or drop it in a copy of the scenario.)
     */
    public static List<String> overriddenByEvents(Scenario scenario, List<String> assignments) {
        List<String> warnings = new java.util.ArrayList<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            Param p = eq <= 0 ? null : Param.byKey(a.substring(0, eq).trim()).orElse(null);
            if (p == null) {
                continue;
            }
            for (ModelEvent e : scenario.events()) {
                if (e.set().containsKey(p)) {
                    warnings.add("--set " + a.trim() + " holds only until month " + e.month() + " ("
                            + scenario.start().plusMonths(e.month()) + "), when the event '" + e.label() + "' sets "
                            + p.key() + " to " + ParameterValues.format(e.set().get(p))
                            + "; to keep your value, copy the scenario and change or remove that event");
                }
            }
        }
        return warnings;
    }

    private static double value(Param p, String text, String assignment) {
        double v;
        if (p.kind() == Param.Kind.BOOLEAN) {
            String t = text.toLowerCase(Locale.ROOT);
            if (!t.equals("true") && !t.equals("false")) {
                throw new InvalidInputException("--set " + assignment + ": " + p.key() + " takes true or false");
            }
            v = t.equals("true") ? 1 : 0;
        } else {
            // Java's parser also takes 0.5d, 0x1p3, NaN and Infinity: only plain decimal numbers are values.
            if (!DECIMAL.matcher(text).matches() || !Double.isFinite(Double.parseDouble(text))) {
                throw new InvalidInputException("--set " + assignment + ": " + p.key() + " takes a decimal number ("
                        + p.unit() + "), e.g. 0.5 or 1e6, not '" + text + "'");
            }
            v = Double.parseDouble(text);
            if (p.kind() == Param.Kind.COUNT && v != Math.rint(v)) {
                throw new InvalidInputException("--set " + assignment + ": " + p.key() + " takes a whole number");
            }
        }
        if (!p.inRange(v)) {
            throw new InvalidInputException("--set " + assignment + ": " + p.key() + " is out of range; use a value from "
                    + ParameterValues.format(p.min()) + " to " + ParameterValues.format(p.max()) + " (" + p.unit() + ")");
        }
        return v;
    }
}
