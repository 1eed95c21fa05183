package org.radiomics4j.stats.descriptive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The count of one category and its percentage of the total: {@code percent = 100 · count / total}.
 *
 * @param category the category label
 * @param count    how many values fall in the category
 * @param total    the number of values counted (missing values excluded)
 * @param percent  {@code 100 · count / total}
 */
public record CategoryCount(String category, int count, int total, double percent) {

    public CategoryCount {
        Objects.requireNonNull(category, "category");
        if (count < 0 || total <= 0 || count > total) {
            throw new IllegalArgumentException("count must be in [0, total] and total > 0 but count was " + count
                    + " and total " + total);
        }
    }

    /** A count with its percentage. */
    public static CategoryCount of(String category, int count, int total) {
        return new CategoryCount(category, count, total, total == 0 ? 0 : 100.0 * count / total);
    }

    /**
     * Counts per distinct label in first-appearance order ({@code table()} in R, but not sorted).
     *
     * @throws IllegalArgumentException if labels is empty or holds a null (missing values must be removed first)
     */
    public static List<CategoryCount> tabulate(String[] labels) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException("labels must hold at least 1 value");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException("labels[" + i + "] is missing (null); remove missing values first");
            }
            counts.merge(labels[i], 1, Integer::sum);
        }
        List<CategoryCount> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(of(k, v, labels.length)));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d/%d (%.1f%%)", category, count, total, percent);
    }
}
