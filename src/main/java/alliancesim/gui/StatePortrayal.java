package alliancesim.gui;

import alliancesim.model.StateAgent;
import alliancesim.model.StateCode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/** A state: a disc sized by its military capability (or front manpower), coloured by bloc (MapLabels names it). */
final class StatePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Color EAST = new Color(213, 94, 0);
    static final Color WEST = new Color(0, 114, 178);
    static final Color CHINA = new Color(230, 159, 0);

    static Color colour(StateCode c) {
        if (c == StateCode.CHN) {
            return CHINA;
        }
        return c.bloc() == StateCode.Bloc.EAST ? EAST : WEST;
    }

    /** Diameter in field units: capability or posture index for the Korean theatre, manpower for the war. */
    static double diameter(StateAgent a) {
        double scale = switch (a.code()) {
            case RUS -> a.manpower() / 470_000;
            case UKR -> a.manpower() / 400_000;
            case CHN -> 1.3;
            default -> a.military();
        };
        return 40 + 40 * Math.sqrt(Math.max(0, scale));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        StateAgent a = (StateAgent) object;
        double d = diameter(a) * info.draw.width;
        double x = info.draw.x - d / 2;
        double y = info.draw.y - d / 2;
        g.setColor(colour(a.code()));
        g.fill(new Ellipse2D.Double(x, y, d, d));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3f));
        g.draw(new Ellipse2D.Double(x, y, d, d));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double d = diameter((StateAgent) object) * range.draw.width;
        return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d).intersects(range.clip);
    }

    @Override
    public String getName(sim.portrayal.LocationWrapper wrapper) {
        return ((StateAgent) wrapper.getObject()).code().displayName();
    }
}
