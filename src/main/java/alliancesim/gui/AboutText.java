package alliancesim.gui;

/** The About tab: the scenario, what the picture shows, and how to use the levers. */
final class AboutText {
    private AboutText() {
    }

    /** {@code whichRun}: which run the window shows (seed, posterior draw), already HTML. */
    static String html(String title, String description, java.util.Optional<java.time.YearMonth> recordEnds,
                       String whichRun) {
        return "<html><body style='font-family:sans-serif;font-size:14pt;margin:12px'>"
                + "<h2>" + escape(title) + "</h2><p>" + escape(description) + "</p>"
                + "<p>" + record(recordEnds) + "</p>"
                + "<h3>Which run this is</h3><p>" + whichRun + "</p>"
                + "<h3>What you see</h3><ul>"
                + "<li>States stand roughly where they are on a map; a disc grows with military capability "
                + "(North Korea, the US, South Korea, Japan) or front-line manpower (Russia, Ukraine).</li>"
                + "<li>Colours: <b style='color:#D55E00'>Russia and North Korea</b>, <b style='color:#E69F00'>China</b>, "
                + "<b style='color:#0072B2'>the US and its partners</b>.</li>"
                + "<li>Edges: grey ties (wider = stronger), orange shells and troops to Russia (the troops "
                + "are North Korean soldiers at the front that month: sent, less losses), green aid and "
                + "technology to North Korea, blue Western supply to Ukraine, black sanctions (wider = more pressure).</li>"
                + "</ul><h3>Levers</h3><p>Press ▶ to play the months and the pause button to hold one; ▶ plays on from there. Open the <b>Model</b> tab and move a "
                + "slider or type a value: the change takes effect from the next month, and the slider shows the value "
                + "you set. Rows ending in <i>Now</i> are what the states decided this month from those policies "
                + "(China weighs its ties against secondary sanctions; the US adds to the sanctions as it sees "
                + "shells flow): they follow the run and cannot be set. The <i>What happened</i> window lists "
                + "events, summits and crises.</p>"
                + "</body></html>";
    }

    /** What the record's end is, and what the months after it are. */
    static String record(java.util.Optional<java.time.YearMonth> recordEnds) {
        return recordEnds.map(r -> "<b>The record ends in " + r + "</b>: up to then the events are what happened, "
                + "each from its source. Later months are a <b>projection</b> under today's policies, not a forecast; "
                + "the charts shade them grey and the map's date says <i>projection</i>.")
                .orElse("This scenario does not say where the public record ends (no <code>record_ends</code>): "
                        + "no month is marked as a projection.");
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
