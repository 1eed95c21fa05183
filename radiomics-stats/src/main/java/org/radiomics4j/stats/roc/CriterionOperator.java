package org.radiomics4j.stats.roc;

/**
 * How a criterion {@code c} classifies a score in MedCalc notation: e.g. {@code GREATER} means test-positive iff
 * {@code score > c}.
 */
public enum CriterionOperator {
    /** Positive iff score &gt; c (higher-is-positive, every threshold but the lowest). */
    GREATER(">"),
    /** Positive iff score &ge; c (higher-is-positive, c = the minimum: everybody positive). */
    GREATER_OR_EQUAL(">="),
    /** Positive iff score &le; c (lower-is-positive, every threshold but the lowest). */
    LESS_OR_EQUAL("<="),
    /** Positive iff score &lt; c (lower-is-positive, c = the minimum: nobody positive). */
    LESS("<");

    private final String symbol;

    CriterionOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as MedCalc prints it ({@code ">"}, {@code ">="}, {@code "<="}, {@code "<"}). */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code score} is test-positive under {@code criterion}. */
    public boolean isPositive(double score, double criterion) {
        return switch (this) {
            case GREATER -> score > criterion;
            case GREATER_OR_EQUAL -> score >= criterion;
            case LESS_OR_EQUAL -> score <= criterion;
            case LESS -> score < criterion;
        };
    }
}
