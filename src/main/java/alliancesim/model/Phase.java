package alliancesim.model;

/**
 * MASON schedule orderings: within a month, lower orderings run first. The order is the
 * causal chain of DESIGN.md: what is produced can be shipped, what is shipped can be fired.
 * The seven agents of the economy phase run as one MASON Sequence in state order: MASON would
 * shuffle steppables that share an ordering (drawing from the model's generator), and a fixed
 * order keeps a run the same with or without the schedule.
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
