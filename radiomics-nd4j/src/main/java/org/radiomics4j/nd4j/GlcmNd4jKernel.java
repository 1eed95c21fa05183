package org.radiomics4j.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.radiomics4j.core.features.glcm.GlcmFeature;
import org.radiomics4j.core.spi.FeatureKernelBackend;
import org.radiomics4j.core.spi.FeatureKernelBackends;

/**
 * The ND4J GLCM feature kernel: the same per-direction values as the plain-Java reference kernel, computed with
 * vectorised array operations over the {@code (directions, n, n)} probability tensor. Linear features are one
 * matrix product of the flattened matrices with a table of pair weights; the k-indexed distributions
 * {@code p_{x+y}} and {@code p_{x−y}} are products with 0/1 indicator tables. MCC's Q matrices are a batched matrix
 * product; their eigenvalues are computed by radiomics-core's plain-Java solver
 * ({@link FeatureKernelBackends#secondLargestEigenvalue}; ND4J has no general non-symmetric solver).
 */
final class GlcmNd4jKernel {
    private static final int F = GlcmFeature.values().length;
    private static final double LN2 = Math.log(2.0);

    private GlcmNd4jKernel() {
    }

    private static INDArray log2eps(INDArray x) {
        return Transforms.log(x.add(FeatureKernelBackend.EPS), false).divi(LN2);
    }

    /** Per-direction values {@code [feature ordinal][direction]}; MCC eigenvalues into {@code mccOut}. */
    static double[][] perDirection(double[] countBuffer, int matrices, int[] grayLevels, int ngMax, boolean mcc,
            double[][] mccOut) {
        int n = grayLevels.length;
        int na = matrices;
        int ng = ngMax;
        int nn = n * n;
        int[] gl = grayLevels;
        INDArray counts = Nd4j.create(countBuffer, new long[] {na, nn}, 'c').castTo(DataType.DOUBLE);
        INDArray totals = counts.sum(1).reshape(na, 1);
        INDArray p2 = counts.divColumnVector(totals); // (na, n*n), NaN rows for empty directions
        INDArray p3 = p2.reshape('c', na, n, n);
        INDArray px = p3.sum(2); // (na, n)
        INDArray py = p3.sum(1); // (na, n)
        INDArray lv = Nd4j.create(DataType.DOUBLE, n, 1);
        for (int i = 0; i < n; i++) {
            lv.putScalar(i, 0, gl[i]);
        }
        INDArray ijw = Nd4j.create(DataType.DOUBLE, nn, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ijw.putScalar(i * n + j, 0, (double) gl[i] * gl[j]);
            }
        }
        INDArray autocorr = p2.mmul(ijw); // (na,1)
        int nSum = 2 * ng - 1;
        INDArray[] sumDiff = sumAndDifferenceDistributions(p3, gl, na, n, ng);
        INDArray pxAddy = sumDiff[0]; // (na, 2Ng-1), k = 2..2Ng
        INDArray pxSuby = sumDiff[1]; // (na, Ng), k = 0..Ng-1

        INDArray ux = px.mmul(lv); // (na,1)
        INDArray uy = py.mmul(lv);
        INDArray lvRow = lv.reshape(1, n);
        INDArray ci = Nd4j.ones(DataType.DOUBLE, na, 1).mmul(lvRow).subiColumnVector(ux); // (na,n): i - ux
        INDArray cj = Nd4j.ones(DataType.DOUBLE, na, 1).mmul(lvRow).subiColumnVector(uy); // (na,n): j - uy
        INDArray varx = px.mul(ci).mul(ci).sum(1);
        INDArray vary = py.mul(cj).mul(cj).sum(1);
        INDArray rowC = Nd4j.matmul(p3, cj.reshape(na, n, 1)).reshape(na, n); // Σ_j p(i,j)(j-uy)
        INDArray corm = rowC.mul(ci).sum(1);

