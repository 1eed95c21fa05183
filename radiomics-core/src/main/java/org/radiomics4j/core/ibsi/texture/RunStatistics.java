package org.radiomics4j.core.ibsi.texture;

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
 * Package-private.
 */
final class RunStatistics {
    static final int COUNT = 17;

    private RunStatistics() {
    }

    static double[] compute(CountMatrix m) {
        double ns = m.sum();
        double[] rowSum = new double[m.rows];
        double[] colSum = new double[m.cols];
        double[] out = new double[COUNT];
        double muI = 0;
        double muJ = 0;
        for (int i = 0; i < m.rows; i++) {
            for (int j = 0; j < m.cols; j++) {
                double c = m.get(i, j);
                if (c == 0) {
                    continue;
                }
                double gi = i + 1;
                double gj = j + 1;
                rowSum[i] += c;
                colSum[j] += c;
                out[4] += c / (gi * gi * gj * gj);
                out[5] += c * gi * gi / (gj * gj);
                out[6] += c * gj * gj / (gi * gi);
                out[7] += c * gi * gi * gj * gj;
                double p = c / ns;
                muI += gi * p;
                muJ += gj * p;
                out[15] -= p * Math.log(p) / Math.log(2);
                out[16] += p * p;
            }
        }
        for (int j = 0; j < m.cols; j++) {
            double gj = j + 1;
            out[0] += colSum[j] / (gj * gj);
            out[1] += colSum[j] * gj * gj;
            out[10] += colSum[j] * colSum[j];
        }
        for (int i = 0; i < m.rows; i++) {
            double gi = i + 1;
            out[2] += rowSum[i] / (gi * gi);
            out[3] += rowSum[i] * gi * gi;
            out[8] += rowSum[i] * rowSum[i];
        }
        for (int i = 0; i < m.rows; i++) {
            for (int j = 0; j < m.cols; j++) {
                double c = m.get(i, j);
                if (c != 0) {
                    double p = c / ns;
                    out[13] += (i + 1 - muI) * (i + 1 - muI) * p;
                    out[14] += (j + 1 - muJ) * (j + 1 - muJ) * p;
                }
            }
        }
        for (int k = 0; k <= 7; k++) {
            out[k] /= ns;
        }
        out[9] = out[8] / (ns * ns);
        out[8] /= ns;
        out[11] = out[10] / (ns * ns);
        out[10] /= ns;
        out[12] = ns / m.voxels;
        return out;
    }
}
