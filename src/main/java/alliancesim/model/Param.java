package alliancesim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parameter registry: every number the model reads, with its unit, default and valid range.
 * The name is the public vocabulary: scenario key, sweep factor, CSV column and inspector property.
 * Provenance of each value lives in {@code seeds/evidence.yaml}, joined to this list by name.
 */
public enum Param {
    // --- run control -------------------------------------------------------------------------
    MODEL_DETERMINISTIC("model.deterministic", Kind.BOOLEAN, "flag", 0, 0, 1,
            "true: no noise; random events (tests, crises) take their expected values"),

    // --- economy -------------------------------------------------------------------------------
    ECONOMY_GROWTH_RUS("economy.growth.rus", Kind.NUMBER, "1/year", 0.035, -0.05, 0.10,
            "Russian GDP growth under the sanctions in force at month 0 (the baseline's levers)"),
    ECONOMY_GROWTH_PRK("economy.growth.prk", Kind.NUMBER, "1/year", 0.0012, -0.05, 0.10,
            "North Korean GDP growth under the baseline's sanctions, before any Russian payments"),
    ECONOMY_AID_GROWTH_GAIN_PRK("economy.aid_growth_gain.prk", Kind.NUMBER, "1/year per GDP share", 0.58, 0, 2,
            "North Korean growth added per unit of Russian payments (annual payments as a share of GDP)"),
    ECONOMY_DRAG_RUS("economy.sanctions_drag.rus", Kind.NUMBER, "1/year", 0.02, 0, 0.30,
            "growth Russia loses per unit of effective sanctions pressure beyond the baseline's"),
    ECONOMY_DRAG_PRK("economy.sanctions_drag.prk", Kind.NUMBER, "1/year", 0.05, 0, 0.30,
            "growth North Korea loses per unit of effective sanctions pressure beyond the baseline's"),
    ECONOMY_CHINA_EVASION_RUS("economy.china_evasion.rus", Kind.NUMBER, "share", 0.85, 0, 1,
            "share of the sanctions pressure on Russia that full Chinese facilitation lets leak away"),
    ECONOMY_CHINA_EVASION_PRK("economy.china_evasion.prk", Kind.NUMBER, "share", 0.6, 0, 1,
            "share of the sanctions pressure on North Korea that full Chinese facilitation lets leak away"),
    ECONOMY_PRK_GDP_USD("economy.prk_gdp_usd", Kind.NUMBER, "USD/year", 26.6e9, 10e9, 50e9,
            "North Korean GDP at month 0"),
    ECONOMY_TIGHT_MONEY_RUS("economy.tight_money.rus", Kind.BOOLEAN, "flag", 0, 0, 1,
            "1 while the Bank of Russia holds its key rate at the wartime peak (an event of the record)"),
    ECONOMY_TIGHT_MONEY_DRAG_RUS("economy.tight_money_drag.rus", Kind.NUMBER, "1/year", 0.024, 0, 0.06,
            "growth Russia loses a year while money is tight"),
    ECONOMY_NOISE_SD("economy.noise_sd", Kind.NUMBER, "1/month", 0.003, 0, 0.02,
            "standard deviation of monthly GDP growth shocks"),

