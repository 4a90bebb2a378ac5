package alliancesim.batch;

import alliancesim.batch.LeverCheck.Window;
import alliancesim.evidence.EvidenceRegistry;
import alliancesim.model.AllianceModel;
import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.Parameters;
import alliancesim.scenario.Scenario;
import alliancesim.stats.PairedDifference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The levers of the model and the direction a domain expert expects each to move the outputs it acts
 * on, checked with common random numbers: each replicate runs the scenario before and after the
 * change on the same seed, so the paired difference measures the lever, not chance. A changed lever
 * holds for the whole run: events of the scenario that set it are given the new value too.
 */
public final class LeverChecks {
    private LeverChecks() {
    }

    /** One check's paired effect (after - before, 90 % interval) and whether it has the expected sign. */
    public record Result(LeverCheck check, PairedDifference effect, boolean holds) {
    }

    /** A lever at its sweep range's ends must not drive PRK deliveries to zero unless it is that flow. */
    public record NoSwitchOff(Param lever, double value, double cumulativeShells, double baselineShells) {
        public boolean holds() {
            return cumulativeShells > 0.1 * baselineShells;
        }
    }

    /** The baseline's last month (2027-12): the horizon the checks read. */
    private static final int H = 51;
    /** 2025: the year after the hindcast's record in which North Korea's stock ran low (HUR, November 2025). */
    private static final int Y2025_FIRST = 16;
    private static final int Y2025_LAST = 27;

