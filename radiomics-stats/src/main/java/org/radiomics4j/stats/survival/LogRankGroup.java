package org.radiomics4j.stats.survival;

/**
 * Per-group totals of a log-rank test (R {@code survdiff}: N, Observed, Expected, diagonal of var).
 *
 * @param group     the group code
 * @param subjects  number of subjects
 * @param observed  observed events O
 * @param expected  expected events E under equal hazards
 * @param variance  the diagonal element of the log-rank variance matrix for this group
 */
public record LogRankGroup(int group, int subjects, int observed, double expected, double variance) {
}