    // --- munitions -----------------------------------------------------------------------------
    MUNITIONS_CAPACITY_RUS("munitions.capacity.rus", Kind.NUMBER, "shells/month", 250_000, 0, 1_000_000,
            "Russian artillery shell production at month 0"),
    MUNITIONS_CAPACITY_GROWTH_RUS("munitions.capacity_growth.rus", Kind.NUMBER, "1/year", 0.15, 0, 0.5,
            "annual growth of Russian shell production (ramp-up)"),
    MUNITIONS_CAPACITY_PRK("munitions.capacity.prk", Kind.NUMBER, "shells/month", 170_000, 0, 1_500_000,
            "North Korean shell production at month 0"),
    MUNITIONS_CAPACITY_WEST("munitions.capacity.west", Kind.NUMBER, "shells/month", 120_000, 0, 500_000,
            "Western shells delivered to Ukraine each month (counted as produced by the USA)"),
    MUNITIONS_WEST_DELIVERED_SHARE("munitions.west_delivered_share", Kind.NUMBER, "share", 0.42, 0.05, 1,
            "share of the Western rounds donors declare that reach Ukraine's guns as shells of the kinds fire counts count"),
    MUNITIONS_CAPACITY_UKR("munitions.capacity.ukr", Kind.NUMBER, "shells/month", 20_000, 0, 200_000,
            "Ukraine's own shell production"),
    MUNITIONS_MISSILES_PRK("munitions.missiles.prk", Kind.NUMBER, "missiles/month", 8, 0, 50,
            "North Korean short-range ballistic missiles (KN-23/24) produced each month"),
    MUNITIONS_PRK_EXPORT_SHARE("munitions.prk_export_share", Kind.NUMBER, "share", 0.71, 0, 1,
            "share of what North Korea can spare (output and surplus stock) that it offers to Russia (lever)"),
    MUNITIONS_TECH_PRODUCTIVITY("munitions.tech_productivity", Kind.NUMBER, "per tech unit", 0.05, 0, 0.5,
            "gain in North Korean production per unit of Russian technology received"),
    MUNITIONS_STOCK_RUS("munitions.initial_stock.rus", Kind.NUMBER, "shells", 1_000_000, 0, 20_000_000,
            "Russian shell stock at month 0"),
    MUNITIONS_STOCK_PRK("munitions.initial_stock.prk", Kind.NUMBER, "shells", 10_000_000, 0, 20_000_000,
            "North Korean shell stock at month 0"),
    MUNITIONS_STOCK_UKR("munitions.initial_stock.ukr", Kind.NUMBER, "shells", 130_000, 0, 2_000_000,
            "Ukrainian shell stock at month 0"),
    MUNITIONS_PRK_RESERVE("munitions.prk_reserve", Kind.NUMBER, "shells", 2_200_000, 0, 20_000_000,
            "shells North Korea keeps for its own forces and never exports"),
    MUNITIONS_PRK_DRAWDOWN_MONTHS("munitions.prk_drawdown_months", Kind.NUMBER, "months", 11, 1, 60,
            "months over which North Korea releases its surplus stock (1/rate of release)"),
    MUNITIONS_TRANSPORT_PRK_RUS("munitions.transport.prk_rus", Kind.NUMBER, "shells/month", 540_000, 0, 2_000_000,
            "shells the rail and sea links from North Korea to Russia can carry a month"),
    MUNITIONS_RESERVE_MONTHS("munitions.rus_reserve_months", Kind.NUMBER, "months", 16, 0, 24,
            "months of fire Russia wants in stock (it buys to rebuild towards this)"),
    MUNITIONS_REBUILD_RATE("munitions.rus_rebuild_rate", Kind.NUMBER, "1/month", 0.3, 0, 1,
            "share of the gap to its stock target that Russia tries to buy each month"),
    MUNITIONS_INTERDICTION_MAX("munitions.interdiction_max", Kind.NUMBER, "share", 0.2, 0, 0.8,
            "share of PRK shipments interdicted at full sanctions enforcement"),
    MUNITIONS_MISSILE_SHELLS("munitions.missile_shell_equivalent", Kind.NUMBER, "shells/missile", 300, 0, 2000,
            "front effect of one ballistic missile, in artillery shells"),
    MUNITIONS_PRODUCTION_NOISE_SD("munitions.production_noise_sd", Kind.NUMBER, "share", 0.10, 0, 0.5,
            "relative standard deviation of monthly production"),

