package org.radiomics4j.core.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean ...?" for error messages: the valid name closest to a misspelt one by case-insensitive Levenshtein
 * distance (Levenshtein 1966; insertions, deletions and substitutions of one character each cost 1). Used by core,
 * radiomics-examples and the CLI; radiomics-stats has the same algorithm in its own {@code internal.NearestNames}
 * because it does not depend on radiomics-core.
 */
public final class NearestName {
    private NearestName() {
    }

    /**
     * The candidate with the smallest case-insensitive Levenshtein distance to {@code name} (the first of equals),
     * or {@code null} when there are no candidates.
     */
    public static String nearest(String name, Collection<String> candidates) {
        return nearest(name, candidates, Integer.MAX_VALUE - 1);
    }

    /**
     * The candidate with the smallest case-insensitive Levenshtein distance to {@code name} (the first of equals),
     * or {@code null} when there are no candidates or the smallest distance exceeds {@code maxDistance}.
     */
    public static String nearest(String name, Collection<String> candidates, int maxDistance) {
        String best = null;
        int bestD = maxDistance + 1;
        String a = name.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = levenshtein(a, c.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    /** Edit distance (insertions, deletions, substitutions of one character each). */
    static int levenshtein(String a, String b) {
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
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
