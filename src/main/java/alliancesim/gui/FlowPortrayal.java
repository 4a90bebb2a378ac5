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
        super.draw(object, g, shifted(flow, info));
    }

    /**
     * Shells go PRK -> RUS and aid goes RUS -> PRK along the same line; each is drawn a little to
     * its own side of it, so neither hides the other (nor the tie between them).
     */
    static DrawInfo2D shifted(Flow flow, DrawInfo2D info) {
        if (flow.kind() != Flow.Kind.MUNITIONS && flow.kind() != Flow.Kind.AID_AND_TECHNOLOGY
                || !(info instanceof EdgeDrawInfo2D edge)) {
            return info;
        }
        double dx = edge.secondPoint.x - edge.draw.x;
        double dy = edge.secondPoint.y - edge.draw.y;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return info;
        }
        // Perpendicular to the direction of travel: opposite directions land on opposite sides.
        double offset = 9;
        double ox = -dy / length * offset;
        double oy = dx / length * offset;
        EdgeDrawInfo2D moved = new EdgeDrawInfo2D(edge);
        moved.draw.x += ox;
        moved.draw.y += oy;
        moved.secondPoint = new java.awt.geom.Point2D.Double(edge.secondPoint.x + ox, edge.secondPoint.y + oy);
        return moved;
    }

    @Override
    protected double getPositiveWeight(Object edge, EdgeDrawInfo2D info) {
        return ((Flow) ((Edge) edge).info).width();
    }

    @Override
    public String getLabel(Edge edge, EdgeDrawInfo2D info) {
        return ""; // MapLabels writes the labels, each where it covers no disc and no other label
    }
}