    /** The standard checks on the baseline's horizon (2023-09 to 2027-12); each front lever over a year or more. */
    public static List<LeverCheck> standard() {
        String nn = "UN sanctions cut growth by 2.3-3.5 points a year (Neuenkirch & Neumeier 2015)";
        return List.of(
            new LeverCheck(Param.SANCTIONS_PRESSURE_PRK, 0.8, 1.0, Output.PRK_GDP_INDEX, Window.VALUE_AT_LAST, H, H, -1, 0, nn),
            new LeverCheck(Param.SANCTIONS_PRESSURE_PRK, 0.8, 1.0, Output.PRK_SHELLS_PRODUCED, Window.SUM, 0, H, -1, 0,
                    "North Korean production follows its economy"),
            new LeverCheck(Param.SANCTIONS_PRESSURE_RUS, 0.6, 1.0, Output.RUS_GDP_INDEX, Window.VALUE_AT_LAST, H, H, -1, 0,
                    "sanctions cut growth; US sanctions by 0.5-0.9 points a year (Neuenkirch & Neumeier 2015)"),
            new LeverCheck(Param.SANCTIONS_ENFORCEMENT, 0.3, 0.8, Output.SHELLS_INTERDICTED, Window.SUM, 0, H, 1, 0,
                    "enforcement seizes shipments"),
            new LeverCheck(Param.SANCTIONS_ENFORCEMENT, 0.3, 0.8, Output.SHELLS_TRANSFERRED, Window.SUM, 0, 9, -1, 0,
                    "what is seized does not arrive while North Korea's supply is the limit (to June 2024)"),
            new LeverCheck(Param.SANCTIONS_SECONDARY, 0.3, 0.8, Output.CHINA_FACILITATION, Window.VALUE_AT_LAST, H, H, -1, 0,
                    "secondary sanctions raise China's cost of siding with Russia and North Korea (landscape theory)"),
            new LeverCheck(Param.SANCTIONS_SECONDARY, 0.3, 0.8, Output.SANCTIONS_EFFECTIVENESS, Window.VALUE_AT_LAST, H, H, 1, 0,
                    "the trade they target through China shrinks, so less of the pressure leaks"),
            new LeverCheck(Param.CHINA_FACILITATION, 0.5, 0.9, Output.RUS_GDP_INDEX, Window.VALUE_AT_LAST, H, H, 1, 0,
                    "facilitation lets sanctions leak: less drag on Russia (IMF's -8.5 % forecast for 2022 became -1.2 %)"),
            new LeverCheck(Param.CHINA_FACILITATION, 0.5, 0.9, Output.PRK_GDP_INDEX, Window.VALUE_AT_LAST, H, H, 1, 0,
                    "facilitation lets sanctions leak: less drag on North Korea (UN Panel of Experts 2020 on coal and oil)"),
            new LeverCheck(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.5, 0.9, Output.SHELLS_TRANSFERRED, Window.SUM, 0, 9, 1, 0,
                    "while North Korea's supply is the limit, offering more delivers more"),
            new LeverCheck(Param.MUNITIONS_TRANSPORT_PRK_RUS, 500_000, 800_000, Output.RUS_SHELLS_FIRED, Window.SUM, 0, 11, 1, 0,
                    "more North Korean shells delivered (transport is the limit early on) let Russia fire more while it rations a low stock"),
            new LeverCheck(Param.MUNITIONS_TRANSPORT_PRK_RUS, 500_000, 800_000, Output.FRONT_BALANCE, Window.MEAN, 0, 5, 1, 0,
                    "more fire for Russia never worsens its position"),
            new LeverCheck(Param.TROOPS_PRK_TO_RUS, 11_000, 22_000, Output.FRONT_BALANCE, Window.MEAN, 13, 19, 1, 0,
                    "more soldiers on Russia's side add to its direct fire (while they are at the front, to April 2025)"),
            new LeverCheck(Param.TROOPS_PRK_TO_RUS, 11_000, 22_000, Output.TERRITORY_CHANGE, Window.SUM, 13, 19, 1, 0,
                    "more soldiers attacking take more ground (Helmbold: advance rises with the force ratio)"),
            new LeverCheck(Param.TROOPS_PRK_TO_RUS, 11_000, 22_000, Output.PRK_CASUALTIES, Window.SUM, 13, 19, 1, 0,
                    "more North Korean soldiers at the front, more of them fall"),
            new LeverCheck(Param.MUNITIONS_CAPACITY_PRK, 150_000, 300_000, Output.SHELLS_TRANSFERRED, Window.SUM,
                    Y2025_FIRST, Y2025_LAST, 1, 0,
                    "where North Korea's stock runs low (2025), more North Korean production delivers more"),
            new LeverCheck(Param.MUNITIONS_CAPACITY_PRK, 150_000, 300_000, Output.SHELLS_TRANSFERRED, Window.SUM,
                    Y2025_FIRST, Y2025_LAST, 1, 0,
                    "with North Korea's stock at the low end of its prior it runs low by 2025 and its supply binds:"
                            + " more production delivers more").given(Param.MUNITIONS_STOCK_PRK, 4_000_000),
            new LeverCheck(Param.MUNITIONS_CAPACITY_PRK, 150_000, 300_000, Output.SHELLS_TRANSFERRED, Window.SUM,
                    Y2025_FIRST, Y2025_LAST, -1, 0,
                    "where Russia's demand binds (a reserve of 6 months of fire), more North Korean production fills it"
                            + " sooner and Russia buys less in 2025").given(Param.MUNITIONS_RESERVE_MONTHS, 6),
            new LeverCheck(Param.MUNITIONS_RESERVE_MONTHS, 12, 24, Output.SHELLS_TRANSFERRED, Window.SUM,
                    Y2025_FIRST, Y2025_LAST, 1, 0,
                    "a larger reserve keeps Russia's demand up: more deliveries where its demand binds, no fewer where"
                            + " North Korea's supply does"),
            new LeverCheck(Param.MUNITIONS_CAPACITY_PRK, 150_000, 300_000, Output.TERRITORY_CHANGE, Window.SUM,
                    Y2025_FIRST, Y2025_LAST, 1, 0,
                    "more North Korean shells let Russia fire more, and fire buys ground"),
            new LeverCheck(Param.MUNITIONS_CAPACITY_RUS, 250_000, 350_000, Output.TERRITORY_CHANGE, Window.SUM, 0, H, 1, 0,
                    "more Russian production, more Russian fire, more ground"),
            new LeverCheck(Param.MUNITIONS_CAPACITY_WEST, 120_000, 250_000, Output.TERRITORY_CHANGE, Window.SUM, 0, H, -1, 0,
                    "more Western shells let Ukraine fire more: a stronger defender gives up less ground"),
            new LeverCheck(Param.MUNITIONS_CAPACITY_WEST, 120_000, 250_000, Output.RUS_CASUALTIES, Window.SUM, 0, H, 1, 0,
                    "more Ukrainian fire, more Russian losses (aimed fire)"),
            new LeverCheck(Param.MUNITIONS_CAPACITY_WEST, 120_000, 200_000, Output.FRONT_BALANCE, Window.MEAN, 0, H, -1, 0,
                    "more Western shells let Ukraine fire more"),
            new LeverCheck(Param.FRONT_RECRUITMENT_UKR, 10_000, 20_000, Output.TERRITORY_CHANGE, Window.SUM, 0, H, -1, 0,
                    "more Ukrainian soldiers at the front: a stronger defender gives up less ground"),
            new LeverCheck(Param.FRONT_RECRUITMENT_RUS, 30_000, 45_000, Output.RUS_TROOPS_AT_FRONT, Window.VALUE_AT_LAST, H, H, 1, 0,
                    "more recruits, a larger Russian force"),
            new LeverCheck(Param.FRONT_RECRUITMENT_RUS, 30_000, 45_000, Output.TERRITORY_CHANGE, Window.SUM, 0, H, 1, 0,
                    "more soldiers attacking take more ground (Helmbold: advance rises with the force ratio)"),
            new LeverCheck(Param.DETERRENCE_REACTION_K, 0.05, 0.1, Output.TRILATERAL_POSTURE, Window.VALUE_AT_LAST, H, H, 1, 0,
                    "a stronger reaction raises the trilateral posture (Richardson)"),
            new LeverCheck(Param.DETERRENCE_REACTION_K, 0.05, 0.1, Output.PRK_CAPABILITY, Window.VALUE_AT_LAST, H, H, 1, 0,
                    "North Korea answers the higher posture (Richardson's l term)"),
            new LeverCheck(Param.DETERRENCE_REACTION_K, 0.05, 0.1, Output.REGIONAL_TENSION, Window.VALUE_AT_LAST, H, H, 1, 0,
                    "both sides armed higher: more tension"),
            new LeverCheck(Param.DETERRENCE_REACTION_K, 0.05, 0.1, Output.FRONT_BALANCE, Window.MEAN, 0, H, 0, 0.01,
                    "posture on the Korean peninsula does not move shells or soldiers in Ukraine"));
    }

