package org.radiomics4j.stats.study;

/**
 * One level of a categorical clinical variable in Table 1.
 *
 * @param level            the level
 * @param positiveCount    subjects of the positive group with this level
 * @param positivePercent  percentage of the positive group's non-missing values
 * @param negativeCount    subjects of the negative group with this level
 * @param negativePercent  percentage of the negative group's non-missing values
 */
public record LevelCount(String level, int positiveCount, double positivePercent, int negativeCount,
        double negativePercent) {
}
