package org.radiomics4j.stats.study;

import java.util.Objects;

/**
 * How subjects are split into the positive group (label 1, e.g. responders; group x of every two-group test and the
 * positive class of every ROC) and the negative group (label 0).
 *
 * <ul>
 * <li>{@link #threshold(String, ThresholdOperator, double)}: positive iff {@code column <op> threshold}, e.g.
 * {@code threshold("pfs_months", LESS_OR_EQUAL, 11)}. Note the study's rule: PFS &le; 11 months defined the
 * group it called responders or non-responders; say which by the labels.</li>
 * <li>{@link #binaryColumn(String)}: an existing 0/1 column, positive iff the value is 1.</li>
 * </ul>
 * A subject whose grouping column is missing is excluded from every analysis (counted in
 * {@link StudyResult#exclusions()}).
 *
 * @param column    the column the rule reads
 * @param operator  the comparison, or null for a 0/1 column
 * @param threshold the threshold (NaN for a 0/1 column)
 */
public record GroupingRule(String column, ThresholdOperator operator, double threshold) {

    public GroupingRule {
        Objects.requireNonNull(column, "grouping.column must not be null");
        if (column.isBlank()) {
            throw new IllegalArgumentException("grouping.column must not be blank");
        }
        if (operator != null && !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("grouping.threshold must be finite but was " + threshold);
        }
    }

    /** Positive group iff {@code column <op> threshold}. */
    public static GroupingRule threshold(String column, ThresholdOperator operator, double threshold) {
        Objects.requireNonNull(operator, "grouping.operator must not be null");
        return new GroupingRule(column, operator, threshold);
    }

    /** Positive group iff the 0/1 column is 1 (any value other than 0 or 1 is an error naming the row). */
    public static GroupingRule binaryColumn(String column) {
        return new GroupingRule(column, null, Double.NaN);
    }

    /** Whether this rule reads an existing 0/1 column. */
    public boolean isBinaryColumn() {
        return operator == null;
    }

    /** The rule as text, e.g. {@code "pfs_months <= 11"} or {@code "response == 1"}. */
    public String describe() {
        return operator == null ? column + " == 1"
                : column + " " + operator.symbol() + " "
                        + java.math.BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
    }
}
