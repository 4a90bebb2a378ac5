package alliancesim.model;

import java.util.List;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Phase 0. Applies the events of the month before anything else happens in it. */
final class EventScheduler implements Steppable {
    private static final long serialVersionUID = 1L;

    private final List<ModelEvent> events;

    EventScheduler(List<ModelEvent> events) {
        this.events = events;
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        if (state.schedule.getTime() >= 0 && state.schedule.getTime() < Double.MAX_VALUE) {
            m.beginMonth((int) state.schedule.getTime()); // scheduled: the schedule's clock; a plain loop sets it itself
        }
        int month = m.month();
        for (ModelEvent e : events) {
            if (e.month() != month) {
                continue;
            }
            for (Map.Entry<Param, Double> change : e.set().entrySet()) {
                m.setParam(change.getKey(), change.getValue());
            }
            m.log(Happening.Kind.EVENT, e.label());
            for (TiePair pair : e.summits()) {
                m.setTie(pair, Economy.clamp01(m.tie(pair) + m.param(Param.TIES_SUMMIT_JUMP)));
                m.log(Happening.Kind.SUMMIT, "Summit " + pair.label() + ": tie jumps to "
                        + String.format(java.util.Locale.ROOT, "%.2f", m.tie(pair)));
            }
        }
    }
}
