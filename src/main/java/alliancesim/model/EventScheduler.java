package alliancesim.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Phase 0. Applies the events of the month before anything else happens in it. */
final class EventScheduler implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Sorted by month: each month applies the run of events from {@link #next} on. */
    private final List<ModelEvent> events;
    private int next;

    EventScheduler(List<ModelEvent> events) {
        this.events = events;
    }

    /** A tie in [0, 1] as %.2f writes it (half up), without a Formatter: String.format costs as much as a month. */
    static String twoDecimals(double tie) {
        long hundredths = Math.round(tie * 100);
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        int month = m.month();
        while (next < events.size() && events.get(next).month() < month) {
            next++; // an event of a month never stepped is skipped
        }
        for (; next < events.size() && events.get(next).month() == month; next++) {
            ModelEvent e = events.get(next);
            e.set().forEach(m::setParam);
            m.log(Happening.Kind.EVENT, e::label);
            for (TiePair pair : e.summits()) {
                m.setTie(pair, Economy.clamp01(m.tie(pair) + m.param(Param.TIES_SUMMIT_JUMP)));
                double tie = m.tie(pair);
                m.log(Happening.Kind.SUMMIT, () -> "Summit " + pair.label() + ": tie jumps to " + twoDecimals(tie));
            }
        }
    }
}
