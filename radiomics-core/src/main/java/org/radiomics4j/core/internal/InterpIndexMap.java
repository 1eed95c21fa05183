package org.radiomics4j.core.internal;

import org.radiomics4j.core.image.Geometry;

/**
 * Maps voxels of an output grid to continuous indices of an input grid exactly as ITK's
 * {@code ResampleImageFilter} does with its default identity transform (the linear fast path,
 * {@code LinearThreadedGenerateData}):
 *
 * <ol>
 *   <li>index to physical point: {@code p = origin + (D·diag(spacing))·index}, accumulated term by term from the
 *       origin ({@code ImageBase::TransformIndexToPhysicalPoint});</li>
 *   <li>physical point to continuous index: {@code c = (D·diag(spacing))⁻¹·(p − origin)}
 *       ({@code TransformPhysicalPointToContinuousIndex}); for orthonormal {@code D} the inverse is
 *       {@code diag(1/spacing)·Dᵀ};</li>
 *   <li>along each output scan line (x fastest) only the first voxel {@code (0, j, k)} and the virtual voxel
 *       {@code (nx, j, k)} are mapped; voxel {@code i} of the line gets
 *       {@code start·(1 − α) + end·α} with {@code α = i/nx}, as ITK interpolates between the two ends to avoid
 *       accumulation error.</li>
 * </ol>
 *
 * Following the same floating-point steps keeps the continuous indices identical to ITK's to the last bit for
 * axis-aligned grids, which matters because the interpolated values are truncated to integers afterwards.
 */
public final class InterpIndexMap {
    private final int nxOut;
    private final double[] outOrigin;
    private final double[] outMatrix; // row-major D_out·diag(sp_out)
    private final double[] inOrigin;
    private final double[] inInverse; // row-major (D_in·diag(sp_in))^-1

    public InterpIndexMap(Geometry input, Geometry output) {
        this.nxOut = output.nx();
        this.outOrigin = output.origin();
        this.outMatrix = indexToPhysical(output);
        this.inOrigin = input.origin();
        this.inInverse = physicalToIndex(input);
    }

    /** {@code D·diag(spacing)}, row-major. */
    static double[] indexToPhysical(Geometry g) {
        double[] m = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[3 * r + c] = g.direction(r, c) * g.spacing(c);
            }
        }
        return m;
    }

    /**
     * {@code (D·diag(spacing))⁻¹}, row-major: {@code diag(1/spacing)·Dᵀ} when the direction is orthonormal (the
     * case for every medical image; for a diagonal ±1 direction this is exactly what ITK's SVD inverse yields),
     * otherwise a general 3×3 inverse.
     */
    static double[] physicalToIndex(Geometry g) {
        double[] d = g.direction();
        boolean orthonormal = true;
        for (int a = 0; a < 3 && orthonormal; a++) {
            for (int b = 0; b < 3; b++) {
                double dot = d[a] * d[b] + d[3 + a] * d[3 + b] + d[6 + a] * d[6 + b];
                if (Math.abs(dot - (a == b ? 1 : 0)) > 1e-12) {
                    orthonormal = false;
                    break;
                }
            }
        }
        double[] inv = new double[9];
        if (orthonormal) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    // (D S)^-1 = S^-1 D^T : element (r, c) = D[c][r] / s[r]
                    double t = d[3 * c + r];
                    inv[3 * r + c] = t == 0 ? 0.0 : t * (1.0 / g.spacing(r));
                }
            }
            return inv;
        }
        double[] m = indexToPhysical(g);
        double a = m[0], b = m[1], c = m[2], e = m[3], f = m[4], h = m[5], k = m[6], l = m[7], n = m[8];
        double det = a * (f * n - h * l) - b * (e * n - h * k) + c * (e * l - f * k);
        if (det == 0 || !Double.isFinite(det)) {
            throw new IllegalArgumentException("direction matrix of " + g + " is singular");
        }
        inv[0] = (f * n - h * l) / det;
        inv[1] = (c * l - b * n) / det;
        inv[2] = (b * h - c * f) / det;
        inv[3] = (h * k - e * n) / det;
        inv[4] = (a * n - c * k) / det;
        inv[5] = (c * e - a * h) / det;
        inv[6] = (e * l - f * k) / det;
        inv[7] = (b * k - a * l) / det;
        inv[8] = (a * f - b * e) / det;
        return inv;
    }

    /** Physical point of output index (i, j, k), ITK's term order. */
    private void point(double i, double j, double k, double[] p) {
        for (int r = 0; r < 3; r++) {
            double v = outOrigin[r];
            v += outMatrix[3 * r] * i;
            v += outMatrix[3 * r + 1] * j;
            v += outMatrix[3 * r + 2] * k;
            p[r] = v;
        }
    }

    /** Continuous input index of physical point {@code p}. */
    private void toIndex(double[] p, double[] c) {
        double v0 = p[0] - inOrigin[0];
        double v1 = p[1] - inOrigin[1];
        double v2 = p[2] - inOrigin[2];
        for (int r = 0; r < 3; r++) {
            double s = 0.0;
            s += inInverse[3 * r] * v0;
            s += inInverse[3 * r + 1] * v1;
            s += inInverse[3 * r + 2] * v2;
            c[r] = s;
        }
    }

    /**
     * Fills {@code cx, cy, cz} (length ≥ output nx) with the continuous input indices of output row {@code (j, k)}.
     */
    public void row(int j, int k, double[] cx, double[] cy, double[] cz) {
        double[] p = new double[3];
        double[] start = new double[3];
        double[] end = new double[3];
        point(0, j, k, p);
        toIndex(p, start);
        point(nxOut, j, k, p);
        toIndex(p, end);
        double n = nxOut;
        for (int i = 0; i < nxOut; i++) {
            double alpha = i / n;
            double oneMinusAlpha = 1.0 - alpha;
            cx[i] = start[0] * oneMinusAlpha + end[0] * alpha;
            cy[i] = start[1] * oneMinusAlpha + end[1] * alpha;
            cz[i] = start[2] * oneMinusAlpha + end[2] * alpha;
        }
    }
}
