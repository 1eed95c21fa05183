package org.radiomics4j.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.radiomics4j.core.spi.FeatureKernelBackend;

/**
 * The ND4J kernel of the NGTDM sums ({@link FeatureKernelBackend#ngtdmSums}): the pairwise double sums as
 * {@code k×k} broadcasts of the level, probability and {@code s} vectors.
 */
final class NgtdmNd4jKernel {
    private NgtdmNd4jKernel() {
    }

    static double[] sums(double[] levels, double[] n, double[] s) {
        int k = levels.length;
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
        return new double[] {nvp, sumS, sumPs, contrastSum, absDiff, complexity, strengthSum};
    }
}
