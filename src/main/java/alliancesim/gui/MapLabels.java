package alliancesim.gui;

import alliancesim.model.StateAgent;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The map's words, drawn above the discs and flows: the month shown (top left), each state's name beside its disc and the
 * shell flows' volumes beside their lines, each placed where it covers no disc and no other label
 * and stays on the visible map. Where a word goes is pure geometry ({@link #layout}), so it is tested
 * without a window.
 */
final class MapLabels extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font FLOW = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font DATE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    /** Clear space kept around a label, in pixels. */
    static final double GAP = 2;
    /** Where along its line a flow label is tried, nearest the middle first. */
    private static final double[] ALONG = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};
    /** How far beside its line a flow label is tried, in label heights, on the line first. */
    private static final double[] BESIDE = {0, 1, -1, 2, -2, 3, -3};

    /** A state's disc on screen. */
    record Disc(double x, double y, double radius) {
        /** Whether the disc, grown by {@link #GAP}, touches the rectangle. */
        boolean touches(Rectangle2D r) {
            double nx = Math.max(r.getMinX(), Math.min(x, r.getMaxX()));
            double ny = Math.max(r.getMinY(), Math.min(y, r.getMaxY()));
            return Math.hypot(x - nx, y - ny) < radius + GAP;
        }
    }

    /** A word and the box it is drawn in (its text's bounds); {@code ascent} places the baseline. */
    record Label(String text, Rectangle2D box, double ascent, Font font, Color colour) {
    }

    private final MapNetworks networks;
    /** The month shown, e.g. "2023-09 (month 0)"; set by the model's thread, read by Swing's. */
    private volatile String date = "";

    MapLabels(MapNetworks networks) {
        this.networks = networks;
        setField(networks.places);
    }

    void setDate(String date) {
        this.date = date;
    }

    String date() {
        return date;
    }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        if (g == null) {
            return; // labels are not selectable; the discs under them are
        }
        double scale = info.draw.width / MapLayout.WIDTH;
        Rectangle2D map = info.clip == null ? info.draw : info.draw.createIntersection(info.clip);
        for (Label l : layout(networks, date, info.draw.x, info.draw.y, scale, map, g.getFontMetrics(DATE),
                g.getFontMetrics(nameFont(scale)), g.getFontMetrics(FLOW))) {
            g.setFont(l.font());
            g.setColor(new Color(255, 255, 255, 200)); // a veil, so a label on a line still reads
            g.fill(l.box());
            g.setColor(l.colour());
            g.drawString(l.text(), (float) l.box().getX(), (float) (l.box().getY() + l.ascent()));
        }
    }

    /** States' names scale with the map, never below 14 points, which a class reads on a 1280 x 720 projector. */
    static Font nameFont(double scale) {
        return NAME.deriveFont((float) Math.max(14, NAME.getSize() * Math.min(1, scale)));
    }

    /**
     * Every label of the map at this scale: the date in the top left corner (nothing stands there), names (below the disc, else above, right, left or at a diagonal),
     * then the labelled flows (along their line, nearest the middle, then beside it). A label that finds
     * no free place takes the first place tried, kept on the map.
     */
    static List<Label> layout(MapNetworks networks, String date, double originX, double originY, double scale,
            Rectangle2D map, FontMetrics dateFont, FontMetrics nameFont, FontMetrics flowFont) {
        List<Disc> discs = new ArrayList<>();
        List<StateAgent> agents = new ArrayList<>();
        for (Object o : networks.places.getAllObjects()) {
            agents.add((StateAgent) o);
        }
        agents.sort(java.util.Comparator.comparing(StateAgent::code));
        for (StateAgent a : agents) {
            Double2D p = MapLayout.position(a.code());
            discs.add(new Disc(originX + p.x * scale, originY + p.y * scale, StatePortrayal.diameter(a) * scale / 2));
        }
        List<Label> placed = new ArrayList<>();
        if (!date.isEmpty()) {
            Rectangle2D corner = box(map.getMinX() + 8, map.getMinY() + 6, dateFont.stringWidth(date),
                    dateFont.getAscent() + dateFont.getDescent());
            placed.add(new Label(date, choose(List.of(corner), discs, placed, map), dateFont.getAscent(),
                    dateFont.getFont(), Color.BLACK));
        }
        for (int i = 0; i < agents.size(); i++) {
            Disc d = discs.get(i);
            String text = agents.get(i).code().displayName();
            double w = nameFont.stringWidth(text);
            double h = nameFont.getAscent() + nameFont.getDescent();
            double r = d.radius() + GAP + 1; // a pixel clear of the rim, whatever the rounding
            double c = r * Math.sqrt(0.5); // a diagonal corner of the label touches the disc's rim
            List<Rectangle2D> tries = List.of(box(d.x() - w / 2, d.y() + r, w, h), box(d.x() - w / 2, d.y() - r - h, w, h),
                    box(d.x() + r, d.y() - h / 2, w, h), box(d.x() - r - w, d.y() - h / 2, w, h),
                    box(d.x() + c, d.y() + c, w, h), box(d.x() - c - w, d.y() + c, w, h),
                    box(d.x() + c, d.y() - c - h, w, h), box(d.x() - c - w, d.y() - c - h, w, h));
            placed.add(new Label(text, choose(tries, discs, placed, map), nameFont.getAscent(), nameFont.getFont(),
                    Color.BLACK));
        }
        for (Edge e : edges(networks)) {
            Flow flow = (Flow) e.info;
            Double2D from = MapLayout.position(((StateAgent) e.getFrom()).code());
            Double2D to = MapLayout.position(((StateAgent) e.getTo()).code());
            double x0 = originX + from.x * scale;
            double y0 = originY + from.y * scale;
            double dx = (to.x - from.x) * scale;
            double dy = (to.y - from.y) * scale;
            double length = Math.max(1e-9, Math.hypot(dx, dy));
            double w = flowFont.stringWidth(flow.label());
            double h = flowFont.getAscent() + flowFont.getDescent();
            List<Rectangle2D> tries = new ArrayList<>();
            for (double beside : BESIDE) {
                for (double along : ALONG) {
                    double cx = x0 + along * dx - dy / length * beside * h;
                    double cy = y0 + along * dy + dx / length * beside * h;
                    tries.add(box(cx - w / 2, cy - h / 2, w, h));
                }
            }
            placed.add(new Label(flow.label(), choose(tries, discs, placed, map), flowFont.getAscent(), flowFont.getFont(),
                    flow.kind().color.darker()));
        }
        return placed;
    }

    /** The labelled flows, in a fixed order (the network's own order is a hash order). */
    private static List<Edge> edges(MapNetworks networks) {
        List<Edge> labelled = new ArrayList<>();
        for (Object o : networks.edges.getAllNodes()) {
            for (Object e : networks.edges.getEdgesOut(o)) {
                if (((Flow) ((Edge) e).info).labelled()) {
                    labelled.add((Edge) e);
                }
            }
        }
        labelled.sort(java.util.Comparator.comparing(e -> ((Flow) e.info).kind()));
        return labelled;
    }

    private static Rectangle2D box(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    /** The first place that is on the map and free; if none, the first place moved onto the map. */
    private static Rectangle2D choose(List<Rectangle2D> tries, List<Disc> discs, List<Label> placed, Rectangle2D map) {
        for (Rectangle2D r : tries) {
            if (map.contains(r) && discs.stream().noneMatch(d -> d.touches(r))
                    && placed.stream().noneMatch(l -> grown(l.box()).intersects(r))) {
                return r;
            }
        }
        Rectangle2D r = tries.get(0);
        double x = Math.max(map.getMinX(), Math.min(map.getMaxX() - r.getWidth(), r.getX()));
        double y = Math.max(map.getMinY(), Math.min(map.getMaxY() - r.getHeight(), r.getY()));
        return box(x, y, r.getWidth(), r.getHeight());
    }

    private static Rectangle2D grown(Rectangle2D r) {
        return box(r.getX() - GAP, r.getY() - GAP, r.getWidth() + 2 * GAP, r.getHeight() + 2 * GAP);
    }
}
