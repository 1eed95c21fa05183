package org.radiomics4j.core.ibsi.texture;

import org.radiomics4j.core.features.internal.SizeMatrixKernels;
import org.radiomics4j.core.features.internal.SizeMatrixStatistics;

/**
 * The features IBSI defines alike on run-length, size-zone, distance-zone and dependence matrices (IBSI manual,
 * sections 3.7, 3.8, 3.9, 3.11). With m_ij the count at grey level i and run length / zone size / distance /
 * dependence count j (both from 1), N_s = Σ m_ij, m_i. = Σ_j m_ij, m_.j = Σ_i m_ij, p_ij = m_ij/N_s, and N_v the
 * voxel count of the matrix (summed when matrices are merged), the values, in this order, are:
 * <ol start="0">
 *   <li>Σ m_.j/j² / N_s (short runs / small zone / small distance / low dependence emphasis)</li>
 *   <li>Σ m_.j·j² / N_s (long / large emphasis)</li>
 *   <li>Σ m_i./i² / N_s (low grey level emphasis)</li>
 *   <li>Σ m_i.·i² / N_s (high grey level emphasis)</li>
 *   <li>Σ m_ij/(i²j²) / N_s</li>
 *   <li>Σ m_ij·i²/j² / N_s</li>
 *   <li>Σ m_ij·j²/i² / N_s</li>
 *   <li>Σ m_ij·i²j² / N_s</li>
 *   <li>Σ m_i.² / N_s (grey level non-uniformity)</li>
 *   <li>Σ m_i.² / N_s² (normalised)</li>
 *   <li>Σ m_.j² / N_s (run length / zone size / distance / dependence count non-uniformity)</li>
 *   <li>Σ m_.j² / N_s² (normalised)</li>
 *   <li>N_s / N_v (run / zone / dependence count percentage)</li>
 *   <li>Σ (i − μ_i)²·p_ij, μ_i = Σ i·p_ij (grey level variance)</li>
 *   <li>Σ (j − μ_j)²·p_ij, μ_j = Σ j·p_ij</li>
 *   <li>−Σ p_ij·log2 p_ij (entropy)</li>
 *   <li>Σ p_ij² (energy; NGLDM only)</li>
 * </ol>
 * Values 0-15 come from the grey level × size kernel the PyRadiomics GLSZM and GLDM classes use
 * ({@code SizeMatrixKernels}), whose formulas are these with N = N_s; its entropy adds ε = 2.2e-16 inside the
 * logarithm (PyRadiomics' convention), which changes the entropy by less than 1e-15. Package-private.
 */
final class RunStatistics {
    static final int COUNT = 17;

    private RunStatistics() {
    }

    static double[] compute(CountMatrix m) {
        double ns = m.sum();
        double[] levels = new double[m.rows];
        for (int i = 0; i < m.rows; i++) {
            levels[i] = i + 1;
        }
        double[] sizes = new double[m.cols];
        for (int j = 0; j < m.cols; j++) {
            sizes[j] = j + 1;
        }
        // the shared grey level x size kernel of the PyRadiomics GLSZM/GLDM classes: same formulas, with N = N_s
        SizeMatrixStatistics st = SizeMatrixKernels.java(m.counts, levels, sizes, ns, m.voxels, ns);
        double energy = 0;
        for (double c : m.counts) {
            energy += (c / ns) * (c / ns);
        }
        return new double[] {st.smallEmphasis(), st.largeEmphasis(), st.lowGrayLevelEmphasis(),
            st.highGrayLevelEmphasis(), st.smallLowGrayLevelEmphasis(), st.smallHighGrayLevelEmphasis(),
            st.largeLowGrayLevelEmphasis(), st.largeHighGrayLevelEmphasis(), st.grayLevelNonUniformity(),
            st.grayLevelNonUniformityNormalized(), st.sizeNonUniformity(), st.sizeNonUniformityNormalized(),
            st.percentage(), st.grayLevelVariance(), st.sizeVariance(), st.entropy(), energy};
    }
}
