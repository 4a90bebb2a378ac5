package alliancesim.server;

import alliancesim.batch.PairedEnsemble;
import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.scenario.ParameterRange;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.Target;
import alliancesim.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The JSON answers of the API, as maps and lists (Jackson writes them); NaN is written as null. */
final class Api {
    private Api() {
    }

    /** GET /api/scenario: what the page needs before any run. */
    static Map<String, Object> scenario(Scenario s, List<Target> targets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("title", s.title());
        m.put("description", s.description());
        m.put("start", s.start().toString());
        m.put("months", s.months());
        m.put("record_ends", s.recordEnds().map(Object::toString).orElse(null));
        m.put("record_ends_month", s.recordEnds().map(r -> (int) s.start().until(r, java.time.temporal.ChronoUnit.MONTHS))
                .orElse(null));
        m.put("replications", Map.of("default", WhatIfRequest.DEFAULT_REPLICATIONS, "max", WhatIfRequest.MAX_REPLICATIONS));
        m.put("posterior", s.posterior().isPresent());
        Set<Param> drawn = s.posterior().isEmpty() ? Set.of()
                : s.calibrate().stream().map(ParameterRange::param).collect(Collectors.toSet());
        m.put("levers", WhatIfServer.LEVERS.stream().map(p -> lever(p, s, drawn)).toList());
        // the rest of the registry, behind "more" on the page; the API checks them as it checks the levers
        m.put("more", Param.all().stream().filter(p -> !WhatIfServer.LEVERS.contains(p)).map(p -> lever(p, s, drawn))
                .toList());
        List<Map<String, Object>> events = new ArrayList<>();
        for (ModelEvent e : s.events()) {
            events.add(Map.of("month", e.month(), "label", e.label()));
        }
        m.put("events", events);
        List<Map<String, Object>> outputs = new ArrayList<>();
        for (Output o : WhatIfServer.OUTPUTS) {
            Map<String, Object> om = describe(o);
            om.put("figures", figures(o, targets));
            outputs.add(om);
        }
        m.put("outputs", outputs);
        return m;
    }

