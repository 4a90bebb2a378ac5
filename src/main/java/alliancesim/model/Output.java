package alliancesim.model;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The outputs recorded every month: one place declares them all (kind, name, unit, title, meaning, sign,
 * and how each is read from the model);
 * result folders carry this in their manifest, so reports read it there. The
 * kind says how a run is summarized: a flow by its total over the run (or a period), a stock, an
 * index or a count by its value at the end.
 */
public enum Output {
    RUS_SHELL_SUFFICIENCY(Kind.INDEX, "rus_shell_sufficiency", "share of need", "Russian shell sufficiency",
            "Russian shells fired / shells wanted",
            AllianceModel::rusShellSufficiency),
    FRONT_BALANCE(Kind.INDEX, "front_balance", "index -1..1", "Front balance",
            "combat-power balance: (P_rus - P_ukr) / (P_rus + P_ukr), >0 favours Russia", true,
            AllianceModel::frontBalance),
    SHELLS_TRANSFERRED(Kind.FLOW, "shells_transferred", "shells/month", "North Korean shells delivered to Russia",
            "PRK shells delivered to Russia",
            m -> m.russia().shells().received()),
    SHELLS_INTERDICTED(Kind.FLOW, "shells_interdicted", "shells/month", "North Korean shells interdicted",
            "PRK shells interdicted on the way",
            m -> m.northKorea().shells().interdicted()),
    MISSILES_TRANSFERRED(Kind.FLOW, "missiles_transferred", "missiles/month", "North Korean missiles delivered to Russia",
            "PRK ballistic missiles delivered to Russia",
            m -> m.russia().missiles().received()),
    PRK_GDP_INDEX(Kind.INDEX, "prk_gdp_index", "index, month 0 = 1", "North Korean GDP",
            "North Korean GDP",
            m -> m.northKorea().gdpIndex()),
    RUS_GDP_INDEX(Kind.INDEX, "rus_gdp_index", "index, month 0 = 1", "Russian GDP",
            "Russian GDP",
            m -> m.russia().gdpIndex()),
    PRK_CAPABILITY(Kind.INDEX, "prk_capability", "index", "North Korean military capability",
            "North Korean military capability (Richardson y)",
            m -> m.northKorea().military()),
    TRILATERAL_POSTURE(Kind.INDEX, "trilateral_posture", "index", "Trilateral deterrence posture",
            "mean USA/KOR/JPN deterrence posture (Richardson x)",
            AllianceModel::trilateralPosture),
    TIE_RUS_PRK(Kind.INDEX, "tie_rus_prk", "0..1", "RUS–PRK tie",
            "RUS-PRK alliance tie strength",
            m -> m.tie(TiePair.RUS_PRK)),
    CHINA_FACILITATION(Kind.INDEX, "china_facilitation", "share", "China's facilitation of sanctions evasion",
            "China's facilitation of sanctions evasion",
            AllianceModel::chinaFacilitation),
    SANCTIONS_EFFECTIVENESS(Kind.INDEX, "sanctions_effectiveness", "share", "Sanctions effectiveness",
            "mean effective sanctions pressure on RUS and PRK: pressure x (1 - evasion through China)",
            m -> (m.effectivePressure(StateCode.RUS) + m.effectivePressure(StateCode.PRK)) / 2),
    REGIONAL_TENSION(Kind.INDEX, "regional_tension", "index", "Regional tension",
            "weighted index of posture, capability, surprise tests, flows, polarization",
            AllianceModel::tension),
    CRISES(Kind.COUNT, "crises", "count", "Crises so far",
            "crises so far",
            AllianceModel::crises),
    MAX_ESCALATION(Kind.INDEX, "max_escalation", "rung 0..5", "Highest escalation rung so far",
            "highest escalation rung reached so far",
            AllianceModel::maxEscalation),
    RUS_SHELLS_FIRED(Kind.FLOW, "rus_shells_fired", "shells/month", "Russian shells fired",
            "artillery shells Russia fired",
            AllianceModel::rusShellsFired),
    UKR_SHELLS_FIRED(Kind.FLOW, "ukr_shells_fired", "shells/month", "Ukrainian shells fired",
            "artillery shells Ukraine fired",
            AllianceModel::ukrShellsFired),
    RUS_SHELL_STOCK(Kind.STOCK, "rus_shell_stock", "shells", "Russian shell stock",
            "Russian shell stock at the end of the month",
            m -> m.russia().shells().stock()),
    PRK_SHELL_STOCK(Kind.STOCK, "prk_shell_stock", "shells", "North Korean shell stock",
            "North Korean shell stock at the end of the month",
            m -> m.northKorea().shells().stock()),
    RUS_CASUALTIES(Kind.FLOW, "rus_casualties", "soldiers/month", "Russian casualties",
            "Russian soldiers killed or wounded",
            m -> m.russia().casualties()),
    UKR_CASUALTIES(Kind.FLOW, "ukr_casualties", "soldiers/month", "Ukrainian casualties",
            "Ukrainian soldiers killed or wounded",
            m -> m.ukraine().casualties()),
    PRK_TROOPS_AT_FRONT(Kind.STOCK, "prk_troops_at_front", "soldiers", "North Korean troops at the front",
            "North Korean soldiers at the front (sent minus losses)",
            m -> m.northKorea().manpower()),
    TERRITORY_CHANGE(Kind.FLOW, "territory_change_km2", "km2/month", "Territory gained by Russia",
            "territory taken by Russia (ground Ukraine retakes is not modelled)",
            AllianceModel::territoryChange),
    PRK_SHELLS_PRODUCED(Kind.FLOW, "prk_shells_produced", "shells/month", "North Korean shells produced",
            "artillery shells North Korea produced",
            m -> m.northKorea().shells().produced()),
    PRK_CASUALTIES(Kind.FLOW, "prk_casualties", "soldiers/month", "North Korean casualties",
            "North Korean soldiers killed or wounded",
            m -> m.northKorea().casualties()),
    RUS_TROOPS_AT_FRONT(Kind.STOCK, "rus_troops_at_front", "soldiers", "Russian troops at the front",
            "Russian soldiers at the front (recruits less permanent losses)",
            m -> m.russia().manpower()),
    UKR_TROOPS_AT_FRONT(Kind.STOCK, "ukr_troops_at_front", "soldiers", "Ukrainian troops at the front",
            "Ukrainian soldiers at the front (recruits less permanent losses)",
            m -> m.ukraine().manpower());

