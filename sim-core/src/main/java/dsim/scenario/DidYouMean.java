package dsim.scenario;

import dsim.text.Echo;
import java.util.Collection;
import java.util.Locale;

/** Suggests the known word a user probably meant, by edit distance (typos, swapped letters, case). */
final class DidYouMean {

    static final int MAX_CANDIDATES = 1000;

    private DidYouMean() {
    }

    /** The closest of {@code known} to {@code got} if it is close enough, else null; ties go to the first. */
    static String suggest(String got, Collection<String> known) {
        if (known.size() > MAX_CANDIDATES) {
            return null; // thousands of nodes: a suggestion is not worth quadratic work
        }
        String wanted = got.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(wanted, c);
            boolean close = d <= Math.max(1, Math.min(4, Math.max(wanted.length(), c.length()) / 3))
                    || (Math.min(wanted.length(), c.length()) >= 4 && (wanted.startsWith(c) || c.startsWith(wanted)));
            if (close && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code , did you mean "x"?} or {@code , expected one of: a, b, c}. */
    static String hint(String got, Collection<String> known) {
        String s = suggest(got, known);
        if (s != null) {
            return ", did you mean \"" + s + "\"?";
        }
        return ", expected one of: " + Echo.of(String.join(", ", known));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return Math.max(a.length(), b.length()); // nobody misspells a 200-letter key; stay cheap
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