    private static Map<String, Object> lever(Param p, Scenario s, Set<Param> drawn) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("key", p.key());
        l.put("description", p.description());
        l.put("unit", p.unit());
        l.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        l.put("min", p.min());
        l.put("max", p.max());
        l.put("default", s.parameters().get(p));
        l.put("step", step(p, s.parameters().get(p)));
        l.put("drawn", drawn.contains(p) && !s.set().containsKey(p));
        return l;
    }

    /**
     * POST /api/whatif: bands before and after, month by month, and the paired difference of each output;
     * {@code asItIs} are the before arm's bands as {@link #bands} gives them (the server keeps them).
     */
    static Map<String, Object> whatIf(PairedEnsemble.Outcome outcome, Map<Output, Map<String, Object>> asItIs,
                                      WhatIfRequest request, double millis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replications", request.replications());
        Map<String, Object> levers = new LinkedHashMap<>();
        request.levers().forEach((p, v) -> levers.put(p.key(), v));
        m.put("levers", levers);
        m.put("warnings", warnings(outcome.before(), request));
        List<Map<String, Object>> outputs = new ArrayList<>();
        int months = outcome.before().months();
        Map<Output, Map<String, Object>> after = bands(outcome.withChange(), months);
        for (Output o : WhatIfServer.OUTPUTS) {
            Map<String, Object> om = describe(o);
            om.put("before", asItIs.get(o));
            om.put("after", after.get(o));
            var d = outcome.difference(o);
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("statistic", o.flow() ? "total" : "final");
            dm.put("when", outcome.when(o));
            dm.put("unit", outcome.unit(o));
            dm.put("n", d.n());
            dm.put("before", num(d.meanBefore()));
            dm.put("after", num(d.meanAfter()));
            dm.put("difference", num(d.meanDifference()));
            dm.put("low", num(d.low()));
            dm.put("high", num(d.high()));
            dm.put("clear", alliancesim.stats.Intervals.clear(d.low(), d.high()));
            om.put("difference", dm);
            om.put("sentence", outcome.sentence(o));
            outputs.add(om);
        }
        m.put("outputs", outputs);
        m.put("server_ms", Math.round(millis * 10) / 10.0);
        return m;
    }

    /** As `whatif` warns: a lever an event of the scenario sets again holds only until that event. */
    private static List<String> warnings(Scenario s, WhatIfRequest request) {
        List<String> w = new ArrayList<>();
        for (Param p : request.levers().keySet()) {
            for (ModelEvent e : s.events()) {
                if (e.set().containsKey(p)) {
                    w.add(p.key() + " holds only until " + s.start().plusMonths(e.month()) + ", when the event '"
                            + e.label() + "' sets it to " + e.set().get(p));
                }
            }
        }
        return w;
    }

    private static Map<String, Object> describe(Output o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", o.key());
        m.put("title", o.title());
        m.put("description", o.description());
        m.put("unit", o.unit());
        m.put("kind", o.kind().key());
        return m;
    }

    /** An arm's bands of the page's outputs, unmodifiable (the server shares the as-it-is arm's between answers). */
    static Map<Output, Map<String, Object>> bands(PairedEnsemble.Arm arm, int months) {
        Map<Output, Map<String, Object>> bands = new java.util.EnumMap<>(Output.class);
        for (Output o : WhatIfServer.OUTPUTS) {
            bands.put(o, band(arm, o, months));
        }
        return java.util.Collections.unmodifiableMap(bands);
    }

    /**
     * An output's band month by month, each number to the 8 significant digits of the batch's
     * timeseries.csv: the same numbers as `whatif` writes, in about half the characters of a double.
     */
    private static Map<String, Object> band(PairedEnsemble.Arm arm, Output o, int months) {
        List<Object> p05 = new ArrayList<>(months);
        List<Object> p50 = new ArrayList<>(months);
        List<Object> p95 = new ArrayList<>(months);
        for (int month = 0; month < months; month++) {
            Summary s = arm.summary(month, o);
            p05.add(digits(s.p05()));
            p50.add(digits(s.p50()));
            p95.add(digits(s.p95()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p05", java.util.Collections.unmodifiableList(p05));
        m.put("p50", java.util.Collections.unmodifiableList(p50));
        m.put("p95", java.util.Collections.unmodifiableList(p95));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Double digits(double v) {
        return Double.isFinite(v) ? alliancesim.stats.NumberText.round(v) : null;
    }

    /**
     * The public figures of an output as monthly points with their 90 % ranges: a month's value at
     * its month, a mean or a cumulative figure as the monthly mean at the middle of its period, a
     * growth from month 0 as the index it implies. Growth from a later month has no place on a
     * monthly chart of the index and is left out.
     */
    static List<Map<String, Object>> figures(Output o, List<Target> targets) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Target t : targets) {
            if (t.output() != o) {
                continue;
            }
            double low = t.hasInterval() ? t.intervalLow() : t.value() - Target.Z90 * t.sd();
            double high = t.hasInterval() ? t.intervalHigh() : t.value() + Target.Z90 * t.sd();
            double value = t.value();
            double scale = 1;
            double shift = 0;
            switch (t.statistic()) {
                case VALUE, MEAN -> { }
                case CUMULATIVE -> scale = 1.0 / (t.to() - t.from() + 1);
                case GROWTH -> {
                    if (t.from() != 1) {
                        continue;
                    }
                    shift = 1;
                }
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", t.name());
            p.put("month", (t.from() + t.to()) / 2.0);
            p.put("from", t.from());
            p.put("to", t.to());
            p.put("value", shift + scale * value);
            p.put("low", shift + scale * low);
            p.put("high", shift + scale * high);
            p.put("statistic", t.statistic().key());
            p.put("period", t.period());
            p.put("source", t.source());
            points.add(p);
        }
        return points;
    }

    /**
     * A slider's step: a power of ten about a thousandth of the range (a hundredth for a share), made
     * finer until the scenario's value lies on it, so an untouched slider holds that value exactly.
     */
    private static double step(Param p, double value) {
        if (p.kind() == Param.Kind.BOOLEAN) {
            return 1;
        }
        double range = p.max() - p.min();
        double step = Math.pow(10, Math.floor(Math.log10(range)) - (range >= 1000 ? 3 : 2));
        if (p.kind() == Param.Kind.COUNT) {
            step = Math.max(1, step);
        }
        for (int i = 0; i < 6 && Math.abs((value - p.min()) / step - Math.rint((value - p.min()) / step)) > 1e-9; i++) {
            step /= 10;
        }
        return step;
    }


    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
