package alliancesim.evidence;

import alliancesim.files.InvalidInputException;
import alliancesim.model.Param;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * seeds/evidence.yaml joined by name to the parameter registry. {@link #problems()} lists every way the
 * evidence overstates itself or fails: a parameter without an entry, an entry for no parameter, a quote
 * not in its article word for word, a seed whose span does not state or bound its value, a citation of a
 * file the project's users do not have, a calibrated entry naming a target that is not a fit target of
 * seeds/targets.yaml, a sweep range outside the parameter's range.
 */
public final class EvidenceRegistry {
    public static final String FILE = "evidence.yaml";
    /** A citation names at least the year of the publication. */
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    private final Map<Param, Provenance> byParam;
    private final Map<String, Provenance> events;
    private final List<String> problems;

    private EvidenceRegistry(Map<Param, Provenance> byParam, Map<String, Provenance> events, List<String> problems) {
        this.byParam = byParam;
        this.events = events;
        this.problems = List.copyOf(problems);
    }

    public static EvidenceRegistry load(SeedTexts seeds) {
        String yaml = seeds.read(FILE).orElseThrow(() -> new InvalidInputException("seeds/" + FILE + " not found"));
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new InvalidInputException("seeds/" + FILE + " is not valid YAML: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        Optional<TargetIndex> targets = TargetIndex.load(seeds, problems);
        Map<Param, Provenance> byParam = new EnumMap<>(Param.class);
        for (Map.Entry<String, JsonNode> e : root.path("parameters").properties()) {
            String key = e.getKey();
            Optional<Param> p = Param.byKey(key);
            if (p.isEmpty()) {
                problems.add(key + ": entry for a parameter the model does not have");
                continue;
            }
            Provenance prov = provenance(key, e.getValue(), problems);
            checkQuotes(key, prov, seeds, problems);
            checkSeedValue(key, p.get(), prov, problems);
            checkTargets(key, prov, targets, problems);
            checkFileMentions(key, prov, seeds, problems);
            prov.sweep().ifPresent(r -> {
                if (r[0] < p.get().min() || r[1] > p.get().max() || r[0] >= r[1]) {
                    problems.add(key + ": sweep [" + r[0] + ", " + r[1] + "] must lie within ["
                            + p.get().min() + ", " + p.get().max() + "] with low < high");
                }
            });
            byParam.put(p.get(), prov);
        }
        for (Param p : Param.all()) {
            if (!byParam.containsKey(p)) {
                problems.add(p.key() + ": no entry in seeds/" + FILE + "; every parameter needs its provenance");
            }
        }
        Map<String, Provenance> events = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("events").properties()) {
            Provenance prov = Provenance.quoted(text(e.getValue(), "file"), text(e.getValue(), "quote"),
                    text(e.getValue(), "note"));
            checkQuotes("events." + e.getKey(), prov, seeds, problems);
            checkFileMentions("events." + e.getKey(), prov, seeds, problems);
            events.put(e.getKey(), prov);
        }
        return new EvidenceRegistry(byParam, events, problems);
    }

    private static Provenance provenance(String key, JsonNode n, List<String> problems) {
        String kindText = text(n, "kind");
        Provenance.Kind kind;
        try {
            kind = Provenance.Kind.valueOf(kindText == null ? "" : kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            problems.add(key + ": kind must be seed, source, assumption or calibrated, not '" + kindText + "'");
            kind = Provenance.Kind.ASSUMPTION;
        }
        Optional<double[]> sweep = Optional.empty();
        if (n.has("sweep")) {
            JsonNode s = n.get("sweep");
            if (s.isArray() && s.size() == 2 && s.get(0).isNumber() && s.get(1).isNumber()) {
                sweep = Optional.of(new double[] {s.get(0).asDouble(), s.get(1).asDouble()});
            } else {
                problems.add(key + ": sweep must be [low, high]");
            }
        }
        Provenance.Bound bound = null;
        String boundText = text(n, "bound");
        if (boundText != null) {
            try {
                bound = Provenance.Bound.valueOf(boundText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problems.add(key + ": bound must be value, lower or upper, not '" + boundText + "'");
            }
        }
        OptionalDouble value = OptionalDouble.empty();
        if (n.has("value")) {
            if (n.get("value").isNumber()) {
                value = OptionalDouble.of(n.get("value").asDouble());
            } else {
                problems.add(key + ": value must be a number");
            }
        }
        List<String> targets = new ArrayList<>();
        if (n.has("targets")) {
            if (n.get("targets").isArray()) {
                n.get("targets").forEach(t -> targets.add(t.asText()));
            } else {
                problems.add(key + ": targets must be a list of target names, e.g. [name1, name2]");
            }
        }
        Provenance p = new Provenance(kind, text(n, "file"), text(n, "quote"), text(n, "span"), bound, value,
                text(n, "citation"), text(n, "statement"), text(n, "motivation"), targets, text(n, "note"), sweep);
        switch (kind) {
            case SEED -> {
                require(key, "file", p.file(), problems);
                require(key, "quote", p.quote(), problems);
                require(key, "span", p.span(), problems);
                if (boundText == null) {
                    problems.add(key + ": a seed needs 'bound: value', 'bound: lower' or 'bound: upper'");
                }
            }
            case SOURCE -> {
                require(key, "citation", p.citation(), problems);
                if (p.citation() != null && !YEAR.matcher(p.citation()).find()) {
                    problems.add(key + ": the citation names no date; give publisher, what and when (at least the year)");
                }
            }
            case ASSUMPTION -> {
                require(key, "statement", p.statement(), problems);
                requireSweep(key, sweep, problems);
                if (p.motivation() != null) {
                    require(key, "file (of the motivation)", p.file(), problems);
                }
            }
            case CALIBRATED -> {
                if (targets.isEmpty()) {
                    problems.add(key + ": a calibrated entry names the targets that set it (targets: [name, ...])");
                }
                requireSweep(key, sweep, problems);
            }
        }
        if (kind != Provenance.Kind.SEED && (p.span() != null || boundText != null)) {
            problems.add(key + ": span and bound belong to a seed; a " + p.kindName()
                    + " does not claim that a quote gives its value");
        }
        if (kind != Provenance.Kind.ASSUMPTION && p.motivation() != null) {
            problems.add(key + ": motivation belongs to an assumption");
        }
        return p;
    }

    private static void requireSweep(String key, Optional<double[]> sweep, List<String> problems) {
        if (sweep.isEmpty()) {
            problems.add(key + ": needs the range a sweep or a calibration should use (sweep: [low, high])");
        }
    }

    /** The seed's quote and the assumption's motivation are in their article word for word; the span is in the quote. */
    private static void checkQuotes(String key, Provenance p, SeedTexts seeds, List<String> problems) {
        String quoted = p.kind() == Provenance.Kind.ASSUMPTION ? p.motivation() : p.quote();
        if (p.file() == null || quoted == null) {
            return;
        }
        Optional<String> article = seeds.read(p.file());
        if (article.isEmpty()) {
            problems.add(key + ": seed file " + p.file() + " does not exist in seeds/");
        } else if (!article.get().contains(quoted)) {
            problems.add(key + ": the quote \"" + quoted + "\" is not found word for word in " + p.file());
        }
        if (p.span() != null && !quoted.contains(p.span())) {
            problems.add(key + ": the span \"" + p.span() + "\" is not part of the quote");
        }
    }

    /** A seed's span states a number, and the value (the entry's, else the default) agrees with it. */
    private static void checkSeedValue(String key, Param param, Provenance p, List<String> problems) {
        if (p.kind() != Provenance.Kind.SEED || p.span() == null || p.bound() == null) {
            return;
        }
        Optional<StatedNumber> stated = StatedNumber.in(p.span());
        if (stated.isEmpty()) {
            problems.add(key + ": the span \"" + p.span() + "\" states no number, so it cannot give the value;"
                    + " make the entry an assumption with this quote as its motivation");
            return;
        }
        double v = p.value().orElse(param.defaultValue());
        if (!stated.get().agrees(v, p.bound())) {
            String relation = switch (p.bound()) {
                case VALUE -> "equal to";
                case LOWER -> "at least";
                case UPPER -> "at most";
            };
            problems.add(key + ": the value " + ParameterTable.number(v) + " is not " + relation + " the "
                    + ParameterTable.number(stated.get().number()) + " that \"" + p.span() + "\" states"
                    + (stated.get().lowerOnly() ? " (a plural round word only bounds from below: bound: lower)" : ""));
        }
        if (p.value().isPresent()) {
            if (!param.inRange(v)) {
                problems.add(key + ": value " + ParameterTable.number(v) + " is outside [" + param.min() + ", "
                        + param.max() + "]");
            }
            if (v != param.defaultValue() && (p.note() == null || p.note().isBlank())) {
                problems.add(key + ": the value " + ParameterTable.number(v) + " is not the default "
                        + ParameterTable.number(param.defaultValue()) + ": say in 'note' where the model uses it");
            }
        }
    }

    /**
     * A calibrated entry names targets that exist in seeds/targets.yaml. Whether each was fitted is the
     * calibration's cutoff, recorded beside the posterior (calibration.yaml), not the evidence's.
     */
    private static void checkTargets(String key, Provenance p, Optional<TargetIndex> index, List<String> problems) {
        if (p.kind() != Provenance.Kind.CALIBRATED) {
            return;
        }
        if (index.isEmpty()) {
            problems.add(key + ": calibrated, but seeds/" + TargetIndex.FILE + " does not exist");
            return;
        }
        for (String t : p.targets()) {
            if (!index.get().names().contains(t)) {
                problems.add(key + ": calibrated to '" + t + "', which is not a target in seeds/" + TargetIndex.FILE);
            }
        }
    }

    private static void checkFileMentions(String key, Provenance p, SeedTexts seeds, List<String> problems) {
        for (String text : new String[] {p.citation(), p.statement(), p.note()}) {
            for (String f : FileMentions.outsideProject(text, seeds)) {
                problems.add(key + ": cites " + f + ", a file outside the project;"
                        + " cite the original public source (publisher, title, date)");
            }
        }
    }

    private static void require(String key, String field, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(key + ": '" + field + "' is missing");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public Provenance of(Param p) {
        Provenance prov = byParam.get(p);
        if (prov == null) {
            throw new IllegalStateException(p.key() + " has no provenance");
        }
        return prov;
    }

    /** How many parameters have each kind of provenance, every kind listed (0 when none). */
    public Map<Provenance.Kind, Integer> countByKind() {
        Map<Provenance.Kind, Integer> counts = new EnumMap<>(Provenance.Kind.class);
        for (Provenance.Kind k : Provenance.Kind.values()) {
            counts.put(k, 0);
        }
        byParam.values().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        return counts;
    }

    public Map<String, Provenance> events() {
        return events;
    }

    public List<String> problems() {
        return problems;
    }
}
