package alliancesim.model;

import java.util.List;
import java.util.Optional;

/** The outputs recorded every month: one place declares them all (name, unit, meaning). */
public enum Output {
    RUS_SHELL_SUFFICIENCY("rus_shell_sufficiency", "share of need", "Russian shells fired / shells wanted"),
    FRONT_BALANCE("front_balance", "index -1..1", "Lanchester square-law advantage (>0 Russia, <0 Ukraine)"),
    SHELLS_TRANSFERRED("shells_transferred", "shells/month", "PRK shells delivered to Russia"),
    SHELLS_INTERDICTED("shells_interdicted", "shells/month", "PRK shells interdicted on the way"),
    MISSILES_TRANSFERRED("missiles_transferred", "missiles/month", "PRK ballistic missiles delivered to Russia"),
    PRK_GDP_INDEX("prk_gdp_index", "index, month 0 = 1", "North Korean GDP"),
    RUS_GDP_INDEX("rus_gdp_index", "index, month 0 = 1", "Russian GDP"),
    PRK_CAPABILITY("prk_capability", "index", "North Korean military capability (Richardson y)"),
    TRILATERAL_POSTURE("trilateral_posture", "index", "mean USA/KOR/JPN deterrence posture (Richardson x)"),
    TIE_RUS_PRK("tie_rus_prk", "0..1", "RUS-PRK alliance tie strength"),
    CHINA_FACILITATION("china_facilitation", "share", "China's facilitation of sanctions evasion"),
    SANCTIONS_EFFECTIVENESS("sanctions_effectiveness", "share", "mean effective sanctions drag on RUS and PRK: pressure x (1 - evasion)"),
    REGIONAL_TENSION("regional_tension", "index", "weighted index of posture gap, capability, tests, flows, polarization"),
    CRISES("crises", "count", "crises so far"),
    MAX_ESCALATION("max_escalation", "rung 0..5", "highest escalation rung reached so far");

    private static final List<Output> ALL = List.of(values());

    private final String key;
    private final String unit;
    private final String description;

    Output(String key, String unit, String description) {
        this.key = key;
        this.unit = unit;
        this.description = description;
    }

    public String key() { return key; }
    public String unit() { return unit; }
    public String description() { return description; }

    /**
     * Whether the output takes whole values only (a count, a rung of a ladder): its quantiles are
     * observed values and its charts are steps. Read from the unit, so a new count needs no flag.
     */
    public boolean integer() { return unit.equals("count") || unit.startsWith("rung"); }

    public static List<Output> all() { return ALL; }

    public static Optional<Output> byKey(String key) {
        return ALL.stream().filter(o -> o.key.equals(key)).findFirst();
    }
}
