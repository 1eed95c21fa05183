package org.radiomics4j.core.ibsi.texture;

import org.radiomics4j.core.ibsi.IbsiFeature;

/**
 * The 5 IBSI neighbourhood grey tone difference matrix features (IBSI manual, section 3.10, family IPET), with
 * n_i the number of ROI voxels of grey level i that have at least one ROI neighbour at Chebyshev distance 1,
 * s_i = Σ |i − A_k| over those voxels (A_k the mean grey level of the voxel's ROI neighbours), N_{v,c} = Σ n_i,
 * p_i = n_i/N_{v,c} and N_{g,p} the number of grey levels with p_i &gt; 0. Double sums run over i, j with
 * p_i &gt; 0 and p_j &gt; 0. The merged 2.5-D method sums s_i and n_i over slices, then recomputes N_{v,c} and p_i.
 */
public enum IbsiNgtdmFeature implements IbsiFeature {
    /** QCDE: 1/Σ p_i·s_i (10^6 when the sum is 0, a flat region, as PyRadiomics). */
    COARSENESS("QCDE", "Coarseness"),
    /** 65HE: [Σ Σ p_i p_j (i − j)² / (N_{g,p}(N_{g,p} − 1))]·[Σ s_i / N_{v,c}] (0 when N_{g,p} = 1). */
    CONTRAST("65HE", "Contrast"),
    /** NQ30: Σ p_i s_i / Σ Σ |i·p_i − j·p_j| (0 when the denominator is 0). */
    BUSYNESS("NQ30", "Busyness"),
    /** HDEZ: Σ Σ |i − j|·(p_i s_i + p_j s_j)/(p_i + p_j) / N_{v,c}. */
    COMPLEXITY("HDEZ", "Complexity"),
    /** 1X9X: Σ Σ (p_i + p_j)(i − j)² / Σ s_i (0 when Σ s_i = 0). */
    STRENGTH("1X9X", "Strength");

    private final String code;
    private final String outputName;

    IbsiNgtdmFeature(String code, String outputName) {
        this.code = code;
        this.outputName = outputName;
    }

    @Override
    public String family() {
        return "ngtdm";
    }

    @Override
    public String ibsiCode() {
        return code;
    }

    @Override
    public String outputName() {
        return outputName;
    }

    /** The five features from an NGTDM (column 0 n_i, column 1 s_i). */
    static double[] compute(CountMatrix m) {
        int ng = m.rows;
        double nvc = 0;
        for (int i = 0; i < ng; i++) {
            nvc += m.get(i, 0);
        }
        double[] p = new double[ng];
        double[] s = new double[ng];
        int ngp = 0;
        double sumS = 0;
        double sumPS = 0;
        for (int i = 0; i < ng; i++) {
            p[i] = m.get(i, 0) / nvc;
            s[i] = m.get(i, 1);
            if (p[i] > 0) {
                ngp++;
            }
            sumS += s[i];
            sumPS += p[i] * s[i];
        }
        double contrastSum = 0;
        double busyDen = 0;
        double complexity = 0;
        double strength = 0;
        for (int i = 0; i < ng; i++) {
            if (p[i] == 0) {
                continue;
            }
            for (int j = 0; j < ng; j++) {
                if (p[j] == 0) {
                    continue;
                }
                double d = i - j;
                contrastSum += p[i] * p[j] * d * d;
                busyDen += Math.abs((i + 1) * p[i] - (j + 1) * p[j]);
                complexity += Math.abs(d) * (p[i] * s[i] + p[j] * s[j]) / (p[i] + p[j]);
                strength += (p[i] + p[j]) * d * d;
            }
        }
        double coarseness = sumPS == 0 ? 1e6 : 1 / sumPS;
        double contrast = ngp > 1 ? contrastSum / (ngp * (ngp - 1.0)) * sumS / nvc : 0;
        double busyness = busyDen == 0 ? 0 : sumPS / busyDen;
        return new double[] {coarseness, contrast, busyness, complexity / nvc, sumS == 0 ? 0 : strength / sumS};
    }
}
