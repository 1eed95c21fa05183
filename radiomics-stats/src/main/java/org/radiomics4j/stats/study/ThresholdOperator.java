package org.radiomics4j.stats.study;

/** How a {@link GroupingRule} compares a column with its threshold: the subject is in the positive group iff true. */
public enum ThresholdOperator {
    /** {@code value <= threshold} (e.g. {@code pfs_months <= 11}). */
    LESS_OR_EQUAL("<="),
    /** {@code value < threshold}. */
    LESS("<"),
    /** {@code value >= threshold}. */
    GREATER_OR_EQUAL(">="),
    /** {@code value > threshold}. */
    GREATER(">");

    private final String symbol;

    ThresholdOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in a report, e.g. {@code "<="}. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code value <op> threshold} holds. */
    public boolean test(double value, double threshold) {
        return switch (this) {
            case LESS_OR_EQUAL -> value <= threshold;
            case LESS -> value < threshold;
            case GREATER_OR_EQUAL -> value >= threshold;
            case GREATER -> value > threshold;
        };
    }
}