    // --- sanctions -----------------------------------------------------------------------------
    SANCTIONS_PRESSURE_RUS("sanctions.pressure.rus", Kind.NUMBER, "share", 0.6, 0, 1,
            "sanctions pressure on Russia (lever)"),
    SANCTIONS_PRESSURE_PRK("sanctions.pressure.prk", Kind.NUMBER, "share", 0.8, 0, 1,
            "sanctions pressure on North Korea (lever)"),
    SANCTIONS_ADDED_RUS("sanctions.added_pressure.rus", Kind.NUMBER, "share", 0, 0, 0.5,
            "pressure on Russia added by sanctions decided after month 0 (events of the record), on top of the lever"),
    SANCTIONS_ENFORCEMENT("sanctions.enforcement", Kind.NUMBER, "share", 0.3, 0, 1,
            "enforcement of sanctions: interdiction of PRK shipments (lever)"),
    SANCTIONS_SECONDARY("sanctions.secondary", Kind.NUMBER, "share", 0.3, 0, 1,
            "secondary sanctions on third-country firms trading with Russia and North Korea (lever)"),
    SANCTIONS_RESPONSIVENESS("sanctions.responsiveness", Kind.NUMBER, "per month", 0.01, 0, 0.1,
            "monthly rise in pressure per unit of observed PRK->RUS flow (0 = fixed levers)"),

    // --- payment, troops, workers --------------------------------------------------------------
    PAYMENT_AID_USD_PER_SHELL("payment.aid_usd_per_shell", Kind.NUMBER, "USD/shell", 400, 0, 2000,
            "food, energy and currency Russia pays per shell delivered"),
    PAYMENT_TECH_PER_MSHELL("payment.tech_per_mshell", Kind.NUMBER, "tech units/M shells", 0.5, 0, 5,
            "military technology Russia transfers per million shells delivered, at the month-0 tie"),
    TROOPS_PRK_TO_RUS("troops.prk_to_rus", Kind.COUNT, "soldiers", 0, 0, 100_000,
            "North Korean soldiers sent to fight with Russian forces (in all; losses are not replaced)"),
    TROOPS_EFFECTIVENESS("troops.effectiveness", Kind.NUMBER, "share", 0.5, 0, 1.5,
            "combat value of a North Korean soldier relative to a Russian one"),
    WORKERS_PRK_TO_RUS("workers.prk_to_rus", Kind.COUNT, "workers", 0, 0, 100_000,
            "North Korean workers sent to Russia"),
    WORKERS_REMITTANCE_USD("workers.remittance_usd", Kind.NUMBER, "USD/worker/month", 800, 0, 3000,
            "currency a worker earns for the North Korean state each month"),

