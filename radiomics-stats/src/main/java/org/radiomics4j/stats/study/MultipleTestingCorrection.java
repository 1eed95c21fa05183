package org.radiomics4j.stats.study;

import java.util.Optional;
import org.radiomics4j.stats.multiple.PValueAdjustment;

/**
 * The correction of the feature P values of Table 2 for the number of features tested (the family = every
 * non-constant feature, in design order). A feature is significant iff its corrected P &lt; alpha.
 */
public enum MultipleTestingCorrection {
    /** No correction: corrected P = P. */
    NONE(null, "no correction"),
    /** Bonferroni: min(1, m·P) (the study's choice; R {@code p.adjust(p, "bonferroni")}). */
    BONFERRONI(PValueAdjustment.BONFERRONI, "Bonferroni"),
    /** Holm step-down. */
    HOLM(PValueAdjustment.HOLM, "Holm"),
    /** Hochberg step-up. */
    HOCHBERG(PValueAdjustment.HOCHBERG, "Hochberg"),
    /** Benjamini–Hochberg false discovery rate. */
    BENJAMINI_HOCHBERG(PValueAdjustment.BENJAMINI_HOCHBERG, "Benjamini–Hochberg"),
    /** Benjamini–Yekutieli false discovery rate. */
    BENJAMINI_YEKUTIELI(PValueAdjustment.BENJAMINI_YEKUTIELI, "Benjamini–Yekutieli");

    private final PValueAdjustment method;
    private final String displayName;

    MultipleTestingCorrection(PValueAdjustment method, String displayName) {
        this.method = method;
        this.displayName = displayName;
    }

    /** The name printed in reports, e.g. "Bonferroni". */
    public String displayName() {
        return displayName;
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