    /**
     * Runs every check on {@code replications} paired replicates of the scenario, each run by {@code simulator}
     * (the scenario's own: one that draws from its posterior if it has one, as `run` and `whatif` do, with the
     * lever kept at the check's value).
     */
    public static List<Result> run(Scenario scenario, List<LeverCheck> checks, int replications, Simulator simulator) {
        List<Result> results = new ArrayList<>();
        for (LeverCheck c : checks) {
            double[] before = new double[replications];
            double[] after = new double[replications];
            for (int r = 0; r < replications; r++) {
                long seed = SeedDerivation.runSeed(scenario.seed(), 0, r);
                before[r] = c.measure(run(scenario, c.settings(c.from()), seed, simulator).series(c.output()));
                after[r] = c.measure(run(scenario, c.settings(c.to()), seed, simulator).series(c.output()));
            }
            PairedDifference d = PairedDifference.of(before, after, 0.90);
            boolean holds = switch (c.sign()) {
                case 1 -> d.low() > 0;
                case -1 -> d.high() < 0;
                default -> Math.abs(d.low()) <= c.tolerance() && Math.abs(d.high()) <= c.tolerance();
            };
            results.add(new Result(c, d, holds));
        }
        return results;
    }

    /**
     * The levers of the standard checks at the ends of their sweep ranges (the evidence's, else the
     * registry's), for {@link #switchOff}: all but North Korea's export share, which *is* the flow's
     * decision, and the transport capacity, its physical limit.
     */
    public static Map<Param, double[]> switchOffRanges(EvidenceRegistry evidence) {
        Map<Param, double[]> ranges = new LinkedHashMap<>();
        for (LeverCheck c : standard()) {
            Param p = c.lever();
            if (p != Param.MUNITIONS_PRK_EXPORT_SHARE && p != Param.MUNITIONS_TRANSPORT_PRK_RUS) {
                ranges.putIfAbsent(p, evidence.of(p).sweep().orElse(new double[] {p.min(), p.max()}));
            }
        }
        return ranges;
    }

    /** Deliveries over the whole run with each lever of the checks at both ends of its sweep range. */
    public static List<NoSwitchOff> switchOff(Scenario scenario, Map<Param, double[]> sweepRanges, Simulator simulator) {
        long seed = SeedDerivation.runSeed(scenario.seed(), 0, 0);
        double baseline = sum(run(scenario, Map.of(), seed, simulator).series(Output.SHELLS_TRANSFERRED));
        List<NoSwitchOff> out = new ArrayList<>();
        for (Map.Entry<Param, double[]> e : sweepRanges.entrySet()) {
            for (double v : e.getValue()) {
                double shells = sum(run(scenario, Map.of(e.getKey(), v), seed, simulator)
                        .series(Output.SHELLS_TRANSFERRED));
                out.add(new NoSwitchOff(e.getKey(), v, shells, baseline));
            }
        }
        return out;
    }

    private static alliancesim.model.Trajectory run(Scenario scenario, Map<Param, Double> changes, long seed,
                                                    Simulator simulator) {
        Parameters p = scenario.parameters().withAll(changes);
        List<ModelEvent> events = new ArrayList<>();
        for (ModelEvent e : scenario.modelEvents()) {
            Map<Param, Double> set = new EnumMap<>(Param.class);
            set.putAll(e.set());
            for (Map.Entry<Param, Double> c : changes.entrySet()) {
                set.computeIfPresent(c.getKey(), (k, old) -> c.getValue());
            }
            events.add(new ModelEvent(e.month(), e.label(), set, e.summits()));
        }
        Simulator keeping = simulator;
        for (Param lever : changes.keySet()) {
            keeping = keeping.keeping(lever);
        }
        return keeping.simulate(p, events, scenario.months(), seed);
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