    // --- front ---------------------------------------------------------------------------------
    FRONT_NEED_RUS("front.need.rus", Kind.NUMBER, "shells/month", 390_000, 50_000, 2_000_000,
            "the most shells Russia fires a month, when its stock allows (it fires less to stretch a low stock)"),
    FRONT_NEED_UKR("front.need.ukr", Kind.NUMBER, "shells/month", 210_000, 30_000, 1_000_000,
            "shells Ukraine fires each month when it has them"),
    FRONT_RATIONING_MONTHS_RUS("front.rationing_months.rus", Kind.NUMBER, "months", 6.2, 0, 24,
            "Russia fires at most its stock divided by this many months (it rations fire when stocks run low; 0-1 = no rationing)"),
    FRONT_MANPOWER_RUS("front.manpower.rus", Kind.NUMBER, "soldiers", 420_000, 100_000, 1_500_000,
            "Russian soldiers at the front at month 0"),
    FRONT_MANPOWER_UKR("front.manpower.ukr", Kind.NUMBER, "soldiers", 400_000, 100_000, 1_500_000,
            "Ukrainian soldiers at the front at month 0"),
    FRONT_LETHALITY_RUS("front.lethality.rus", Kind.NUMBER, "casualties/shell", 0.03, 0, 0.3,
            "Ukrainian casualties per Russian shell fired, at month-0 Ukrainian density (area fire on a concealed defender)"),
    FRONT_LETHALITY_UKR("front.lethality.ukr", Kind.NUMBER, "casualties/shell", 0.11, 0, 0.5,
            "Russian casualties per Ukrainian shell fired (aimed fire on an exposed attacker)"),
    FRONT_DIRECT_FIRE_RUS("front.direct_fire.rus", Kind.NUMBER, "casualties/soldier/month", 0.022, 0, 0.2,
            "Ukrainian casualties per Russian soldier a month from everything but artillery"),
    FRONT_DIRECT_FIRE_UKR("front.direct_fire.ukr", Kind.NUMBER, "casualties/soldier/month", 0.032, 0, 0.2,
            "Russian casualties per Ukrainian soldier a month from everything but artillery"),
    FRONT_ATTACK_EXPOSURE_RUS("front.attack_exposure.rus", Kind.NUMBER, "factor", 1.5, 0.5, 4,
            "how many times more the attacker (Russia) loses than the same fire would cost a defender"),
    FRONT_RECRUITMENT_RUS("front.recruitment.rus", Kind.NUMBER, "soldiers/month", 35_000, 0, 150_000,
            "soldiers Russia sends to the front each month"),
    FRONT_RECRUITMENT_UKR("front.recruitment.ukr", Kind.NUMBER, "soldiers/month", 10_000, 0, 150_000,
            "soldiers Ukraine recruits into its army each month, net of those who leave without leave (the front receives its share)"),
    FRONT_PERMANENT_LOSS_SHARE("front.permanent_loss_share", Kind.NUMBER, "share", 0.67, 0.05, 1,
            "share of Russian and North Korean casualties who leave the front for good (killed, missing, wounded who do not return); the rest return"),
    FRONT_ARMY_UKR("front.army.ukr", Kind.NUMBER, "soldiers", 880_000, 100_000, 3_000_000,
            "Ukraine's whole army, of which the front holds front.manpower.ukr: recruits reach the front in that proportion"),
    FRONT_PERMANENT_LOSS_SHARE_UKR("front.permanent_loss_share.ukr", Kind.NUMBER, "share", 0.55, 0.05, 1,
            "share of Ukrainian casualties who leave the front for good; the rest, wounded who return, come back"),
    FRONT_CASUALTIES_PER_KM2("front.casualties_per_km2", Kind.NUMBER, "casualties/km2", 320, 20, 500,
            "Russia's effort (the casualties its power would cost it against an equal defender) per km2 taken at the month-0 force ratio"),
    FRONT_ADVANCE_ELASTICITY("front.advance_elasticity", Kind.NUMBER, "1", 1.9, 1, 3,
            "how steeply the advance rises with the ratio of Russia's soldiers to Ukraine's (its exponent)"),
    FRONT_MAX_FORCE_RATIO("front.max_force_ratio", Kind.NUMBER, "1", 2, 1, 10,
            "the force ratio (relative to month 0) beyond which the advance stops speeding up: the power law is not extrapolated past the record"),
    FRONT_CEASEFIRE("front.ceasefire", Kind.BOOLEAN, "flag", 0, 0, 1,
            "1: a ceasefire holds: neither side fires, no losses, no territory changes hands (forces still recruit)"),

