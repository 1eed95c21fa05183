package org.radiomics4j.stats.study;

import java.util.Optional;
import org.radiomics4j.stats.multiple.PValueAdjustment;

/**
 * The correction of the feature P values of Table 2 for the number of features tested (the family = every
 * non-constant feature, in design order). A feature is significant iff its corrected P &lt; alpha.
 */
public enum MultipleTestingCorrection {
    /** No correction: corrected P = P. */
    NONE(null),
    /** Bonferroni: min(1, m·P) (the study's choice; R {@code p.adjust(p, "bonferroni")}). */
    BONFERRONI(PValueAdjustment.BONFERRONI),
    /** Holm step-down. */
    HOLM(PValueAdjustment.HOLM),
    /** Hochberg step-up. */
    HOCHBERG(PValueAdjustment.HOCHBERG),
    /** Benjamini–Hochberg false discovery rate. */
    BENJAMINI_HOCHBERG(PValueAdjustment.BENJAMINI_HOCHBERG),
    /** Benjamini–Yekutieli false discovery rate. */
    BENJAMINI_YEKUTIELI(PValueAdjustment.BENJAMINI_YEKUTIELI);

    private final PValueAdjustment method;

    MultipleTestingCorrection(PValueAdjustment method) {
        this.method = method;
    }

    /** The adjustment applied, empty for NONE. */
    public Optional<PValueAdjustment> method() {
        return Optional.ofNullable(method);
    }

    /** Corrected P values in input order. */
    public double[] adjust(double[] p) {
        return method == null ? p.clone() : method.adjust(p);
    }
}
