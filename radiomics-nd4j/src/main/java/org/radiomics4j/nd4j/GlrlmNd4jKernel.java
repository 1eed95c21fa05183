package org.radiomics4j.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.radiomics4j.core.features.glrlm.GlrlmFeature;
import org.radiomics4j.core.spi.FeatureKernelBackend;

/**
 * The ND4J GLRLM feature kernel: the same per-direction values as the plain-Java reference kernel, computed from
 * the {@code (directions, levels, run lengths)} count tensor with vectorised operations: marginal sums, one matrix
 * product with a table of (i, j) weights for the joint emphases, and element-wise entropy.
 */
final class GlrlmNd4jKernel {
    private static final int F = GlrlmFeature.values().length;
    private static final double LN2 = Math.log(2.0);

    private GlrlmNd4jKernel() {
    }

    /** Per-direction values {@code [feature ordinal][direction]}. */
    static double[][] perDirection(double[] counts, int matrices, int[] grayLevels, int[] runLengths) {
        int ng = grayLevels.length;
        int nr = runLengths.length;
        int na = matrices;
        INDArray p2 = Nd4j.create(counts, new long[] {na, ng * nr}, 'c').castTo(DataType.DOUBLE);
        INDArray p3 = p2.reshape('c', na, ng, nr);
        INDArray nrun = p2.sum(1).reshape(na, 1);
        double[] totals = nrun.toDoubleVector();
        for (int a = 0; a < na; a++) {
            if (totals[a] == 0) {
                nrun.putScalar(a, 0, Double.NaN);
            }
        }
        INDArray pg = p3.sum(2); // (na, ng)
        INDArray pr = p3.sum(1); // (na, nr)
        double[] iv = new double[ng];
        double[] jv = new double[nr];
        for (int i = 0; i < ng; i++) {
            iv[i] = grayLevels[i];
        }
        for (int j = 0; j < nr; j++) {
            jv[j] = runLengths[j];
        }
        // run-length weights: 1/j², j², j
        double[] jw = new double[nr * 3];
        for (int j = 0; j < nr; j++) {
            jw[j * 3] = 1 / (jv[j] * jv[j]);
            jw[j * 3 + 1] = jv[j] * jv[j];
            jw[j * 3 + 2] = jv[j];
        }
        INDArray prLin = pr.mmul(Nd4j.create(jw, new long[] {nr, 3}, 'c')); // (na,3)
        // grey-level weights: 1/i², i², i
        double[] iw = new double[ng * 3];
        for (int i = 0; i < ng; i++) {
            iw[i * 3] = 1 / (iv[i] * iv[i]);
            iw[i * 3 + 1] = iv[i] * iv[i];
            iw[i * 3 + 2] = iv[i];
        }
        INDArray pgLin = pg.mmul(Nd4j.create(iw, new long[] {ng, 3}, 'c')); // (na,3)
        // joint weights: 1/(i²j²), i²/j², j²/i², i²j²
        double[] w = new double[ng * nr * 4];
        for (int i = 0; i < ng; i++) {
            double i2 = iv[i] * iv[i];
            for (int j = 0; j < nr; j++) {
                double j2 = jv[j] * jv[j];
                int r = (i * nr + j) * 4;
                w[r] = 1 / (i2 * j2);
                w[r + 1] = i2 / j2;
                w[r + 2] = j2 / i2;
                w[r + 3] = i2 * j2;
            }
        }
        INDArray joint = p2.mmul(Nd4j.create(w, new long[] {ng * nr, 4}, 'c')).diviColumnVector(nrun); // (na,4)
        INDArray nrun2 = nrun.mul(nrun);
        INDArray gln = pg.mul(pg).sum(1).reshape(na, 1);
        INDArray rln = pr.mul(pr).sum(1).reshape(na, 1);

        INDArray pgn = pg.divColumnVector(nrun);
        INDArray ui = pgn.mmul(Nd4j.create(iv, new long[] {ng, 1}, 'c'));
        INDArray di = Nd4j.ones(DataType.DOUBLE, na, 1).mmul(Nd4j.create(iv, new long[] {1, ng}, 'c'))
                .subiColumnVector(ui);
        INDArray glv = pgn.mul(di).mul(di).sum(1);
        INDArray prn = pr.divColumnVector(nrun);
        INDArray uj = prn.mmul(Nd4j.create(jv, new long[] {nr, 1}, 'c'));
        INDArray dj = Nd4j.ones(DataType.DOUBLE, na, 1).mmul(Nd4j.create(jv, new long[] {1, nr}, 'c'))
                .subiColumnVector(uj);
        INDArray rv = prn.mul(dj).mul(dj).sum(1);
        INDArray pn = p2.divColumnVector(nrun);
        INDArray re = pn.mul(Transforms.log(pn.add(FeatureKernelBackend.EPS), false).divi(LN2)).sum(1).negi();

        double[][] out = new double[F][];
        out[GlrlmFeature.SHORT_RUN_EMPHASIS.ordinal()] = prLin.getColumn(0).reshape(na, 1).div(nrun).toDoubleVector();
        out[GlrlmFeature.LONG_RUN_EMPHASIS.ordinal()] = prLin.getColumn(1).reshape(na, 1).div(nrun).toDoubleVector();
        out[GlrlmFeature.GRAY_LEVEL_NON_UNIFORMITY.ordinal()] = gln.div(nrun).toDoubleVector();
        out[GlrlmFeature.GRAY_LEVEL_NON_UNIFORMITY_NORMALIZED.ordinal()] = gln.div(nrun2).toDoubleVector();
        out[GlrlmFeature.RUN_LENGTH_NON_UNIFORMITY.ordinal()] = rln.div(nrun).toDoubleVector();
        out[GlrlmFeature.RUN_LENGTH_NON_UNIFORMITY_NORMALIZED.ordinal()] = rln.div(nrun2).toDoubleVector();
        out[GlrlmFeature.RUN_PERCENTAGE.ordinal()] = nrun.div(prLin.getColumn(2).reshape(na, 1)).toDoubleVector();
        out[GlrlmFeature.GRAY_LEVEL_VARIANCE.ordinal()] = glv.toDoubleVector();
        out[GlrlmFeature.RUN_VARIANCE.ordinal()] = rv.toDoubleVector();
        out[GlrlmFeature.RUN_ENTROPY.ordinal()] = re.toDoubleVector();
        out[GlrlmFeature.LOW_GRAY_LEVEL_RUN_EMPHASIS.ordinal()] =
                pgLin.getColumn(0).reshape(na, 1).div(nrun).toDoubleVector();
        out[GlrlmFeature.HIGH_GRAY_LEVEL_RUN_EMPHASIS.ordinal()] =
                pgLin.getColumn(1).reshape(na, 1).div(nrun).toDoubleVector();
        out[GlrlmFeature.SHORT_RUN_LOW_GRAY_LEVEL_EMPHASIS.ordinal()] = joint.getColumn(0).toDoubleVector();
        out[GlrlmFeature.SHORT_RUN_HIGH_GRAY_LEVEL_EMPHASIS.ordinal()] = joint.getColumn(1).toDoubleVector();
        out[GlrlmFeature.LONG_RUN_LOW_GRAY_LEVEL_EMPHASIS.ordinal()] = joint.getColumn(2).toDoubleVector();
        out[GlrlmFeature.LONG_RUN_HIGH_GRAY_LEVEL_EMPHASIS.ordinal()] = joint.getColumn(3).toDoubleVector();
        return out;
    }
}