        INDArray energy = p2.mul(p2).sum(1);
        INDArray hxy = p2.mul(log2eps(p2)).sum(1).negi();
        INDArray maxP = p2.max(1);
        INDArray hx = px.mul(log2eps(px)).sum(1).negi();
        INDArray hy = py.mul(log2eps(py)).sum(1).negi();
        INDArray pxpy = px.reshape(na, n, 1).mul(py.reshape(na, 1, n)).reshape('c', na, nn);
        INDArray logPxpy = log2eps(pxpy);
        INDArray hxy1 = p2.mul(logPxpy).sum(1).negi();
        INDArray hxy2 = pxpy.mul(logPxpy).sum(1).negi();

        // sum distribution k = 2..2Ng
        INDArray kSum = Nd4j.create(DataType.DOUBLE, 1, nSum);
        for (int k = 0; k < nSum; k++) {
            kSum.putScalar(0, k, k + 2);
        }
        INDArray dS = Nd4j.ones(DataType.DOUBLE, na, 1).mmul(kSum).subiColumnVector(ux.add(uy));
        INDArray dS2 = dS.mul(dS);
        INDArray ct = pxAddy.mul(dS2).sum(1);
        INDArray cs = pxAddy.mul(dS2).mul(dS).sum(1);
        INDArray cp = pxAddy.mul(dS2).mul(dS2).sum(1);
        INDArray sa = pxAddy.mmul(kSum.reshape(nSum, 1));
        INDArray se = pxAddy.mul(log2eps(pxAddy)).sum(1).negi();
        INDArray dSa = Nd4j.ones(DataType.DOUBLE, na, 1).mmul(kSum).subiColumnVector(sa);
        INDArray sv = pxAddy.mul(dSa).mul(dSa).sum(1);

        // difference distribution k = 0..Ng-1, weight table columns: k, k², 1/(1+k²), 1/(1+k²/Ng²), 1/(1+k),
        // 1/(1+k/Ng), 1/k² (k ≥ 1)
        double[] kw = new double[ng * 7];
        double ng2 = (double) ng * ng;
        for (int k = 0; k < ng; k++) {
            double kk = k;
            kw[k * 7] = kk;
            kw[k * 7 + 1] = kk * kk;
            kw[k * 7 + 2] = 1 / (1 + kk * kk);
            kw[k * 7 + 3] = 1 / (1 + kk * kk / ng2);
            kw[k * 7 + 4] = 1 / (1 + kk);
            kw[k * 7 + 5] = 1 / (1 + kk / ng);
            kw[k * 7 + 6] = k == 0 ? 0 : 1 / (kk * kk);
        }
        INDArray diffLin = pxSuby.mmul(Nd4j.create(kw, new long[] {ng, 7}, 'c')); // (na, 7)
        INDArray da = diffLin.getColumn(0).reshape(na, 1);
        INDArray de = pxSuby.mul(log2eps(pxSuby)).sum(1).negi();
        INDArray kDiff = Nd4j.create(DataType.DOUBLE, 1, ng);
        for (int k = 0; k < ng; k++) {
            kDiff.putScalar(0, k, k);
        }
        INDArray dD = Nd4j.ones(DataType.DOUBLE, na, 1).mmul(kDiff).subiColumnVector(da);
        INDArray dv = pxSuby.mul(dD).mul(dD).sum(1);

