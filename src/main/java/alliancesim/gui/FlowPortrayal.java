package alliancesim.gui;

import java.awt.Font;
import java.awt.Graphics2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** An edge coloured by the kind of flow and as wide as its monthly volume. */
final class FlowPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;

    FlowPortrayal() {
        super(java.awt.Color.GRAY, java.awt.Color.GRAY, java.awt.Color.DARK_GRAY,
                new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        setShape(SHAPE_LINE_ROUND_ENDS);
        setAdjustsThickness(true);
        setScaling(NEVER_SCALE);
        setLabelScaling(NEVER_SCALE);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Flow flow = (Flow) ((Edge) object).info;
        fromPaint = flow.kind().color;
        toPaint = flow.kind().color;
        super.draw(object, g, info);
    }

    @Override
    protected double getPositiveWeight(Object edge, EdgeDrawInfo2D info) {
        return ((Flow) ((Edge) edge).info).width();
    }

    @Override
    public String getLabel(Edge edge, EdgeDrawInfo2D info) {
        Flow flow = (Flow) edge.info;
        // Only the two shell flows are labelled: more labels on a projector overlap into noise.
        return flow.kind() == Flow.Kind.MUNITIONS || flow.kind() == Flow.Kind.WESTERN_SUPPLY ? flow.label() : "";
    }
}
