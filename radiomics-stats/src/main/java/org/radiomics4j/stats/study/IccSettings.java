package org.radiomics4j.stats.study;

import java.util.Objects;
import org.radiomics4j.stats.reliability.IccForm;
import org.radiomics4j.stats.reliability.IccThresholds;

/**
 * Settings of the inter-reader ICC table ({@link IccStep}).
 *
 * @param form            ICC form (default ICC(2,1): two-way random effects, absolute agreement, single measures)
 * @param thresholds      ICC classes (default unstable &lt; 0.75 ≤ stable &lt; 0.90 ≤ excellent)
 * @param confidenceLevel level of the ICC intervals (default 0.95)
 * @param minimum         null (default) = every feature enters the group tests; otherwise only features whose ICC
 *                        is at least this (e.g. 0.75) enter them, the multiple-testing family counting only those,
 *                        and the report lists the features dropped (ICC below, or undefined)
 */
public record IccSettings(IccForm form, IccThresholds thresholds, double confidenceLevel, Double minimum) {

    public IccSettings {
        Objects.requireNonNull(form, "iccForm must not be null");
        Objects.requireNonNull(thresholds, "iccThresholds must not be null");
        StudyDesign.requireConfidence(confidenceLevel);
        if (minimum != null && !(minimum > -1 && minimum < 1)) {
            throw new IllegalArgumentException("icc.minimum must be in (-1, 1) but was " + minimum);
        }
    }

    /** The defaults listed on the components. */
    public static IccSettings withDefaults() {
        return new IccSettings(IccForm.ICC2_1, IccThresholds.DEFAULT, 0.95, null);
    }
}