    private static final List<Output> ALL = List.of(values());

    /** What an output measures, and so how a run is summarized. */
    public enum Kind {
        /** an amount per month (shells delivered, soldiers lost, km2 taken): judged by its total */
        FLOW,
        /** an amount held at the end of the month (a stock, troops present): judged at the end */
        STOCK,
        /** a level, ratio or index (GDP index, tension, a tie, a share): judged at the end */
        INDEX,
        /** a running count (crises so far): judged at the end */
        COUNT;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Kind kind;

    private final String key;
    private final String unit;
    private final String title;
    private final String description;
    private final boolean eitherSign;
    /** How the output is read from the model at the end of a month. */
    private final transient ToDoubleFunction<AllianceModel> reader;

    Output(Kind kind, String key, String unit, String title, String description, ToDoubleFunction<AllianceModel> reader) {
        this(kind, key, unit, title, description, false, reader);
    }

    Output(Kind kind, String key, String unit, String title, String description, boolean eitherSign,
           ToDoubleFunction<AllianceModel> reader) {
        this.kind = kind;
        this.key = key;
        this.unit = unit;
        this.title = title;
        this.description = description;
        this.eitherSign = eitherSign;
        this.reader = reader;
    }

    /** The output's value in the model's current state (after the month's phases). */
    double read(AllianceModel m) {
        return reader.applyAsDouble(m);
    }

    public Kind kind() { return kind; }
    public boolean flow() { return kind == Kind.FLOW; }
    public String key() { return key; }
    /** runs.csv's column of a flow's total over the run: "shells_transferred_total". */
    public String totalKey() { return key + "_total"; }
    public String unit() { return unit; }
    /** The chart title and table heading, in the README's words: "North Korean shells delivered to Russia". */
    public String title() { return title; }
    public String description() { return description; }

    /**
     * Whether the output takes whole values only (a count, a rung of a ladder): its quantiles are
     * observed values and its charts are steps. Read from the unit, so a new count needs no flag.
     */
    public boolean integer() { return unit.equals("count") || unit.startsWith("rung"); }

    /**
     * Whether the output may be negative (the front balance). A relative change of such a quantity
     * means nothing, so reports show only its difference.
     */
    public boolean eitherSign() { return eitherSign; }

    public static List<Output> all() { return ALL; }

    public static Optional<Output> byKey(String key) {
        return ALL.stream().filter(o -> o.key.equals(key)).findFirst();
    }
}
