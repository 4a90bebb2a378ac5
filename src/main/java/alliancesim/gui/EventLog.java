package alliancesim.gui;

import alliancesim.model.Happening;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The events, summits, crises and escalations of a run as lines a class can read. */
final class EventLog {
    private final YearMonth start;
    private final List<String> lines = new ArrayList<>();
    private int seen;

    EventLog(YearMonth start) {
        this.start = start;
    }

    void clear() {
        lines.clear();
        seen = 0;
    }

    /** The new lines since the last call. */
    List<String> update(List<Happening> happenings) {
        List<String> fresh = new ArrayList<>();
        for (int i = seen; i < happenings.size(); i++) {
            Happening h = happenings.get(i);
            fresh.add(start.plusMonths(h.month()) + "  " + prefix(h.kind()) + h.text());
        }
        seen = happenings.size();
        lines.addAll(fresh);
        return fresh;
    }

    /** A month of the run as a calendar month: "2024-03". */
    String date(int month) {
        return start.plusMonths(month).toString();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * Events, summits and crises say what they are in their own words ("Summit RUS-PRK: ...", "Crisis on
     * the Korean peninsula ..."); only an escalation is marked, so it stands out. No padded kind column:
     * the log's width is kept for the words, read from the back of a room.
     */
    private static String prefix(Happening.Kind kind) {
        return kind == Happening.Kind.ESCALATION ? "ESCALATION: " : "";
    }
}
