package org.radiomics4j.nd4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.radiomics4j.core.spi.FeatureKernelBackend;

/**
 * The ND4J kernel of the sixteen statistics GLSZM and GLDM share (order and formulas on
 * {@link FeatureKernelBackend#sizeMatrixStatistics}), with element-wise and reduction ops over the {@code (rows,
 * cols)} matrix.
 */
final class SizeMatrixNd4jKernel {
    private static final double LN2 = Math.log(2.0);

    private SizeMatrixNd4jKernel() {
    }

    static double[] statistics(double[] counts, double[] grayLevels, double[] sizes, double divisor,
            double roiVoxels, double zones) {
        int rows = grayLevels.length;
        int cols = sizes.length;
        if (counts.length != (long) rows * cols) {
            throw new IllegalArgumentException("counts length " + counts.length + " must be rows*cols = " + rows
                    + "*" + cols);
        }
        if (!(divisor > 0)) {
            throw new IllegalArgumentException("divisor must be > 0 but was " + divisor);
        }
        INDArray p = Nd4j.createFromArray(counts).reshape('c', rows, cols);
        INDArray iv = Nd4j.createFromArray(grayLevels);
        INDArray jv = Nd4j.createFromArray(sizes);
        INDArray i2 = iv.mul(iv);
        INDArray j2 = jv.mul(jv);
        INDArray i2col = i2.reshape(rows, 1);
        INDArray j2row = j2.reshape(1, cols);
        INDArray pg = p.sum(1);
        INDArray ps = p.sum(0);
        double n = divisor;

        double sae = ps.div(j2).sumNumber().doubleValue() / n;
        double lae = ps.mul(j2).sumNumber().doubleValue() / n;
        double gln = pg.mul(pg).sumNumber().doubleValue();
        double szn = ps.mul(ps).sumNumber().doubleValue();
        INDArray pgn = pg.div(n);
        double muI = pgn.mul(iv).sumNumber().doubleValue();
        INDArray di = iv.sub(muI);
        double glv = pgn.mul(di).mul(di).sumNumber().doubleValue();
        INDArray psn = ps.div(n);
        double muJ = psn.mul(jv).sumNumber().doubleValue();
        INDArray dj = jv.sub(muJ);
        double zv = psn.mul(dj).mul(dj).sumNumber().doubleValue();
        INDArray pn = p.div(n);
        double entropy = -pn.mul(Transforms.log(pn.add(FeatureKernelBackend.EPS), false).div(LN2)).sumNumber()
                .doubleValue();
        double lgle = pg.div(i2).sumNumber().doubleValue() / n;
        double hgle = pg.mul(i2).sumNumber().doubleValue() / n;
        double salgle = p.divColumnVector(i2col).divRowVector(j2row).sumNumber().doubleValue() / n;
        double sahgle = p.mulColumnVector(i2col).divRowVector(j2row).sumNumber().doubleValue() / n;
        double lalgle = p.divColumnVector(i2col).mulRowVector(j2row).sumNumber().doubleValue() / n;
        double lahgle = p.mulColumnVector(i2col).mulRowVector(j2row).sumNumber().doubleValue() / n;
        return new double[] {sae, lae, gln / n, gln / (n * n), szn / n, szn / (n * n), zones / roiVoxels, glv, zv,
            entropy, lgle, hgle, salgle, sahgle, lalgle, lahgle};
    }
}
