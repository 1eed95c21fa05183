package org.radiomics4j.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * "Did you mean ...?" for error messages: the valid name closest to a misspelt one.
 *
 * <p>Closeness is the Levenshtein distance (V. I. Levenshtein, "Binary codes capable of correcting deletions,
 * insertions, and reversals", Soviet Physics Doklady 10(8), 1966): the least number of one-character insertions,
 * deletions and substitutions, each of cost 1, that turn one string into the other, computed on the lower-cased
 * strings ({@link Locale#ROOT}), so case differences cost nothing. Among candidates at the same distance the first
 * in the collection's iteration order wins.
 *
 * <p>radiomics4j uses it wherever a user names something from a closed set: parameter-file keys, study
 * configuration keys and command-line options. It is public so that applications can word their own messages the
 * same way:
 * <pre>{@code
 * String hint = NearestName.nearest("binwdth", List.of("binWidth", "binCount"), 3); // "binWidth"
 * }</pre>
 *
 * <p>Stateless and thread-safe. The cost is {@code O(|name| · |candidate|)} time per candidate.
 */
public final class NearestName {
    private NearestName() {
    }

    /**
     * The candidate closest to {@code name}, at any distance.
     *
     * @param name the misspelt name
     * @param candidates the valid names
     * @return the candidate with the smallest case-insensitive Levenshtein distance to {@code name} (the first of
     *     equals), or {@code null} when there are no candidates
     * @throws NullPointerException if {@code name}, {@code candidates} or a candidate is null
     */
    public static String nearest(String name, Collection<String> candidates) {
        return nearest(name, candidates, Integer.MAX_VALUE - 1);
    }

    /**
     * The candidate closest to {@code name}, if it is close enough.
     *
     * @param name the misspelt name
     * @param candidates the valid names
     * @param maxDistance the largest distance worth suggesting (for example 3 for option names)
     * @return the candidate with the smallest case-insensitive Levenshtein distance to {@code name} (the first of
     *     equals), or {@code null} when there are no candidates or the smallest distance exceeds
     *     {@code maxDistance}
     * @throws NullPointerException if {@code name}, {@code candidates} or a candidate is null
     */
    public static String nearest(String name, Collection<String> candidates, int maxDistance) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(candidates, "candidates");
        String best = null;
        int bestD = maxDistance + 1;
        String a = name.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(a, c.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    /**
     * The Levenshtein distance between two strings, case-sensitive.
     *
     * @param a one string
     * @param b the other string
     * @return the least number of one-character insertions, deletions and substitutions that turn {@code a} into
     *     {@code b}; 0 if and only if they are equal
     * @throws NullPointerException if {@code a} or {@code b} is null
     */
    public static int distance(String a, String b) {
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
