package org.radiomics4j.core.features.internal;

/**
 * The plain-Java feature kernel over a grey level × size matrix (GLSZM, GLDM): {@link SizeMatrixStatistics}. Other
 * backends ({@code FeatureKernelBackend#sizeMatrixStatistics}) are tested to agree with it to 1e-12 relative.
 *
 * <p>The matrix is given row-major ({@code counts[r·cols + c]}); {@code grayLevels[r]} and {@code sizes[c]} are the
 * grey level and size each row and column stand for. Internal helper; not part of the public API.
 */
public final class SizeMatrixKernels {
    /** numpy's {@code spacing(1)}, the ε of every PyRadiomics entropy. */
    public static final double EPS = Math.ulp(1.0);
    private static final double LN2 = Math.log(2.0);

    private SizeMatrixKernels() {
    }

    /**
     * Plain-Java reference kernel.
     *
     * @param divisor {@code N} of {@link SizeMatrixStatistics} (must be > 0)
     * @param roiVoxels {@code N_p}
     * @param zones {@code N_z}, the numerator of {@code percentage}
     */
    public static SizeMatrixStatistics java(double[] counts, double[] grayLevels, double[] sizes, double divisor,
            double roiVoxels, double zones) {
        int rows = grayLevels.length;
        int cols = sizes.length;
        check(counts, rows, cols, divisor);
        double[] pg = new double[rows];
        double[] ps = new double[cols];
        double salgle = 0;
        double sahgle = 0;
        double lalgle = 0;
        double lahgle = 0;
        double entropy = 0;
        for (int r = 0; r < rows; r++) {
            double i2 = grayLevels[r] * grayLevels[r];
            int off = r * cols;
            for (int c = 0; c < cols; c++) {
                double v = counts[off + c];
                pg[r] += v;
                ps[c] += v;
                if (v != 0) {
                    double j2 = sizes[c] * sizes[c];
                    salgle += v / (i2 * j2);
                    sahgle += v * i2 / j2;
                    lalgle += v * j2 / i2;
                    lahgle += v * i2 * j2;
                    double p = v / divisor;
                    entropy += p * Math.log(p + EPS) / LN2;
                }
            }
        }
        double sae = 0;
        double lae = 0;
        double szn = 0;
        double muJ = 0;
        for (int c = 0; c < cols; c++) {
            double j = sizes[c];
            sae += ps[c] / (j * j);
            lae += ps[c] * j * j;
            szn += ps[c] * ps[c];
            muJ += ps[c] / divisor * j;
        }
        double zv = 0;
        for (int c = 0; c < cols; c++) {
            double d = sizes[c] - muJ;
            zv += ps[c] / divisor * d * d;
        }
        double gln = 0;
        double lgle = 0;
        double hgle = 0;
        double muI = 0;
        for (int r = 0; r < rows; r++) {
            double i = grayLevels[r];
            gln += pg[r] * pg[r];
            lgle += pg[r] / (i * i);
            hgle += pg[r] * i * i;
            muI += pg[r] / divisor * i;
        }
        double glv = 0;
        for (int r = 0; r < rows; r++) {
            double d = grayLevels[r] - muI;
            glv += pg[r] / divisor * d * d;
        }
        double n = divisor;
        return new SizeMatrixStatistics(sae / n, lae / n, gln / n, gln / (n * n), szn / n, szn / (n * n),
                zones / roiVoxels, glv, zv, -entropy, lgle / n, hgle / n, salgle / n, sahgle / n, lalgle / n,
                lahgle / n);
    }

    private static void check(double[] counts, int rows, int cols, double divisor) {
        if (counts.length != (long) rows * cols) {
            throw new IllegalArgumentException("counts length " + counts.length + " must be rows*cols = " + rows
                    + "*" + cols);
        }
        if (!(divisor > 0)) {
            throw new IllegalArgumentException("divisor must be > 0 but was " + divisor);
        }
    }
}