        double[][] out = new double[F][];
        double[] vx = varx.toDoubleVector();
        double[] vy = vary.toDoubleVector();
        double[] cm = corm.toDoubleVector();
        double[] hxyV = hxy.toDoubleVector();
        double[] hxV = hx.toDoubleVector();
        double[] hyV = hy.toDoubleVector();
        double[] hxy1V = hxy1.toDoubleVector();
        double[] hxy2V = hxy2.toDoubleVector();
        double[] corr = new double[na];
        double[] imc1 = new double[na];
        double[] imc2 = new double[na];
        double[] tot = totals.toDoubleVector();
        for (int a = 0; a < na; a++) {
            if (tot[a] == 0) {
                corr[a] = Double.NaN;
                imc1[a] = Double.NaN;
                imc2[a] = Double.NaN;
                continue;
            }
            double sigma = Math.sqrt(vx[a]) * Math.sqrt(vy[a]);
            corr[a] = sigma == 0 ? 1.0 : cm[a] / (sigma + FeatureKernelBackend.EPS);
            double div = Math.max(hxV[a], hyV[a]);
            imc1[a] = div == 0 ? 0.0 : (hxyV[a] - hxy1V[a]) / div;
            imc2[a] = hxy2V[a] == hxyV[a] ? 0.0 : Math.sqrt(1 - Math.exp(-2 * (hxy2V[a] - hxyV[a])));
        }
        out[GlcmFeature.AUTOCORRELATION.ordinal()] = autocorr.toDoubleVector();
        out[GlcmFeature.JOINT_AVERAGE.ordinal()] = ux.toDoubleVector();
        out[GlcmFeature.CLUSTER_PROMINENCE.ordinal()] = cp.toDoubleVector();
        out[GlcmFeature.CLUSTER_SHADE.ordinal()] = cs.toDoubleVector();
        out[GlcmFeature.CLUSTER_TENDENCY.ordinal()] = ct.toDoubleVector();
        out[GlcmFeature.CONTRAST.ordinal()] = diffLin.getColumn(1).toDoubleVector();
        out[GlcmFeature.CORRELATION.ordinal()] = corr;
        out[GlcmFeature.DIFFERENCE_AVERAGE.ordinal()] = da.toDoubleVector();
        out[GlcmFeature.DIFFERENCE_ENTROPY.ordinal()] = de.toDoubleVector();
        out[GlcmFeature.DIFFERENCE_VARIANCE.ordinal()] = dv.toDoubleVector();
        out[GlcmFeature.DISSIMILARITY.ordinal()] = da.toDoubleVector();
        out[GlcmFeature.JOINT_ENERGY.ordinal()] = energy.toDoubleVector();
        out[GlcmFeature.JOINT_ENTROPY.ordinal()] = hxyV;
        out[GlcmFeature.HOMOGENEITY1.ordinal()] = diffLin.getColumn(4).toDoubleVector();
        out[GlcmFeature.HOMOGENEITY2.ordinal()] = diffLin.getColumn(2).toDoubleVector();
        out[GlcmFeature.IMC1.ordinal()] = imc1;
        out[GlcmFeature.IMC2.ordinal()] = imc2;
        out[GlcmFeature.IDM.ordinal()] = diffLin.getColumn(2).toDoubleVector();
        out[GlcmFeature.MCC.ordinal()] = new double[na];
        out[GlcmFeature.IDMN.ordinal()] = diffLin.getColumn(3).toDoubleVector();
        out[GlcmFeature.ID.ordinal()] = diffLin.getColumn(4).toDoubleVector();
        out[GlcmFeature.IDN.ordinal()] = diffLin.getColumn(5).toDoubleVector();
        out[GlcmFeature.INVERSE_VARIANCE.ordinal()] = diffLin.getColumn(6).toDoubleVector();
        out[GlcmFeature.MAXIMUM_PROBABILITY.ordinal()] = maxP.toDoubleVector();
        out[GlcmFeature.SUM_AVERAGE.ordinal()] = sa.toDoubleVector();
        out[GlcmFeature.SUM_VARIANCE.ordinal()] = sv.toDoubleVector();
        out[GlcmFeature.SUM_ENTROPY.ordinal()] = se.toDoubleVector();
        out[GlcmFeature.SUM_SQUARES.ordinal()] = vx;

