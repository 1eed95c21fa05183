package org.radiomics4j.core.features.ngtdm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * NGTDM feature kernels: a plain-Java reference and an ND4J kernel over the same buffers ({@code i}, {@code n_i},
 * {@code s_i} of the present grey levels). Degenerate cases follow PyRadiomics (see {@link NgtdmFeature}).
 */
final class NgtdmKernels {
    /** PyRadiomics' Coarseness when {@code Σ p_i·s_i = 0}. */
    static final double COARSENESS_CAP = 1e6;

    private NgtdmKernels() {
    }

    static NgtdmStatistics java(double[] levels, double[] n, double[] s) {
        int k = check(levels, n, s);
        double nvp = 0;
        double sumS = 0;
        for (int r = 0; r < k; r++) {
            nvp += n[r];
            sumS += s[r];
        }
        double[] p = new double[k];
        double sumPs = 0;
        for (int r = 0; r < k; r++) {
            p[r] = n[r] / nvp;
            sumPs += p[r] * s[r];
        }
        double contrastSum = 0;
        double absDiff = 0;
        double complexity = 0;
        double strengthSum = 0;
        for (int a = 0; a < k; a++) {
            double ia = levels[a];
            double pa = p[a];
            double psa = pa * s[a];
            double ipa = ia * pa;
            for (int b = 0; b < k; b++) {
                double d = ia - levels[b];
                double d2 = d * d;
                contrastSum += pa * p[b] * d2;
                absDiff += Math.abs(ipa - levels[b] * p[b]);
                complexity += Math.abs(d) * ((psa + p[b] * s[b]) / (pa + p[b]));
                strengthSum += (pa + p[b]) * d2;
            }
        }
        return finish(k, nvp, sumS, sumPs, contrastSum, absDiff, complexity, strengthSum);
    }

    static NgtdmStatistics nd4j(double[] levels, double[] n, double[] s) {
        int k = check(levels, n, s);
        INDArray iv = Nd4j.createFromArray(levels);
        INDArray nv = Nd4j.createFromArray(n);
        INDArray sv = Nd4j.createFromArray(s);
        double nvp = nv.sumNumber().doubleValue();
        double sumS = sv.sumNumber().doubleValue();
        INDArray p = nv.div(nvp);
        INDArray ps = p.mul(sv);
        double sumPs = ps.sumNumber().doubleValue();
        INDArray col = Nd4j.zeros(DataType.DOUBLE, k, k);
        INDArray ivCol = iv.reshape(k, 1);
        INDArray ivRow = iv.reshape(1, k);
        INDArray pCol = p.reshape(k, 1);
        INDArray pRow = p.reshape(1, k);
        INDArray d = col.addColumnVector(ivCol).subRowVector(ivRow); // i - j
        INDArray d2 = d.mul(d);
        double contrastSum = col.addColumnVector(pCol).mulRowVector(pRow).mul(d2).sumNumber().doubleValue();
        INDArray ip = iv.mul(p);
        double absDiff = Transforms.abs(col.addColumnVector(ip.reshape(k, 1)).subRowVector(ip.reshape(1, k)), false)
                .sumNumber().doubleValue();
        INDArray pSum = col.addColumnVector(pCol).addRowVector(pRow); // p_i + p_j
        INDArray psSum = col.addColumnVector(ps.reshape(k, 1)).addRowVector(ps.reshape(1, k));
        double complexity = Transforms.abs(d, true).mul(psSum.div(pSum)).sumNumber().doubleValue();
        double strengthSum = pSum.mul(d2).sumNumber().doubleValue();
        return finish(k, nvp, sumS, sumPs, contrastSum, absDiff, complexity, strengthSum);
    }

    private static NgtdmStatistics finish(int k, double nvp, double sumS, double sumPs, double contrastSum,
            double absDiff, double complexitySum, double strengthSum) {
        boolean capped = sumPs == 0;
        double coarseness = capped ? COARSENESS_CAP : 1 / sumPs;
        boolean single = k == 1;
        double contrast = single ? 0 : contrastSum / ((double) k * (k - 1)) * (sumS / nvp);
        boolean zeroDen = absDiff == 0;
        double busyness = zeroDen ? 0 : sumPs / absDiff;
        double complexity = complexitySum / nvp;
        boolean zeroSum = sumS == 0;
        double strength = zeroSum ? 0 : strengthSum / sumS;
        return new NgtdmStatistics(coarseness, contrast, busyness, complexity, strength, capped, single, zeroDen,
                zeroSum);
    }

    private static int check(double[] levels, double[] n, double[] s) {
        if (n.length != levels.length || s.length != levels.length) {
            throw new IllegalArgumentException("levels, n and s must have the same length but had " + levels.length
                    + ", " + n.length + ", " + s.length);
        }
        if (levels.length == 0) {
            throw new IllegalArgumentException("NGTDM has no grey level");
        }
        return levels.length;
    }
}
