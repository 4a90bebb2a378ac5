package alliancesim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;

/**
 * The Russia-North Korea alliance and the states around it, one MASON step a month.
 * A run is a pure function of (parameters, events, months, seed): nothing here reads or writes files.
 */
public class AllianceModel extends SimState {
    private static final long serialVersionUID = 1L;
    public static final int DEFAULT_MONTHS = 36;

    private Parameters base;
    private long runSeed;
    /**
     * The generator every draw of the model comes from: SplitMix64, seeded with all 64 bits of the run's
     * seed. MASON's own {@code random} (a Mersenne Twister; none in a model {@link #forOutputs}) is kept
     * for MASON but not drawn from: seeding and priming a Twister took a fifth of a run, and its
     * polar-method normals another sixth; this generator seeds in one step and draws its normals with
     * the JDK's ziggurat.
     */
    private SplittableRandom draws;
    private final List<ModelEvent> events;
    private final int months;

    private double[] live;
    private final StateAgent[] agents = new StateAgent[StateCode.values().length];
    private Russia russia;
    private NorthKorea northKorea;
    private China china;
    private UnitedStates unitedStates;
    private Ukraine ukraine;
    /** USA, KOR, JPN, in that order. */
    private TrilateralPartner[] trilateral;
    /** The ties as a MASON network, built when asked for: a run reads and moves them in {@link #tieEdges}. */
    private Network tieNetwork;
    private final Edge[] tieEdges = new Edge[TiePair.values().length];
    /** The most happenings a run keeps; a runaway crisis rate must not grow memory without bound. */
    static final int MAX_HAPPENINGS = 1000;

    private double rusShellsFired;
    private double ukrShellsFired;
    private double frontBalance;
    private double territoryChange;
    private double tension;
    private double tests;
    private double crises;
    private double maxEscalation;
    private int happeningsDropped;
    private double[][] series;
    private final List<Happening> happenings = new ArrayList<>();
    /** False in a model {@link #forOutputs}: nobody reads its happenings, so their texts are not built. */
    private final boolean logsHappenings;
    private final List<Steppable> phases = new ArrayList<>();
    private final List<Integer> orderings = new ArrayList<>();
    private int currentMonth = -1;

    /** Defaults, no events, 36 months: what MASON's {@code doLoop} and a bare GUI start with. */
    public AllianceModel(long seed) {
        this(seed, Parameters.defaults(), List.of(), DEFAULT_MONTHS);
    }

    public AllianceModel(long seed, Parameters parameters, List<ModelEvent> events, int months) {
        this(seed, parameters, events, months, true);
    }

    /**
     * A model run to its end for its outputs alone ({@link #simulate}, the bench): nothing before its
     * start, no happenings, and no MASON generator, which nothing draws from (seeding a Mersenne Twister
     * costs several microseconds, more than a tenth of the rest of a run).
     */
    public static AllianceModel forOutputs(long seed, Parameters parameters, List<ModelEvent> events, int months) {
        return new AllianceModel(seed, parameters, events, months, false);
    }

    private AllianceModel(long seed, Parameters parameters, List<ModelEvent> events, int months, boolean interactive) {
        super(interactive ? masonGenerator(seed) : null);
        this.logsHappenings = interactive;
        this.runSeed = seed;
        this.draws = new SplittableRandom(seed);
        if (months < 1) {
            throw new IllegalArgumentException("months must be >= 1, got " + months);
        }
        this.base = parameters;
        this.events = sortedByMonth(events);
        this.months = months;
        this.live = parameters.toArray();
        if (interactive) {
            buildAgents(); // so that a lever moved before the start (GUI) reaches China's decision
        }
    }

    /** Runs one whole simulation and returns its outputs. */
    public static Trajectory simulate(Parameters parameters, List<ModelEvent> events, int months, long seed) {
        return forOutputs(seed, parameters, events, months).runToEnd();
    }

    public Trajectory runToEnd() {
        start();
        for (int t = 0; t < months; t++) {
            schedule.step(this);
        }
        finish();
        return new Trajectory(series);
    }

