package org.radiomics4j.core.filters;

import java.util.Arrays;
import java.util.Locale;

import org.radiomics4j.core.InvalidSettingException;

/**
 * The pattern codes of {@code skimage.feature.local_binary_pattern} (scikit-image 0.19.3), PyRadiomics' setting
 * {@code lbp2DMethod}. With {@code P} samples and {@code s_i = 1} where sample {@code i} is {@code ≥} the centre
 * (0 otherwise), and {@code U = Σ_{i=0}^{P−2} [s_i ≠ s_{i+1}]} the number of changes <em>without</em> the wrap-around
 * pair {@code (s_{P−1}, s_0)} (scikit-image's definition, which differs from Ojala et al.'s circular count):
 */
public enum Lbp2DMethod {
    /** {@code Σ s_i·2^i} (Ojala et al. 2002, eq. 9); {@code P ≤ 31}. */
    DEFAULT("default"),
    /** The smallest of the {@code P} circular right rotations of the default code (rotation invariant); {@code P ≤ 31}. */
    ROR("ror"),
    /** {@code Σ s_i} if {@code U ≤ 2}, else {@code P + 1} (rotation invariant uniform patterns, values 0..P+1). */
    UNIFORM("uniform"),
    /**
     * Non-rotation-invariant uniform patterns: 0 for no ones, {@code P(P−1)+1} for all ones, {@code 1 + (n−1)·P + k}
     * for a uniform pattern of {@code n} ones rotated by {@code k}, {@code P(P−1)+2} for a non-uniform pattern.
     */
    NRI_UNIFORM("nri_uniform"),
    /**
     * The local variance of the samples, {@code (Σt_i² − (Σt_i)²/P)/P} (biased), not a code; NaN where it is 0.
     * Stored in the image's pixel type like the other methods, so an integer image truncates it (as PyRadiomics
     * does).
     */
    VAR("var");

    private final String skimageName;

    Lbp2DMethod(String skimageName) {
        this.skimageName = skimageName;
    }

    /** The name scikit-image and PyRadiomics use, e.g. {@code uniform}. */
    public String skimageName() {
        return skimageName;
    }

    /**
     * The method of a PyRadiomics/scikit-image name, case-insensitively as scikit-image reads it.
     *
     * @throws InvalidSettingException naming the value and the valid names if there is none
     */
    public static Lbp2DMethod fromName(String name) {
        if (name != null) {
            String n = name.toLowerCase(Locale.ROOT);
            for (Lbp2DMethod m : values()) {
                if (m.skimageName.equals(n)) {
                    return m;
                }
            }
        }
        throw new InvalidSettingException("lbp2DMethod must be one of "
                + Arrays.stream(values()).map(Lbp2DMethod::skimageName).toList() + " but was " + name);
    }
}
