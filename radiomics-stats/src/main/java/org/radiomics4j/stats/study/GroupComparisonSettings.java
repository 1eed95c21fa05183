package org.radiomics4j.stats.study;

import java.util.Objects;

/**
 * Settings of Table 2, the feature-by-feature group comparison ({@link GroupComparisonStep}).
 *
 * @param alpha          significance level of the corrected P values (default 0.05)
 * @param normalityAlpha Shapiro–Wilk level of the t / Mann–Whitney choice (default 0.05)
 * @param correction     multiple-testing correction over the tested features (default Bonferroni)
 */
public record GroupComparisonSettings(double alpha, double normalityAlpha, MultipleTestingCorrection correction) {

    public GroupComparisonSettings {
        StudyDesign.requireLevel("alpha", alpha);
        StudyDesign.requireLevel("normalityAlpha", normalityAlpha);
        Objects.requireNonNull(correction, "correction must not be null");
    }

    /** The defaults listed on the components. */
    public static GroupComparisonSettings withDefaults() {
        return new GroupComparisonSettings(0.05, 0.05, MultipleTestingCorrection.BONFERRONI);
    }
}
