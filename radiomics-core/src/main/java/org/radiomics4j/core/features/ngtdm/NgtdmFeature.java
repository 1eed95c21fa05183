package org.radiomics4j.core.features.ngtdm;

import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.features.FeatureInfo;

/**
 * The NGTDM features, in PyRadiomics' order ({@code radiomics/ngtdm.py}).
 *
 * <p>Symbols (rows of {@link NgtdmMatrix}, i.e. only grey levels present): {@code n_i} voxel count of level
 * {@code i}, {@code s_i} sum of absolute differences to the neighbourhood mean, {@code N_v,p = Σ n_i},
 * {@code p_i = n_i / N_v,p}, {@code N_g,p} the number of levels present; sums over {@code i, j} run over present
 * levels only.
 *
 * <p>Difference from IBSI common to all: IBSI counts in {@code n_i} (and {@code N_v}) only voxels that have at least
 * one neighbour in the ROI; PyRadiomics' C code, which this follows, counts every ROI voxel (a voxel without
 * neighbours adds 0 to {@code s_i}). The two agree whenever every ROI voxel has an ROI neighbour. With
 * {@code force2D} PyRadiomics pools all slices into one matrix (IBSI "2.5D merged"). IBSI codes are from
 * {@code testdata/ibsi/reference_values.csv}.
 */
public enum NgtdmFeature implements FeatureDescriptor {
    /**
     * Coarseness {@code = 1 / Σ p_i·s_i}; {@code 10⁶} when {@code Σ p_i·s_i = 0} (flat region; PyRadiomics'
     * arbitrary cap, recorded in the notes). IBSI QCDE, same definition.
     */
    COARSENESS("Coarseness", "QCDE"),
    /**
     * Contrast {@code = [Σ_i Σ_j p_i p_j (i − j)² / (N_g,p (N_g,p − 1))] · [Σ s_i / N_v,p]}; 0 when
     * {@code N_g,p = 1} (PyRadiomics' 0/0; recorded in the notes). IBSI 65HE, same definition.
     */
    CONTRAST("Contrast", "65HE"),
    /**
     * Busyness {@code = Σ p_i s_i / Σ_i Σ_j |i·p_i − j·p_j|}; 0 when the denominator is 0 (a single level;
     * recorded in the notes). IBSI NQ30, same definition.
     */
    BUSYNESS("Busyness", "NQ30"),
    /**
     * Complexity {@code = Σ_i Σ_j |i − j|·(p_i s_i + p_j s_j)/(p_i + p_j) / N_v,p}; 0 for a single level (follows
     * from the formula). IBSI HDEZ, same definition.
     */
    COMPLEXITY("Complexity", "HDEZ"),
    /**
     * Strength {@code = Σ_i Σ_j (p_i + p_j)(i − j)² / Σ s_i}; 0 when {@code Σ s_i = 0} (flat region; recorded in the
     * notes). IBSI 1X9X, same definition.
     */
    STRENGTH("Strength", "1X9X");

    private final FeatureInfo info;

    /** No NGTDM feature is deprecated in PyRadiomics. */
    NgtdmFeature(String pyradiomicsName, String ibsiCode) {
        this.info = new FeatureInfo(pyradiomicsName, ibsiCode, false);
    }

    @Override
    public FeatureInfo info() {
        return info;
    }
}