    // --- deterrence (Richardson) ---------------------------------------------------------------
    DETERRENCE_REACTION_K("deterrence.reaction_k", Kind.NUMBER, "1/month", 0.05, 0, 0.3,
            "Richardson k: trilateral posture response to PRK capability (lever)"),
    DETERRENCE_REACTION_L("deterrence.reaction_l", Kind.NUMBER, "1/month", 0.05, 0, 0.3,
            "Richardson l: PRK capability response to trilateral posture"),
    DETERRENCE_FATIGUE_A("deterrence.fatigue_a", Kind.NUMBER, "1/month", 0.1, 0.01, 0.3,
            "Richardson a: fatigue of each trilateral posture"),
    DETERRENCE_FATIGUE_B("deterrence.fatigue_b", Kind.NUMBER, "1/month", 0.1, 0.01, 0.3,
            "Richardson b: fatigue of PRK capability"),
    DETERRENCE_GRIEVANCE_G("deterrence.grievance_g", Kind.NUMBER, "index/month", 0.05, 0, 0.3,
            "Richardson g: standing grievance of the trilateral partners"),
    DETERRENCE_GRIEVANCE_H("deterrence.grievance_h", Kind.NUMBER, "index/month", 0.05, 0, 0.3,
            "Richardson h: standing grievance of North Korea"),
    DETERRENCE_SCALE_USA("deterrence.reaction_scale.usa", Kind.NUMBER, "factor", 0.8, 0, 3,
            "the United States' reaction relative to the others (the three scales are normalised to mean 1)"),
    DETERRENCE_SCALE_KOR("deterrence.reaction_scale.kor", Kind.NUMBER, "factor", 1.3, 0, 3,
            "South Korea's reaction relative to the others (normalised to mean 1)"),
    DETERRENCE_SCALE_JPN("deterrence.reaction_scale.jpn", Kind.NUMBER, "factor", 0.9, 0, 3,
            "Japan's reaction relative to the others (normalised to mean 1)"),
    DETERRENCE_TECH_GAIN("deterrence.tech_gain", Kind.NUMBER, "index per tech unit", 0.05, 0, 0.5,
            "PRK capability growth per unit of Russian technology received that month"),
    DETERRENCE_BACKING_GAIN("deterrence.backing_gain", Kind.NUMBER, "index/month", 0.01, 0, 0.1,
            "PRK capability growth per unit rise of the RUS-PRK tie above its month-0 level"),
    DETERRENCE_INITIAL_POSTURE("deterrence.initial_posture", Kind.NUMBER, "index", 1.0, 0, 5,
            "trilateral posture of USA, KOR and JPN at month 0"),
    DETERRENCE_INITIAL_CAPABILITY("deterrence.initial_capability", Kind.NUMBER, "index", 1.0, 0, 5,
            "PRK military capability at month 0"),
    DETERRENCE_NOISE_SD("deterrence.noise_sd", Kind.NUMBER, "index/month", 0.01, 0, 0.1,
            "standard deviation of monthly posture and capability shocks"),

    // --- alliance ties -------------------------------------------------------------------------
    TIES_INITIAL_RUS_PRK("ties.initial.rus_prk", Kind.NUMBER, "0..1", 0.7, 0, 1, "RUS-PRK tie at month 0 and its base"),
    TIES_INITIAL_RUS_CHN("ties.initial.rus_chn", Kind.NUMBER, "0..1", 0.6, 0, 1, "RUS-CHN tie at month 0 and its base"),
    TIES_INITIAL_CHN_PRK("ties.initial.chn_prk", Kind.NUMBER, "0..1", 0.5, 0, 1, "CHN-PRK tie at month 0 and its base"),
    TIES_INITIAL_USA_KOR("ties.initial.usa_kor", Kind.NUMBER, "0..1", 0.8, 0, 1, "USA-KOR tie at month 0 and its base"),
    TIES_INITIAL_USA_JPN("ties.initial.usa_jpn", Kind.NUMBER, "0..1", 0.8, 0, 1, "USA-JPN tie at month 0 and its base"),
    TIES_INITIAL_KOR_JPN("ties.initial.kor_jpn", Kind.NUMBER, "0..1", 0.5, 0, 1, "KOR-JPN tie at month 0 and its base"),
    TIES_DECAY("ties.decay", Kind.NUMBER, "1/month", 0.05, 0, 0.5,
            "monthly pull of each tie back towards its base"),
    TIES_VALUE_GAIN("ties.value_gain", Kind.NUMBER, "1/month", 0.03, 0, 0.2,
            "tie gain per unit rise of the value exchanged above month 0's"),
    TIES_THREAT_GAIN("ties.threat_gain", Kind.NUMBER, "1/month", 0.02, 0, 0.2,
            "tie gain per unit rise of the shared threat above its month-0 level"),
    TIES_COST_GAIN("ties.cost_gain", Kind.NUMBER, "1/month", 0.02, 0, 0.3,
            "tie loss per unit of secondary sanctions beyond the baseline's"),
    TIES_SUMMIT_JUMP("ties.summit_jump", Kind.NUMBER, "0..1", 0.1, 0, 0.5,
            "tie jump from a leaders' summit"),

