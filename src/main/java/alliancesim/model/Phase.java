package alliancesim.model;

/**
 * MASON schedule orderings: within a month, lower orderings run first. The order is the
 * causal chain of DESIGN.md: what is produced can be shipped, what is shipped can be fired.
 */
public final class Phase {
    public static final int EVENTS = 0;
    public static final int ECONOMY = 1;
    public static final int PRODUCTION = 2;
    public static final int TRANSFERS = 3;
    public static final int FRONT = 4;
    public static final int DETERRENCE = 5;
    public static final int TIES = 6;
    public static final int TENSION = 7;
    public static final int POLICY = 8;
    public static final int OBSERVE = 9;

    private Phase() {
    }
}