        if (mcc && n >= 2) {
            // Q = R · Pᵀ with R(i,k) = p(i,k) / (px(i) py(k) + eps), batched over directions
            INDArray r = p2.div(pxpy.add(FeatureKernelBackend.EPS)).reshape('c', na, n, n);
            INDArray q = Nd4j.matmul(r, p3.permute(0, 2, 1).dup('c'));
            double[] qAll = q.dup('c').data().asDouble();
            double[] qa = new double[nn];
            double[] re = new double[n];
            double[] im = new double[n];
            for (int a = 0; a < na; a++) {
                if (tot[a] == 0) {
                    mccOut[0][a] = Double.NaN;
                    mccOut[1][a] = 0;
                    continue;
                }
                System.arraycopy(qAll, a * nn, qa, 0, nn);
                FeatureKernelBackends.secondLargestEigenvalue(qa, n, re, im, mccOut, a);
            }
        }
        return out;
    }

    /**
     * {@code p_{x+y}} and {@code p_{x−y}} without O(n²·N_g) indicator tables: the matrices are scattered onto the full
     * {@code N_g×N_g} grid by two products with the 0/1 level-selection matrix, then the anti-diagonal sums come from
     * the "skew by padding" reshape (rows padded to 2N_g and re-cut at 2N_g−1 put element (i,j) in column i+j); the
     * diagonals (|i−j|) are the anti-diagonals of the column-reversed grid. The grid may come out transposed, which
     * neither distribution notices.
     */
    private static INDArray[] sumAndDifferenceDistributions(INDArray p3, int[] gl, int na, int n, int ng) {
        INDArray e = Nd4j.create(DataType.DOUBLE, n, ng);
        INDArray eRev = Nd4j.create(DataType.DOUBLE, n, ng);
        for (int i = 0; i < n; i++) {
            e.putScalar(i, gl[i] - 1, 1.0);
            eRev.putScalar(i, ng - gl[i], 1.0);
        }
        INDArray x = p3.reshape('c', (long) na * n, n).mmul(e).reshape('c', na, n, ng);
        INDArray y = x.permute(0, 2, 1).dup('c').reshape('c', (long) na * ng, n);
        INDArray full = y.mmul(e).reshape('c', na, ng, ng); // full[a][g'][g] = p(g, g')
        INDArray fullRev = y.mmul(eRev).reshape('c', na, ng, ng); // fullRev[a][g'][h] = p(i, j), h = Ng - level(i)
        INDArray sum = antiDiagonalSums(full, na, ng); // column c = (gi-1)+(gj-1), i.e. k = c + 2
        INDArray rev = antiDiagonalSums(fullRev, na, ng); // column c = Ng-1 + (gj - gi)
        // p_{x-y}(0) = column Ng-1; p_{x-y}(k) = column Ng-1+k + column Ng-1-k for k > 0
        INDArray diff = Nd4j.create(DataType.DOUBLE, na, ng);
        diff.putColumn(0, rev.getColumn(ng - 1).dup().reshape(na, 1));
        if (ng > 1) {
            INDArray upper = rev.get(NDArrayIndex.all(), NDArrayIndex.interval(ng, 2 * ng - 1)).dup('c');
            INDArray lower = rev.get(NDArrayIndex.all(), NDArrayIndex.interval(0, ng - 1)).dup('c');
            INDArray flip = Nd4j.create(DataType.DOUBLE, ng - 1, ng - 1); // anti-identity: column k-1 <- c = ng-1-k
            for (int k = 0; k < ng - 1; k++) {
                flip.putScalar(ng - 2 - k, k, 1.0);
            }
            diff.get(NDArrayIndex.all(), NDArrayIndex.interval(1, ng)).assign(upper.addi(lower.mmul(flip)));
        }
        return new INDArray[] {sum, diff};
    }

    /** Anti-diagonal sums of each {@code m×m} matrix of {@code (na, m, m)}: result {@code (na, 2m−1)}. */
    private static INDArray antiDiagonalSums(INDArray a3, int na, int m) {
        INDArray padded = Nd4j.concat(2, a3, Nd4j.zeros(DataType.DOUBLE, na, m, m)); // (na, m, 2m)
        INDArray flat = padded.reshape('c', na, 2L * m * m);
        INDArray cut = flat.get(NDArrayIndex.all(),
                NDArrayIndex.interval(0, (long) m * (2 * m - 1))).dup('c');
        return cut.reshape('c', na, m, 2L * m - 1).sum(1);
    }
}
