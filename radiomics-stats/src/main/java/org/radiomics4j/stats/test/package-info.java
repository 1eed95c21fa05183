/**
 * Two-group comparisons: {@link org.radiomics4j.stats.test.TTest} (Student / Welch, CI of x − y),
 * {@link org.radiomics4j.stats.test.MannWhitneyUTest} (exact and normal approximation),
 * {@link org.radiomics4j.stats.test.HodgesLehmann} (shift and CI as R's {@code wilcox.test(conf.int = TRUE)}) and the
 * study's rule {@link org.radiomics4j.stats.test.GroupComparison} (Shapiro–Wilk in both groups, then Student t or
 * Mann–Whitney); equality of variances by {@link org.radiomics4j.stats.test.VarianceRatioTest} (R's
 * {@code var.test}) and {@link org.radiomics4j.stats.test.LeveneTest} (Levene / Brown–Forsythe). Tests are immutable: {@code withDefaults()} then {@code with(...)} copies. Example:
 * <pre>{@code
 * GroupComparison.Result r = GroupComparison.withDefaults().test(responders, nonResponders);
 * r.test();      // STUDENT_T, MANN_WHITNEY_EXACT or MANN_WHITNEY_ASYMPTOTIC
 * r.reason();    // "not both normal (Shapiro–Wilk x: SW W = 0.8123, P = 0.004; ...); both n <= 20 and no ties: exact P"
 * }</pre>
 */
package org.radiomics4j.stats.test;
