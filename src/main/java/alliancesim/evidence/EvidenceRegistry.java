package alliancesim.evidence;

import alliancesim.model.Param;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * seeds/evidence.yaml joined by name to the parameter registry. {@link #problems()} lists every
 * way the evidence fails: a parameter without an entry, an entry for no parameter, a quote that
 * is not in its article word for word, a sweep range outside the parameter's range.
 */
public final class EvidenceRegistry {
    public static final String FILE = "evidence.yaml";

    private final Map<Param, Provenance> byParam;
    private final Map<String, Provenance> events;
    private final List<String> problems;

    private EvidenceRegistry(Map<Param, Provenance> byParam, Map<String, Provenance> events, List<String> problems) {
        this.byParam = byParam;
        this.events = events;
        this.problems = List.copyOf(problems);
    }

    public static EvidenceRegistry load(SeedTexts seeds) {
        String yaml = seeds.read(FILE).orElseThrow(() -> new IllegalArgumentException("seeds/" + FILE + " not found"));
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("seeds/" + FILE + " is not valid YAML: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        Map<Param, Provenance> byParam = new EnumMap<>(Param.class);
        for (Map.Entry<String, JsonNode> e : root.path("parameters").properties()) {
            Optional<Param> p = Param.byKey(e.getKey());
            if (p.isEmpty()) {
                problems.add(e.getKey() + ": entry for a parameter the model does not have");
                continue;
            }
            Provenance prov = provenance(e.getKey(), e.getValue(), problems);
            check(e.getKey(), prov, seeds, problems);
            prov.sweep().ifPresent(r -> {
                if (r[0] < p.get().min() || r[1] > p.get().max() || r[0] >= r[1]) {
                    problems.add(e.getKey() + ": sweep [" + r[0] + ", " + r[1] + "] must lie within ["
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
            Provenance prov = new Provenance(Provenance.Kind.SEED, text(e.getValue(), "file"), text(e.getValue(), "quote"),
                    null, null, text(e.getValue(), "note"), Optional.empty());
            check("events." + e.getKey(), prov, seeds, problems);
            events.put(e.getKey(), prov);
        }
        return new EvidenceRegistry(byParam, events, problems);
    }

    private static Provenance provenance(String key, JsonNode n, List<String> problems) {
        String kindText = text(n, "kind");
        Provenance.Kind kind;
        try {
            kind = Provenance.Kind.valueOf(kindText == null ? "" : kindText.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            problems.add(key + ": kind must be seed, source or assumption, not '" + kindText + "'");
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
        Provenance p = new Provenance(kind, text(n, "file"), text(n, "quote"), text(n, "citation"), text(n, "statement"),
                text(n, "note"), sweep);
        switch (kind) {
            case SOURCE -> require(key, "citation", p.citation(), problems);
            case ASSUMPTION -> {
                require(key, "statement", p.statement(), problems);
                if (sweep.isEmpty()) {
                    problems.add(key + ": an assumption needs the range a sweep should use (sweep: [low, high])");
                }
            }
            case SEED -> {
                require(key, "file", p.file(), problems);
                require(key, "quote", p.quote(), problems);
            }
        }
        return p;
    }

    private static void check(String key, Provenance p, SeedTexts seeds, List<String> problems) {
        if (p.kind() != Provenance.Kind.SEED || p.file() == null || p.quote() == null) {
            return;
        }
        Optional<String> article = seeds.read(p.file());
        if (article.isEmpty()) {
            problems.add(key + ": seed file " + p.file() + " does not exist in seeds/");
        } else if (!article.get().contains(p.quote())) {
            problems.add(key + ": the quote \"" + p.quote() + "\" is not found word for word in " + p.file());
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

    public Map<String, Provenance> events() {
        return events;
    }

    public List<String> problems() {
        return problems;
    }
}
