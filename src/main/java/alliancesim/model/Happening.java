package alliancesim.model;

/** Something a class should see happen: a scheduled event, a summit, a crisis or an escalation. */
public record Happening(int month, Kind kind, String text) {
    public enum Kind { EVENT, SUMMIT, CRISIS, ESCALATION }
}
