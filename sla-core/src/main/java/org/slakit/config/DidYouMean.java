package org.slakit.config;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests the known word closest to a misspelt one, for "did you mean" hints on unknown keys and
 * names.
 */
final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * Finds the known word closest to the given one, if it is close enough to be a likely typo:
     * one edit for words up to four letters, two for longer ones. A swap of two neighbouring
     * letters counts as one edit ({@code nmae} suggests {@code name}); case is ignored.
     *
     * @param word  the unknown word
     * @param known  the words that would have been accepted; of equally close ones the alphabetically
     *     first is suggested, so that the hint is the same whatever the collection's order
     * @return the suggestion, empty if none is close
     */
    static Optional<String> closest(String word, Collection<String> known) {
        int allowed = word.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
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
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
