package alliancesim.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files an evidence text cites that a user of the project does not have. Evidence must lead to the
 * original public source (publisher, title, date) or to an article in seeds/: any other file name,
 * absolute or parent path, or the team's internal notes file on model sources is a dead end for the reader.
 * Web addresses are allowed: they are public.
 */
final class FileMentions {
    /** The team's notes on model sources, which users do not have (matched in any case). */
    private static final String INTERNAL_NOTES = "model-sources";

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern FILE = Pattern.compile(
            "[\\w./~-]*\\.(?:md|txt|ya?ml|csv|json|java|html?|pdf|xlsx?|docx?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH = Pattern.compile("(?:^|[\\s(\"'])((?:~|\\.\\.)?/[\\w.-]+/\\S*)");

    private FileMentions() {
    }

    /** The mentions in {@code text} of files outside the project (seed articles that exist are fine). */
    static List<String> outsideProject(String text, SeedTexts seeds) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String t = URL.matcher(text).replaceAll(" ");
        if (t.toLowerCase(Locale.ROOT).contains(INTERNAL_NOTES)) {
            found.add(INTERNAL_NOTES);
        }
        Matcher f = FILE.matcher(t);
        while (f.find()) {
            String name = f.group();
            boolean seedArticle = !name.contains("/") && name.endsWith(".txt") && seeds.read(name).isPresent();
            if (!seedArticle && !name.toLowerCase(Locale.ROOT).contains(INTERNAL_NOTES)) {
                found.add(name);
            }
        }
        Matcher p = PATH.matcher(t);
        while (p.find()) {
            if (!found.contains(p.group(1))) {
                found.add(p.group(1));
            }
        }
        return found;
    }
}
