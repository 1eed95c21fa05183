package org.radiomics4j.core.extract;

/**
 * PyRadiomics {@code weightingNorm}: how GLCM and GLRLM direction matrices are combined. {@link #NONE} (the
 * default) computes each feature per direction and averages; the others weight each direction's matrix, sum them
 * and compute once (IBSI "merged").
 */
public enum WeightingNorm {
    NONE(null),
    MANHATTAN("manhattan"),
    EUCLIDEAN("euclidean"),
    INFINITY("infinity"),
    NO_WEIGHTING("no_weighting");

    private final String pyradiomicsName;

    WeightingNorm(String pyradiomicsName) {
        this.pyradiomicsName = pyradiomicsName;
    }

    /** The parameter-file value, or {@code null} for {@link #NONE}. */
    public String pyradiomicsName() {
        return pyradiomicsName;
    }

    /**
     * The norm named in a parameter file; {@code null} gives {@link #NONE}.
     *
     * @throws IllegalArgumentException naming the valid values
     */
    public static WeightingNorm fromPyRadiomicsName(String name) {
        if (name == null) {
            return NONE;
        }
        for (WeightingNorm w : values()) {
            if (name.equals(w.pyradiomicsName)) {
                return w;
            }
        }
        throw new IllegalArgumentException("weightingNorm '" + name
                + "' is not valid; valid: manhattan, euclidean, infinity, no_weighting (or null)");
    }
}
