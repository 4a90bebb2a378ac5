package alliancesim.gui;

/** The About tab: the scenario, what the picture shows, and how to use the levers. */
final class AboutText {
    private AboutText() {
    }

    static String html(String title, String description) {
        return "<html><body style='font-family:sans-serif;font-size:14pt;margin:12px'>"
                + "<h2>" + escape(title) + "</h2><p>" + escape(description) + "</p>"
                + "<h3>What you see</h3><ul>"
                + "<li>States stand roughly where they are on a map; a disc grows with military capability "
                + "(North Korea, the US, South Korea, Japan) or front-line manpower (Russia, Ukraine).</li>"
                + "<li>Colours: <b style='color:#D55E00'>Russia and North Korea</b>, <b style='color:#E69F00'>China</b>, "
                + "<b style='color:#0072B2'>the US and its partners</b>.</li>"
                + "<li>Edges: grey ties (wider = stronger), orange shells and troops to Russia, green aid and "
                + "technology to North Korea, blue Western supply to Ukraine, black sanctions (wider = more pressure).</li>"
                + "</ul><h3>Levers</h3><p>Open the <b>Model</b> tab and move a slider: the change takes effect "
                + "from the next month. The <i>What happened</i> window lists events, summits and crises.</p>"
                + "</body></html>";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
