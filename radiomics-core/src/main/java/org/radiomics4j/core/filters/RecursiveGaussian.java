package org.radiomics4j.core.filters;

/**
 * One pass of ITK's recursive Gaussian along one axis: the fourth-order IIR approximation of Deriche (1990, IEEE
 * PAMI 12(1) 78-87; INRIA RR-1893, 1993) of the Gaussian (order 0) or its second derivative (order 2), with the
 * coefficients, normalisation and edge-extension boundary initialisation of ITK's
 * {@code RecursiveGaussianImageFilter} / {@code RecursiveSeparableImageFilter} (unchanged from ITK 5.2.1 to 5.4).
 *
 * <p>With {@code σ_d = σ/spacing} (σ in mm, the filter in pixel units), {@code e_k = exp(L_k/σ_d)},
 * {@code c_k = cos(W_k/σ_d)}, {@code s_k = sin(W_k/σ_d)} and Deriche's published constants
 * {@code (a_k, b_k, W_k, L_k)}, the causal part is
 *
 * <pre>
 *   y⁺[i] = n0·x[i] + n1·x[i−1] + n2·x[i−2] + n3·x[i−3] − (d1·y⁺[i−1] + d2·y⁺[i−2] + d3·y⁺[i−3] + d4·y⁺[i−4])
 * </pre>
 *
 * the anticausal part mirrors it with {@code m1..m4}, and the output is {@code y⁺ + y⁻}. The {@code n} coefficients
 * are scaled so that the kernel's zeroth (order 0) or second moment (order 2) is exactly 1 in pixel units; with
 * NormalizeAcrossScale the second derivative is further multiplied by {@code σ²} (σ in mm, as ITK does). The border
 * is the constant extension of the first and last sample, folded into the {@code BN}/{@code BM} coefficients.
 *
 * <p>Arithmetic follows ITK's expressions operation by operation, in double precision (ITK's {@code RealType} for
 * short, float and double pixels), so that after the float32 store between passes the result matches ITK bit for
 * bit up to the last-ulp differences of {@code sin}/{@code cos}/{@code exp} between libm and Java.
 */
final class RecursiveGaussian {
    /** Causal input coefficients. */
    final double n0;
    final double n1;
    final double n2;
    final double n3;
    /** Recursive coefficients (shared by both directions). */
    final double d1;
    final double d2;
    final double d3;
    final double d4;
    /** Anticausal input coefficients. */
    final double m1;
    final double m2;
    final double m3;
    final double m4;
    /** Boundary coefficients of the causal and anticausal passes. */
    final double bn1;
    final double bn2;
    final double bn3;
    final double bn4;
    final double bm1;
    final double bm2;
    final double bm3;
    final double bm4;

    private RecursiveGaussian(double[] n, double[] d) {
        n0 = n[0];
        n1 = n[1];
        n2 = n[2];
        n3 = n[3];
        d1 = d[0];
        d2 = d[1];
        d3 = d[2];
        d4 = d[3];
        // symmetric kernel (orders 0 and 2)
        m1 = n1 - d1 * n0;
        m2 = n2 - d2 * n0;
        m3 = n3 - d3 * n0;
        m4 = -d4 * n0;
        final double sn = n0 + n1 + n2 + n3;
        final double sm = m1 + m2 + m3 + m4;
        final double sd = 1.0 + d1 + d2 + d3 + d4;
        bn1 = d1 * sn / sd;
        bn2 = d2 * sn / sd;
        bn3 = d3 * sn / sd;
        bn4 = d4 * sn / sd;
        bm1 = d1 * sm / sd;
        bm2 = d2 * sm / sd;
        bm3 = d3 * sm / sd;
        bm4 = d4 * sm / sd;
    }

    // Deriche's constants for the Gaussian (index 0) and its second derivative (index 2), as ITK lists them.
    private static final double[] A1 = {1.3530, -0.6724, -1.3563};
    private static final double[] B1 = {1.8151, -3.4327, 5.2318};
    private static final double[] A2 = {-0.3531, 0.6724, 0.3446};
    private static final double[] B2 = {0.0902, 0.6100, -2.2355};
    private static final double W1 = 0.6681;
    private static final double L1 = -1.3932;
    private static final double W2 = 2.0787;
    private static final double L2 = -1.3732;

