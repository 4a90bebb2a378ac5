package alliancesim.report;

/** Escaping for text placed in HTML. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
