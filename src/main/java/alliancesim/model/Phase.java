package alliancesim.model;

/**
 * The phases of a month, in the order they run: the causal chain of DESIGN.md (what is produced
 * can be shipped, what is shipped can be fired). A month is one MASON {@code Sequence} of the
 * phases sorted by these numbers, scheduled repeating at ordering {@link #EVENTS}; other
 * steppables (the end of the run, the GUI's refresh) use orderings after {@link #OBSERVE}.
 * The seven agents of the economy phase step in state order: a fixed order keeps a run the same
 * with or without the schedule (MASON shuffles steppables that share an ordering).
 */
public final class Phase {
    public static final int EVENTS = 0;
    public static final int ECONOMY = 10;
    public static final int PRODUCTION = 20;
    public static final int TRANSFERS = 30;
    public static final int FRONT = 40;
    public static final int DETERRENCE = 50;
    public static final int TIES = 60;
    public static final int TENSION = 70;
    public static final int POLICY = 80;
    public static final int OBSERVE = 90;

    private Phase() {
    }
}
