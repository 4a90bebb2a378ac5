package alliancesim.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggestions for a misspelt name: the known names within a small edit distance. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** " — did you mean 'x'?" or "" when nothing is close. */
    public static String hint(String typed, Collection<String> known) {
        List<String> close = closest(typed, known);
        if (close.isEmpty()) {
            return "";
        }
        if (close.size() == 1 || distance(typed, close.get(0)) < distance(typed, close.get(1))) {
            return " — did you mean '" + close.get(0) + "'?";
        }
        return " — did you mean one of " + String.join(", ", close.stream().map(s -> "'" + s + "'").toList()) + "?";
    }

    private record Candidate(String name, int distance) {
    }

    static List<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, t.length() / 3);
        return known.stream()
                .map(k -> new Candidate(k, distance(t, k.toLowerCase(Locale.ROOT))))
                .filter(c -> c.distance() <= limit)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .limit(3)
                .map(Candidate::name)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
