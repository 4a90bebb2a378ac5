package alliancesim.server;

import alliancesim.model.Param;
import alliancesim.scenario.DidYouMean;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A POST /api/whatif body, checked against the parameter registry: {@code {"levers": {name: value},
 * "replications": n}}. Every value is a registry parameter in its range (a flag true/false or 0/1, a
 * count whole); replications 2 to {@link #MAX_REPLICATIONS}. Anything else is a {@link BadRequest}
 * that says what to fix; nothing runs.
 */
public record WhatIfRequest(Map<Param, Double> levers, int replications) {
    public static final int MAX_REPLICATIONS = 200;
    public static final int DEFAULT_REPLICATIONS = 100;
    /** The largest body read: every parameter of the registry set at once fits in a few KB. */
    public static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Set<String> FIELDS = Set.of("levers", "replications");
    private static final ObjectMapper JSON = new ObjectMapper();

    public WhatIfRequest {
        levers = Map.copyOf(levers);
    }

    /**
     * The page's address as a request: each parameter {@code NAME=VALUE} a lever, {@code replications=N},
     * {@code join} ignored (it is the room's code); checked as a body is, with the same messages.
     */
    public static WhatIfRequest fromQuery(Map<String, java.util.List<String>> query) {
        com.fasterxml.jackson.databind.node.ObjectNode levers = JSON.createObjectNode();
        JsonNode replications = null;
        for (Map.Entry<String, java.util.List<String>> e : query.entrySet()) {
            if (e.getKey().equals(JoinCode.COOKIE)) {
                continue;
            }
            if (e.getValue().size() != 1) {
                throw new BadRequest("give " + shown(e.getKey()) + " once in the address");
            }
            JsonNode v = scalar(e.getValue().get(0));
            if (e.getKey().equals("replications")) {
                replications = v;
            } else {
                levers.set(e.getKey(), v);
            }
        }
        return new WhatIfRequest(levers(levers), replications(replications));
    }

    /** A value from the address: a JSON number or true/false as such, anything else as text (refused as not a number). */
    private static JsonNode scalar(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            if (n != null && (n.isNumber() || n.isBoolean())) {
                return n;
            }
        } catch (JsonProcessingException e) {
            // not a number: kept as text, which the lever's check refuses with its message
        }
        return JSON.getNodeFactory().textNode(text);
    }

    /** A request's body, or a 400 naming the first problem found. */
    public static WhatIfRequest parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON (" + e.getOriginalMessage()
                    + "); send {\"levers\": {\"sanctions.pressure.rus\": 0.9}, \"replications\": 100}");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("the body must be a JSON object: {\"levers\": {NAME: VALUE}, \"replications\": N}");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new BadRequest("unknown field '" + f + "'; a what-if takes 'levers' and 'replications'");
            }
        }
        return new WhatIfRequest(levers(root.get("levers")), replications(root.get("replications")));
    }

    private static Map<Param, Double> levers(JsonNode node) {
        Map<Param, Double> levers = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return levers;
        }
        if (!node.isObject()) {
            throw new BadRequest("'levers' must be an object of parameter names and values, e.g. {\"sanctions.enforcement\": 0.6}");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            Param p = Param.byKey(key).orElseThrow(() -> new BadRequest("unknown parameter '" + shown(key) + "'"
                    + DidYouMean.hint(key, Param.all().stream().map(Param::key).toList())));
            levers.put(p, value(p, e.getValue()));
        }
        return levers;
    }

    private static double value(Param p, JsonNode v) {
        double x;
        if (p.kind() == Param.Kind.BOOLEAN && v.isBoolean()) {
            x = v.booleanValue() ? 1 : 0;
        } else if (v.isNumber()) {
            x = v.doubleValue();
        } else {
            throw new BadRequest(p.key() + " takes " + (p.kind() == Param.Kind.BOOLEAN ? "true or false" : "a number ("
                    + p.unit() + ")") + ", not " + shown(v.toString()));
        }
        if (!Double.isFinite(x) || !p.inRange(x)) {
            throw new BadRequest(p.key() + " = " + shown(v.toString()) + " is out of range; use a value from "
                    + number(p.min()) + " to " + number(p.max()) + " (" + p.unit() + ")");
        }
        if (p.kind() == Param.Kind.BOOLEAN && x != 0 && x != 1) {
            throw new BadRequest(p.key() + " is a flag: true or false (1 or 0)");
        }
        if (p.kind() == Param.Kind.COUNT && x != Math.rint(x)) {
            throw new BadRequest(p.key() + " takes a whole number (" + p.unit() + ")");
        }
        return x;
    }

    private static int replications(JsonNode node) {
        if (node == null || node.isNull()) {
            return DEFAULT_REPLICATIONS;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 2
                || node.intValue() > MAX_REPLICATIONS) {
            throw new BadRequest("replications must be a whole number from 2 to " + MAX_REPLICATIONS + ", not "
                    + shown(node.toString()));
        }
        return node.intValue();
    }

    /** Input echoed in a message, cut short: a message never carries a whole hostile body back. */
    static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
