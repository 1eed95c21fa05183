package org.radiomics4j.stats.study;

import java.util.Objects;
import org.radiomics4j.stats.roc.Direction;

/**
 * Settings of Table 3, the ROC analysis of the significant features ({@link RocStep}).
 *
 * @param direction       ROC direction (default {@link Direction#AUTO}: the side with AUC ≥ 0.5, as MedCalc;
 *                        {@link Direction#AUTO_BY_MEDIANS} reproduces pROC)
 * @param confidenceLevel level of the AUC, sensitivity and specificity intervals (default 0.95)
 */
public record RocSettings(Direction direction, double confidenceLevel) {

    public RocSettings {
        Objects.requireNonNull(direction, "rocDirection must not be null");
        StudyDesign.requireConfidence(confidenceLevel);
    }

    /** The defaults listed on the components. */
    public static RocSettings withDefaults() {
        return new RocSettings(Direction.AUTO, 0.95);
    }
}