    // --- China ---------------------------------------------------------------------------------
    CHINA_FACILITATION("china.facilitation", Kind.NUMBER, "share", 0.5, 0, 1,
            "China's policy of facilitating sanctions evasion, before secondary sanctions (lever)"),
    CHINA_SECONDARY_RISK("china.secondary_risk", Kind.NUMBER, "share per unit", 0.5, 0, 1,
            "share of its facilitation China gives up per unit of secondary sanctions (0 = no reaction)"),
    CHINA_TIE_WEIGHT("china.tie_weight", Kind.NUMBER, "share per unit", 0.3, 0, 2,
            "facilitation China adds per unit rise of its ties to Russia and North Korea (0 = no reaction)"),

    // --- tension and crises --------------------------------------------------------------------
    TENSION_W_POSTURE("tension.w_posture", Kind.NUMBER, "1", 0.2, 0, 1, "weight of the trilateral posture in tension"),
    TENSION_W_CAPABILITY("tension.w_capability", Kind.NUMBER, "1", 0.3, 0, 1, "weight of PRK capability in tension"),
    TENSION_W_TESTS("tension.w_tests", Kind.NUMBER, "per test", 0.05, 0, 0.5,
            "weight of each PRK weapons test above the expected number in tension"),
    TENSION_W_FLOWS("tension.w_flows", Kind.NUMBER, "1", 0.2, 0, 1, "weight of PRK->RUS flows (share of Russia's fire) in tension"),
    TENSION_W_POLARIZATION("tension.w_polarization", Kind.NUMBER, "1", 0.3, 0, 1, "weight of bloc polarization in tension"),
    TESTS_RATE("tests.rate", Kind.NUMBER, "tests/month", 2.0, 0, 10,
            "expected PRK weapons tests per month per unit of capability"),
    CRISIS_RATE("crisis.rate", Kind.NUMBER, "crises/month", 0.1, 0, 1,
            "expected crises per month per unit of regional tension"),
    CRISIS_ESCALATION_BIAS("crisis.escalation_bias", Kind.NUMBER, "logit", -1.0, -5, 5,
            "log-odds of climbing a rung of the escalation ladder, before deterrence and backing"),
    CRISIS_CREDIBILITY_WEIGHT("crisis.credibility_weight", Kind.NUMBER, "logit", 2.0, 0, 10,
            "how much deterrence credibility lowers the log-odds of escalation"),
    CRISIS_BACKING_WEIGHT("crisis.backing_weight", Kind.NUMBER, "logit", 1.5, 0, 10,
            "how much outside (RUS-PRK) backing raises the log-odds of escalation");

    /** How a value is written and checked. */
    public enum Kind { NUMBER, COUNT, BOOLEAN }

    private static final List<Param> ALL = List.of(values());

    private final String key;
    private final Kind kind;
    private final String unit;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final String description;

    Param(String key, Kind kind, String unit, double defaultValue, double min, double max, String description) {
        this.key = key;
        this.kind = kind;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.description = description;
    }

    public String key() { return key; }
    public Kind kind() { return kind; }
    public String unit() { return unit; }
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public String description() { return description; }

    public boolean inRange(double value) {
        return value >= min && value <= max;
    }

    /** All parameters in declaration order. */
    public static List<Param> all() { return ALL; }

    public static Optional<Param> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
