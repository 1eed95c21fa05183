package org.radiomics4j.stats.descriptive;

import java.util.Locale;

/**
 * Formats the cells of a study's "Table 1": {@code "12.3 ± 4.5"} (mean ± SD), {@code "7 (46.7%)"} (count and
 * percentage) and {@code "12.0 (9.5–14.2)"} (median and Q1–Q3, en dash). Immutable; the numbers of decimals are set
 * with {@code with*} copies. Rounding is half-up on the decimal value as printed by {@link String#format}.
 *
 * <p>Example: {@code Table1Formatter.withDefaults().withDecimals(2).meanSd(summary)}.
 */
public final class Table1Formatter {
    private final int decimals;
    private final int percentDecimals;

    private Table1Formatter(int decimals, int percentDecimals) {
        this.decimals = decimals;
        this.percentDecimals = percentDecimals;
    }

    /** One decimal for values and percentages. */
    public static Table1Formatter withDefaults() {
        return new Table1Formatter(1, 1);
    }

    /**
     * A copy printing values with {@code decimals} decimals.
     *
     * @throws IllegalArgumentException if decimals is not in [0, 15]
     */
    public Table1Formatter withDecimals(int decimals) {
        return new Table1Formatter(checkDecimals("decimals", decimals), percentDecimals);
    }

    /**
     * A copy printing percentages with {@code percentDecimals} decimals.
     *
     * @throws IllegalArgumentException if percentDecimals is not in [0, 15]
     */
    public Table1Formatter withPercentDecimals(int percentDecimals) {
        return new Table1Formatter(decimals, checkDecimals("percentDecimals", percentDecimals));
    }

    private static int checkDecimals(String name, int d) {
        if (d < 0 || d > 15) {
            throw new IllegalArgumentException(name + " must be in [0, 15] but was " + d);
        }
        return d;
    }

    /** {@code "mean ± SD"}, e.g. {@code "12.3 ± 4.5"}. */
    public String meanSd(DescriptiveSummary s) {
        return fmt(s.mean()) + " ± " + fmt(s.sd());
    }

    /** {@code "median (Q1–Q3)"}, e.g. {@code "12.0 (9.5–14.2)"}, with the summary's quantile type. */
    public String medianIqr(DescriptiveSummary s) {
        return fmt(s.median()) + " (" + fmt(s.q1()) + "–" + fmt(s.q3()) + ")";
    }

    /** {@code "count (percent%)"}, e.g. {@code "7 (46.7%)"}. */
    public String countPercent(CategoryCount c) {
        return c.count() + " (" + String.format(Locale.ROOT, "%." + percentDecimals + "f", c.percent()) + "%)";
    }

    /**
     * {@code "count (percent%)"} of {@code count} out of {@code total}.
     *
     * @throws IllegalArgumentException if count is not in [0, total] or total is not positive
     */
    public String countPercent(int count, int total) {
        return countPercent(CategoryCount.of("", count, total));
    }

    private String fmt(double v) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    @Override
    public String toString() {
        return "Table1Formatter[decimals=" + decimals + ", percentDecimals=" + percentDecimals + "]";
    }
}
