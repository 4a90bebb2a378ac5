package alliancesim.model;

import sim.field.network.Edge;

/**
 * A tie: an edge of MASON's network whose weight is a plain double. MASON's {@link Edge} keeps its
 * weight as a boxed {@code Double} in {@code info}, a new object at every monthly update.
 */
final class TieEdge extends Edge {
    private static final long serialVersionUID = 1L;

    private double weight;

    TieEdge(Object from, Object to, double weight) {
        super(from, to, null);
        this.weight = weight;
    }

    @Override
    public double getWeight() {
        return weight;
    }

    @Override
    public void setWeight(double weight) {
        this.weight = weight;
    }

    /** The weight as MASON's portrayals read it from {@code info}. */
    @Override
    public Object getInfo() {
        return weight;
    }
}