    /** A new seed (the GUI's seed field): the model's draws restart from all 64 bits of it. */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        reseed(seed);
    }

    /** MASON's generator for MASON's own use; the model draws from {@link #draws}, never from it. */
    private static MersenneTwisterFast masonGenerator(long seed) {
        return new MersenneTwisterFast(seed);
    }

    /** The 64-bit seed of this run (SimState's own keeps 32 bits). */
    @Override
    public long seed() {
        return runSeed;
    }

    private void reseed(long seed) {
        runSeed = seed;
        random = masonGenerator(seed);
        draws = new SplittableRandom(seed);
    }

    /**
     * SimState.start() would prime MASON's generator (1,249 draws, a tenth of a run) that the model never
     * draws from, and clean up asynchronous steppables, which the model has none of: only its schedule
     * reset is needed. A restart (the GUI) begins the draws again from the run's seed.
     */
    @Override
    public void start() {
        schedule.reset();
        draws = new SplittableRandom(runSeed);
        initialize();
        // A month is one schedule entry that steps the phases in Phase order. An entry costs MASON about
        // 60 ns a month (re-inserted in the heap), as much as a whole mechanism's step, so one entry per
        // phase doubled the cost of a run; the phases never change during a run, so a MASON Sequence's
        // bookkeeping for steps added and removed on the way is not needed either.
        schedule.scheduleOnce(Schedule.EPOCH, Phase.EVENTS, new Month(phases.toArray(new Steppable[0]), months));
    }

    /**
     * A month of the schedule: it books the next month, as scheduleRepeating's IterativeRepeat would but
     * without the lock that takes on itself at every step (locks are most of what the schedule costs a
     * month), and ends the run at its horizon, after the last month is recorded (the GUI would otherwise go on).
     */
    private static final class Month implements Steppable {
        private static final long serialVersionUID = 1L;
        private final Steppable[] phases;
        private final int months;
        private int month;

        Month(Steppable[] phases, int months) {
            this.phases = phases;
            this.months = months;
        }

        @Override
        public void step(SimState state) {
            ((AllianceModel) state).currentMonth = month;
            if (month + 1 < months) {
                state.schedule.scheduleOnce(month + 1, Phase.EVENTS, this);
            }
            for (Steppable phase : phases) {
                phase.step(state);
            }
            if (++month == months) {
                state.kill();
            }
        }
    }

    /**
     * The same steps in the same order without MASON's schedule: a plain loop, for measuring what
     * the schedule costs. Gives the same trajectory as {@link #runToEnd()}.
     */
    public Trajectory runWithoutSchedule() {
        schedule.reset();
        draws = new SplittableRandom(runSeed);
        initialize();
        for (int t = 0; t < months; t++) {
            currentMonth = t;
            for (Steppable s : phases) {
                s.step(this);
            }
        }
        return new Trajectory(series);
    }

    /** Builds the state of month 0 and the steps of a month, in phase order (events, 7 agents, 8 mechanisms). */
    private void initialize() {
        live = base.toArray();
        series = new double[months][Output.all().size()];
        happenings.clear();
        happeningsDropped = 0;
        rusShellsFired = 0;
        ukrShellsFired = 0;
        frontBalance = 0;
        territoryChange = 0;
        tension = 0;
        tests = 0;
        crises = 0;
        maxEscalation = 0;
        currentMonth = -1;
        buildAgents();
        buildTies();
        china.fixTieReference(this);
        china.decide(this);
        setReferencePressures();
        phases.clear();
        orderings.clear();
        addPhase(Phase.EVENTS, new EventScheduler(events));
        for (StateAgent agent : agents) {
            addPhase(Phase.ECONOMY, agent);
        }
        addPhase(Phase.PRODUCTION, new Production());
        addPhase(Phase.TRANSFERS, new Transfers());
        addPhase(Phase.FRONT, new Front());
        addPhase(Phase.DETERRENCE, new Deterrence());
        addPhase(Phase.TIES, new Ties());
        addPhase(Phase.TENSION, new Crises());
        addPhase(Phase.POLICY, new Policy());
        addPhase(Phase.OBSERVE, new MetricsRecorder());
    }

    /** Adds a step to the month; phases must come in {@link Phase} order, as the month runs them in list order. */
    private void addPhase(int ordering, Steppable step) {
        if (!orderings.isEmpty() && ordering < orderings.get(orderings.size() - 1)) {
            throw new IllegalStateException("phase " + ordering + " added after phase " + orderings.get(orderings.size() - 1));
        }
        orderings.add(ordering);
        phases.add(step);
    }

    private void buildAgents() {
        double posture = param(Param.DETERRENCE_INITIAL_POSTURE);
        russia = new Russia(param(Param.MUNITIONS_STOCK_RUS), param(Param.FRONT_MANPOWER_RUS));
        northKorea = new NorthKorea(param(Param.MUNITIONS_STOCK_PRK), param(Param.DETERRENCE_INITIAL_CAPABILITY));
        china = new China();
        unitedStates = new UnitedStates(posture);
        ukraine = new Ukraine(param(Param.MUNITIONS_STOCK_UKR), param(Param.FRONT_MANPOWER_UKR));
        trilateral = new TrilateralPartner[] {unitedStates,
            new TrilateralPartner(StateCode.KOR, Param.DETERRENCE_SCALE_KOR, posture),
            new TrilateralPartner(StateCode.JPN, Param.DETERRENCE_SCALE_JPN, posture)};
        for (StateAgent agent : new StateAgent[] {russia, northKorea, china, unitedStates, ukraine, trilateral[1],
            trilateral[2]}) {
            agents[agent.code().ordinal()] = agent;
        }
    }

    private void buildTies() {
        tieNetwork = null;
        for (TiePair pair : TiePair.values()) {
            tieEdges[pair.ordinal()] = new TieEdge(agent(pair.a()), agent(pair.b()), param(pair.initial()));
        }
    }

    // --- what mechanisms read and write ------------------------------------------------------------

    public double param(Param p) {
        return live[p.ordinal()];
    }

    /** The parameters a (re)start begins from: a GUI lever moved before pressing play is kept. */
    public void rebase(Parameters parameters) {
        base = parameters;
    }

    public Parameters baseParameters() {
        return base;
    }

    /** Changes a parameter from now on (events, GUI sliders). China's decision follows its lever at once. */
    public void setParam(Param p, double value) {
        if (!p.inRange(value) || Double.isNaN(value)) {
            throw new IllegalArgumentException(p.key() + " = " + value + " is outside [" + p.min() + ", " + p.max() + "]");
        }
        live[p.ordinal()] = value;
        if (p == Param.CHINA_FACILITATION || p == Param.SANCTIONS_SECONDARY || p == Param.CHINA_SECONDARY_RISK
                || p == Param.CHINA_TIE_WEIGHT) {
            china.decide(this);
        }
    }

    public boolean deterministic() {
        return live[Param.MODEL_DETERMINISTIC.ordinal()] != 0.0;
    }

    public StateAgent agent(StateCode code) {
        return agents[code.ordinal()];
    }

    public Russia russia() { return russia; }
    public NorthKorea northKorea() { return northKorea; }
    public China china() { return china; }
    public UnitedStates unitedStates() { return unitedStates; }
    public Ukraine ukraine() { return ukraine; }

    /** The trilateral partners, USA, KOR, JPN in that order (the array itself: callers do not change it). */
    TrilateralPartner[] trilateralPartners() {
        return trilateral;
    }

    /** The states and their ties as a MASON network (empty before the first start); a start makes a new one. */
    public Network tieNetwork() {
        if (tieNetwork == null) {
            // Built on demand: a run does not read it, and building it was a twentieth of a run.
            tieNetwork = new Network(false);
            if (hasTies()) {
                for (StateAgent agent : agents) {
                    tieNetwork.addNode(agent);
                }
                for (Edge edge : tieEdges) {
                    tieNetwork.addEdge(edge);
                }
            }
        }
        return tieNetwork;
    }

    public double tie(TiePair pair) {
        return tieEdges[pair.ordinal()].getWeight();
    }

    /** False before the first start built the tie network. */
    boolean hasTies() {
        return tieEdges[0] != null;
    }

    void setTie(TiePair pair, double value) {
        tieEdges[pair.ordinal()].setWeight(value);
    }

    /** The month being simulated (set at the start of each month, before its phases). */
    public int month() {
        return currentMonth;
    }

    /** True while the schedule has months left (false before start and after the horizon). */
    public boolean running() {
        return currentMonth >= 0 && currentMonth < months;
    }

    public int months() {
        return months;
    }

    /** China's facilitation of sanctions evasion (its decision, see {@link China}). */
    public double chinaFacilitation() {
        return china.facilitation();
    }

    /**
     * The effective pressure of the sanctions in force at month 0 with the default levers: the
     * observed growth rates already contain it, so only pressure beyond it drags growth.
     */
    private void setReferencePressures() {
        double f = china.facilitationUnderDefaultLevers(this);
        russia.setReferencePressure(Economy.effectivePressure(
                Param.SANCTIONS_PRESSURE_RUS.defaultValue(), param(Param.ECONOMY_CHINA_EVASION_RUS), f));
        northKorea.setReferencePressure(Economy.effectivePressure(
                Param.SANCTIONS_PRESSURE_PRK.defaultValue(), param(Param.ECONOMY_CHINA_EVASION_PRK), f));
    }

    /** Pressure on a state after evasion through China. */
    public double effectivePressure(StateCode code) {
        Param share = code == StateCode.RUS ? Param.ECONOMY_CHINA_EVASION_RUS : Param.ECONOMY_CHINA_EVASION_PRK;
        return Economy.effectivePressure(pressureOn(code), param(share), china.facilitation());
    }

    /** Sanctions pressure on a state: the US lever plus its reaction so far (see {@link UnitedStates}). */
    public double pressureOn(StateCode code) {
        return unitedStates.pressureOn(code, this);
    }

    /** This month's PRK shells delivered to Russia, as a share of Russia's monthly fire rate. */
    public double flowIndex() {
        return russia.shells().received() / param(Param.FRONT_NEED_RUS);
    }

    public double trilateralPosture() {
        return (trilateral[0].military + trilateral[1].military + trilateral[2].military) / 3;
    }

    void recordFront(double rusFired, double ukrFired, double balance, double territory) {
        rusShellsFired = rusFired;
        ukrShellsFired = ukrFired;
        frontBalance = balance;
        territoryChange = territory;
    }

    void recordTension(double value, double testsThisMonth) {
        tension = value;
        tests = testsThisMonth;
    }

    void recordCrisis(int rung) {
        crises++;
        maxEscalation = Math.max(maxEscalation, rung);
        log(rung >= 3 ? Happening.Kind.ESCALATION : Happening.Kind.CRISIS,
                () -> "Crisis on the Korean peninsula reaches rung " + rung + " of " + Crises.TOP_RUNG);
    }

    /** Deterministic mode: crises at their expected rate, and the expected rung once one crisis is expected. */
    void recordExpectedCrises(double expected, double expectedRung) {
        crises += expected;
        if (crises >= 1) {
            maxEscalation = Math.max(maxEscalation, expectedRung);
        }
    }

    /** Logs a happening; beyond {@link #MAX_HAPPENINGS} only counts it, so the log stays bounded. */
    void log(Happening.Kind kind, java.util.function.Supplier<String> text) {
        if (!logsHappenings) {
            return;
        }
        if (happenings.size() < MAX_HAPPENINGS) {
            happenings.add(new Happening(month(), kind, text.get()));
        } else {
            happeningsDropped++;
        }
    }

    /** Happenings not kept because the log was full. */
    public int happeningsDropped() {
        return happeningsDropped;
    }

    public double rusShellSufficiency() { return rusShellsFired / param(Param.FRONT_NEED_RUS); }
    public double rusShellsFired() { return rusShellsFired; }
    public double ukrShellsFired() { return ukrShellsFired; }
    public double frontBalance() { return frontBalance; }
    public double territoryChange() { return territoryChange; }
    public double tension() { return tension; }
    public double testsThisMonth() { return tests; }
    public double crises() { return crises; }
    public double maxEscalation() { return maxEscalation; }

    /** What happened so far, oldest first (events, summits, crises). */
    public List<Happening> happenings() {
        return List.copyOf(happenings);
    }

    double[] seriesRow(int month) {
        return series[month];
    }

    /** Outputs recorded so far (rows after the current month are zero). */
    public Trajectory trajectory() {
        return new Trajectory(series);
    }

    /**
     * The events in month order, stable. A scenario's list is sorted already and immutable, so it is
     * taken as it is (List.copyOf returns an immutable list itself): sorting it again for every run
     * was a twentieth of a run's time in a profile of bench.
     */
    static List<ModelEvent> sortedByMonth(List<ModelEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).month() < events.get(i - 1).month()) {
                return events.stream().sorted(Comparator.comparingInt(ModelEvent::month)).toList();
            }
        }
        return List.copyOf(events);
    }

    /** Draws N(0, sd); nothing at all when the model is deterministic or sd is 0. */
    double noise(double sd) {
        return sd == 0 || deterministic() ? 0.0 : sd * draws.nextGaussian();
    }

    /** A Poisson draw from the model's generator (Knuth's method; normal approximation for large means). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * draws.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = draws.nextDouble();
        int k = 0;
        while (product > limit) {
            k++;
            product *= draws.nextDouble();
        }
        return k;
    }

    /** A uniform draw in [0, 1) from the model's generator. */
    double uniform() {
        return draws.nextDouble();
    }

    public static void main(String[] args) {
        doLoop(AllianceModel.class, args);
        System.exit(0);
    }
}