    /** The Gaussian smoothing pass (order 0; never normalised across scale, as in ITK). */
    static RecursiveGaussian smoothing(double sigma, double spacing) {
        final double sigmad = checkedSigmaD(sigma, spacing);
        double[] sdded = new double[3];
        double[] d = dCoefficients(sigmad, sdded);
        double[] n = new double[4];
        double[] snden = nCoefficients(sigmad, 0, n);
        double alpha0 = 2 * snden[0] / sdded[0] - n[0];
        final double norm = 1.0;
        for (int k = 0; k < 4; k++) {
            n[k] *= norm / alpha0;
        }
        return new RecursiveGaussian(n, d);
    }

    /**
     * The second-derivative pass (order 2), in pixel units; with {@code normalizeAcrossScale} multiplied by
     * {@code σ²} (σ in mm).
     */
    static RecursiveGaussian secondDerivative(double sigma, double spacing, boolean normalizeAcrossScale) {
        final double sigmad = checkedSigmaD(sigma, spacing);
        final double norm = normalizeAcrossScale ? sigma * sigma : 1.0;
        double[] sdded = new double[3];
        double[] d = dCoefficients(sigmad, sdded);
        final double sd = sdded[0];
        final double dd = sdded[1];
        final double ed = sdded[2];
        double[] nq0 = new double[4];
        double[] nq2 = new double[4];
        double[] s0 = nCoefficients(sigmad, 0, nq0);
        double[] s2 = nCoefficients(sigmad, 2, nq2);
        double beta = -(2 * s2[0] - sd * nq2[0]) / (2 * s0[0] - sd * nq0[0]);
        double[] n = new double[4];
        for (int k = 0; k < 4; k++) {
            n[k] = nq2[k] + beta * nq0[k];
        }
        double sn = s2[0] + beta * s0[0];
        double dn = s2[1] + beta * s0[1];
        double en = s2[2] + beta * s0[2];
        double alpha2 = en * sd * sd - ed * sn * sd - 2 * dn * dd * sd + 2 * dd * dd * sn;
        alpha2 /= sd * sd * sd;
        for (int k = 0; k < 4; k++) {
            n[k] *= norm / alpha2;
        }
        return new RecursiveGaussian(n, d);
    }

    private static double checkedSigmaD(double sigma, double spacing) {
        if (!(spacing >= 1e-8)) {
            throw new IllegalArgumentException("spacing must be >= 1e-8 for the recursive Gaussian but was " + spacing);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and > 0 but was " + sigma);
        }
        return sigma / spacing;
    }

    /** ITK's ComputeNCoefficients: fills n[0..3], returns {SN, DN, EN}. */
    private static double[] nCoefficients(double sigmad, int order, double[] n) {
        final double a1 = A1[order];
        final double b1 = B1[order];
        final double a2 = A2[order];
        final double b2 = B2[order];
        final double sin1 = StrictMath.sin(W1 / sigmad);
        final double sin2 = StrictMath.sin(W2 / sigmad);
        final double cos1 = StrictMath.cos(W1 / sigmad);
        final double cos2 = StrictMath.cos(W2 / sigmad);
        final double exp1 = StrictMath.exp(L1 / sigmad);
        final double exp2 = StrictMath.exp(L2 / sigmad);
        double nn0 = a1 + a2;
        double nn1 = exp2 * (b2 * sin2 - (a2 + 2 * a1) * cos2);
        nn1 += exp1 * (b1 * sin1 - (a1 + 2 * a2) * cos1);
        double nn2 = (a1 + a2) * cos2 * cos1;
        nn2 -= b1 * cos2 * sin1 + b2 * cos1 * sin2;
        nn2 *= 2 * exp1 * exp2;
        nn2 += a2 * exp1 * exp1 + a1 * exp2 * exp2;
        double nn3 = exp2 * exp1 * exp1 * (b2 * sin2 - a2 * cos2);
        nn3 += exp1 * exp2 * exp2 * (b1 * sin1 - a1 * cos1);
        n[0] = nn0;
        n[1] = nn1;
        n[2] = nn2;
        n[3] = nn3;
        return new double[] {nn0 + nn1 + nn2 + nn3, nn1 + 2 * nn2 + 3 * nn3, nn1 + 4 * nn2 + 9 * nn3};
    }

