package org.radiomics4j.stats.survival;

import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;

/**
 * The two "log-rank" hazard-ratio estimates of a group versus a reference group (two-group tests only):
 * {@code (O1/E1) / (O0/E0)} and the Mantel–Haenszel (Peto) form {@code exp((O1 - E1)/V)} with CI
 * {@code exp((O1 - E1)/V ± z / sqrt(V))} (Machin, Cheung &amp; Parmar, Survival Analysis, 2nd ed., ch. 3). The
 * O/E ratio is +∞ when the reference group has no events.
 *
 * @param group                  the compared group code (the higher code)
 * @param referenceGroup         the reference group code (the lower code)
 * @param observedExpectedRatio  (O1/E1)/(O0/E0)
 * @param mantelHaenszel         exp((O1-E1)/V)
 * @param mantelHaenszelInterval its confidence interval
 */
public record LogRankHazardRatio(int group, int referenceGroup, double observedExpectedRatio,
        double mantelHaenszel, ConfidenceInterval mantelHaenszelInterval) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "HR group %d vs %d: O/E ratio %.4g; exp((O-E)/V) %.4g (%s)", group,
                referenceGroup, observedExpectedRatio, mantelHaenszel, mantelHaenszelInterval);
    }
}
