package org.radiomics4j.stats.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean ...?" for error messages: the valid names closest to a misspelt one by case-insensitive Levenshtein
 * distance (Levenshtein 1966; insertions, deletions and substitutions of one character each cost 1). The same small
 * algorithm as core's public {@code org.radiomics4j.core.NearestName}, kept here because radiomics-stats does not
 * depend on radiomics-core.
 */
public final class NearestNames {
    private NearestNames() {
    }

    /**
     * Up to {@code k} candidates in increasing distance to {@code name} (candidates at equal distance in their
     * order); empty when there are no candidates.
     */
    public static List<String> nearest(String name, Collection<String> candidates, int k) {
        String a = name.toLowerCase(Locale.ROOT);
        List<String> list = new ArrayList<>(candidates);
        int[] d = new int[list.size()];
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            d[i] = levenshtein(a, list.get(i).toLowerCase(Locale.ROOT));
            idx.add(i);
        }
        idx.sort(Comparator.comparingInt((Integer i) -> d[i]).thenComparingInt(i -> i));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, idx.size()); i++) {
            out.add(list.get(idx.get(i)));
        }
        return out;
    }

    /** Edit distance between two strings. */
    public static int levenshtein(String a, String b) {
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