    /** ITK's ComputeDCoefficients: returns d1..d4, fills {SD, DD, ED}. */
    private static double[] dCoefficients(double sigmad, double[] sdded) {
        final double cos1 = StrictMath.cos(W1 / sigmad);
        final double cos2 = StrictMath.cos(W2 / sigmad);
        final double exp1 = StrictMath.exp(L1 / sigmad);
        final double exp2 = StrictMath.exp(L2 / sigmad);
        double dd4 = exp1 * exp1 * exp2 * exp2;
        double dd3 = -2 * cos1 * exp1 * exp2 * exp2;
        dd3 += -2 * cos2 * exp2 * exp1 * exp1;
        double dd2 = 4 * cos2 * cos1 * exp1 * exp2;
        dd2 += exp1 * exp1 + exp2 * exp2;
        double dd1 = -2 * (exp2 * cos2 + exp1 * cos1);
        sdded[0] = 1.0 + dd1 + dd2 + dd3 + dd4;
        sdded[1] = dd1 + 2 * dd2 + 3 * dd3 + 4 * dd4;
        sdded[2] = dd1 + 4 * dd2 + 9 * dd3 + 16 * dd4;
        return new double[] {dd1, dd2, dd3, dd4};
    }

    /**
     * Filters one line of length {@code ln ≥ 4}: {@code outs} receives the result, {@code scratch} is a work array;
     * both at least {@code ln} long. The operations and their order are those of ITK's
     * {@code RecursiveSeparableImageFilter::FilterDataArray}.
     */
    void filterLine(double[] outs, double[] data, double[] scratch, int ln) {
        final double[] s1 = outs;
        final double[] s2 = scratch;
        // causal pass; the first sample is assumed to extend to -infinity
        final double v1 = data[0];
        s1[0] = v1 * n0 + v1 * n1 + v1 * n2 + v1 * n3;
        s1[1] = data[1] * n0 + v1 * n1 + v1 * n2 + v1 * n3;
        s1[2] = data[2] * n0 + data[1] * n1 + v1 * n2 + v1 * n3;
        s1[3] = data[3] * n0 + data[2] * n1 + data[1] * n2 + v1 * n3;
        s1[0] -= v1 * bn1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
        s1[1] -= s1[0] * d1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
        s1[2] -= s1[1] * d1 + s1[0] * d2 + v1 * bn3 + v1 * bn4;
        s1[3] -= s1[2] * d1 + s1[1] * d2 + s1[0] * d3 + v1 * bn4;
        for (int i = 4; i < ln; i++) {
            double y = data[i] * n0 + data[i - 1] * n1 + data[i - 2] * n2 + data[i - 3] * n3;
            s1[i] = y - (s1[i - 1] * d1 + s1[i - 2] * d2 + s1[i - 3] * d3 + s1[i - 4] * d4);
        }
        // anticausal pass; the last sample is assumed to extend to +infinity
        final double v2 = data[ln - 1];
        s2[ln - 1] = v2 * m1 + v2 * m2 + v2 * m3 + v2 * m4;
        s2[ln - 2] = data[ln - 1] * m1 + v2 * m2 + v2 * m3 + v2 * m4;
        s2[ln - 3] = data[ln - 2] * m1 + data[ln - 1] * m2 + v2 * m3 + v2 * m4;
        s2[ln - 4] = data[ln - 3] * m1 + data[ln - 2] * m2 + data[ln - 1] * m3 + v2 * m4;
        s2[ln - 1] -= v2 * bm1 + v2 * bm2 + v2 * bm3 + v2 * bm4;
        s2[ln - 2] -= s2[ln - 1] * d1 + v2 * bm2 + v2 * bm3 + v2 * bm4;
        s2[ln - 3] -= s2[ln - 2] * d1 + s2[ln - 1] * d2 + v2 * bm3 + v2 * bm4;
        s2[ln - 4] -= s2[ln - 3] * d1 + s2[ln - 2] * d2 + s2[ln - 1] * d3 + v2 * bm4;
        for (int i = ln - 4; i > 0; i--) {
            double y = data[i] * m1 + data[i + 1] * m2 + data[i + 2] * m3 + data[i + 3] * m4;
            s2[i - 1] = y - (s2[i] * d1 + s2[i + 1] * d2 + s2[i + 2] * d3 + s2[i + 3] * d4);
        }
        for (int i = 0; i < ln; i++) {
            outs[i] += s2[i];
        }
    }

    /**
     * {@link #filterLine} on {@code k ≤ b} lines side by side: element {@code i} of line {@code r} is at
     * {@code [i·b + r]} in all three arrays. Every line goes through exactly the operations of {@link #filterLine},
     * in the same order, so the results are bit-identical; interleaving only lets the CPU overlap the independent
     * recursions.
     */
    void filterLines(double[] outs, double[] data, double[] scratch, int ln, int b, int k) {
        final double[] s1 = outs;
        final double[] s2 = scratch;
        for (int r = 0; r < k; r++) {
            final double v1 = data[r];
            final double x1 = data[b + r];
            final double x2 = data[2 * b + r];
            final double x3 = data[3 * b + r];
            double y0 = v1 * n0 + v1 * n1 + v1 * n2 + v1 * n3;
            double y1 = x1 * n0 + v1 * n1 + v1 * n2 + v1 * n3;
            double y2 = x2 * n0 + x1 * n1 + v1 * n2 + v1 * n3;
            double y3 = x3 * n0 + x2 * n1 + x1 * n2 + v1 * n3;
            y0 -= v1 * bn1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
            y1 -= y0 * d1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
            y2 -= y1 * d1 + y0 * d2 + v1 * bn3 + v1 * bn4;
            y3 -= y2 * d1 + y1 * d2 + y0 * d3 + v1 * bn4;
            s1[r] = y0;
            s1[b + r] = y1;
            s1[2 * b + r] = y2;
            s1[3 * b + r] = y3;
        }
        for (int i = 4; i < ln; i++) {
            final int o = i * b;
            for (int r = 0; r < k; r++) {
                double y = data[o + r] * n0 + data[o - b + r] * n1 + data[o - 2 * b + r] * n2
                        + data[o - 3 * b + r] * n3;
                s1[o + r] = y - (s1[o - b + r] * d1 + s1[o - 2 * b + r] * d2 + s1[o - 3 * b + r] * d3
                        + s1[o - 4 * b + r] * d4);
            }
        }
        final int l1 = (ln - 1) * b;
        final int l2 = (ln - 2) * b;
        final int l3 = (ln - 3) * b;
        final int l4 = (ln - 4) * b;
        for (int r = 0; r < k; r++) {
            final double v2 = data[l1 + r];
            double a1 = v2 * m1 + v2 * m2 + v2 * m3 + v2 * m4;
            double a2 = data[l1 + r] * m1 + v2 * m2 + v2 * m3 + v2 * m4;
            double a3 = data[l2 + r] * m1 + data[l1 + r] * m2 + v2 * m3 + v2 * m4;
            double a4 = data[l3 + r] * m1 + data[l2 + r] * m2 + data[l1 + r] * m3 + v2 * m4;
            a1 -= v2 * bm1 + v2 * bm2 + v2 * bm3 + v2 * bm4;
            a2 -= a1 * d1 + v2 * bm2 + v2 * bm3 + v2 * bm4;
            a3 -= a2 * d1 + a1 * d2 + v2 * bm3 + v2 * bm4;
            a4 -= a3 * d1 + a2 * d2 + a1 * d3 + v2 * bm4;
            s2[l1 + r] = a1;
            s2[l2 + r] = a2;
            s2[l3 + r] = a3;
            s2[l4 + r] = a4;
        }
        for (int i = ln - 4; i > 0; i--) {
            final int o = i * b;
            for (int r = 0; r < k; r++) {
                double y = data[o + r] * m1 + data[o + b + r] * m2 + data[o + 2 * b + r] * m3
                        + data[o + 3 * b + r] * m4;
                s2[o - b + r] = y - (s2[o + r] * d1 + s2[o + b + r] * d2 + s2[o + 2 * b + r] * d3
                        + s2[o + 3 * b + r] * d4);
            }
        }
        for (int i = 0; i < ln * b; i++) {
            outs[i] += s2[i];
        }
    }
}
