package org.radiomics4j.core.ibsi.morphology;

/**
 * Moran's I and Geary's C over every pair of intensity-mask voxels, computed exactly (no sub-sampling) in
 * O(L log L) time instead of O(N²), L the padded grid size.
 *
 * <p>The inverse-distance weight {@code w(a, b) = 1/‖(b − a)·s‖} depends only on the offset {@code o = b − a}, so every
 * double sum over pairs is {@code Σ_o w(o) C(o)} with C a cross-correlation of two arrays on the grid: with m the
 * mask indicator, {@code f = (X − μ)·m} and {@code g = f²},
 *
 * <pre>
 *   W   = Σ_{a≠b} w_ab             = Σ_o w(o) C_mm(o)
 *   S_I = Σ_{a≠b} w_ab f_a f_b     = Σ_o w(o) C_ff(o)
 *   S_C = Σ_{a≠b} w_ab (f_a − f_b)² = 2 Σ_o w(o) (C_gm(o) − C_ff(o))      (w even, w(0) = 0)
 * </pre>
 *
 * Each {@code Σ_o w(o) C_pq(o)} is evaluated in the Fourier domain by Parseval's theorem as
 * {@code (1/L) Σ_k Ŵ(k) · conj(P̂(k)) · Q̂(k)} on a grid at least {@code 2n − 1} long per axis (a power of two), so
 * no offset wraps. The four real transforms (g, m, f, w) are packed pairwise into two complex FFTs. Rounding error is
 * of the order of 1e-12 relative (checked against the direct double sum in {@code MorphologyPropertiesTest}).
 */
final class SpatialAutocorrelation {

    /** Moran's I and Geary's C. */
    record Result(double moranI, double gearyC) {
    }

    private SpatialAutocorrelation() {
    }

    /**
     * @param values intensities of the grid of size nx×ny×nz (x fastest); only voxels with {@code inside} are used
     * @param inside intensity mask on the same grid
     * @param s      spacing (sx, sy, sz) in mm
     */
    static Result compute(double[] values, boolean[] inside, int nx, int ny, int nz, double[] s) {
        int count = 0;
        double sum = 0;
        for (int i = 0; i < inside.length; i++) {
            if (inside[i]) {
                count++;
                sum += values[i];
            }
        }
        if (count < 2) {
            throw new IllegalArgumentException("Moran's I and Geary's C need at least 2 intensity-mask voxels but the"
                    + " mask has " + count);
        }
        double mu = sum / count;
        double ss = 0;
        for (int i = 0; i < inside.length; i++) {
            if (inside[i]) {
                double d = values[i] - mu;
                ss += d * d;
            }
        }
        int lx = pow2(2 * nx - 1);
        int ly = pow2(2 * ny - 1);
        int lz = pow2(2 * nz - 1);
        long needed = 4L * 8 * lx * ly * lz;
        if ((long) lx * ly * lz > Integer.MAX_VALUE - 8 || needed > 0.8 * Runtime.getRuntime().maxMemory()) {
            throw new IllegalArgumentException("Moran's I and Geary's C of an intensity mask with bounding box " + nx
                    + "x" + ny + "x" + nz + " need FFT grids of " + lx + "x" + ly + "x" + lz + " (" + needed / (1 << 20)
                    + " MB), more than 80% of the maximum heap (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); raise -Xmx or crop the ROI");
        }
        int len = lx * ly * lz;

        // Two complex FFTs carry the four real transforms: Z1 = g + i m and Z2 = f + i w, where w is the weight
        // kernel, even on the periodic grid and 0 at the origin. For a real pair z = p + i q:
        // P(k) = (Z(k) + conj Z(-k)) / 2 and Q(k) = (Z(k) - conj Z(-k)) / (2i).
        double[] ar = new double[len];
        double[] ai = new double[len];
        double[] br = new double[len];
        double[] bi = new double[len];
        for (int z = 0; z < lz; z++) {
            double oz = (z <= lz / 2 ? z : z - lz) * s[2];
            for (int y = 0; y < ly; y++) {
                double oy = (y <= ly / 2 ? y : y - ly) * s[1];
                for (int x = 0; x < lx; x++) {
                    double ox = (x <= lx / 2 ? x : x - lx) * s[0];
                    double d2 = ox * ox + oy * oy + oz * oz;
                    bi[(z * ly + y) * lx + x] = d2 == 0 ? 0 : 1 / Math.sqrt(d2);
                }
            }
        }
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = (z * ny + y) * nx + x;
                    if (inside[i]) {
                        double d = values[i] - mu;
                        int j = (z * ly + y) * lx + x;
                        ar[j] = d * d;
                        ai[j] = 1;
                        br[j] = d;
                    }
                }
            }
        }
        Fft.forward3d(ar, ai, lx, ly, lz, ny, nz);
        Fft.forward3d(br, bi, lx, ly, lz, ly, lz);
        double sumW = 0;
        double sumGm = 0;
        double sumFf = 0;
        for (int z = 0; z < lz; z++) {
            int mz = (lz - z) % lz;
            for (int y = 0; y < ly; y++) {
                int my = (ly - y) % ly;
                for (int x = 0; x < lx; x++) {
                    int mx = (lx - x) % lx;
                    int k = (z * ly + y) * lx + x;
                    int mk = (mz * ly + my) * lx + mx;
                    // Z1 = G + i M
                    double cr = ar[mk];
                    double ci = -ai[mk];
                    double gr = 0.5 * (ar[k] + cr);
                    double gi = 0.5 * (ai[k] + ci);
                    double mr = 0.5 * (ai[k] - ci);
                    double mi = -0.5 * (ar[k] - cr);
                    // Z2 = F + i W (W real: w is even)
                    double er = br[mk];
                    double ei = -bi[mk];
                    double fr = 0.5 * (br[k] + er);
                    double fi = 0.5 * (bi[k] + ei);
                    double w = 0.5 * (bi[k] - ei);
                    sumW += w * (mr * mr + mi * mi);
                    sumGm += w * (gr * mr + gi * mi); // Re(conj(G) M)
                    sumFf += w * (fr * fr + fi * fi);
                }
            }
        }
        sumW /= len;
        sumGm /= len;
        sumFf /= len;
        if (ss == 0) {
            throw new IllegalArgumentException("Moran's I and Geary's C are undefined (0/0) for an intensity mask of"
                    + " constant intensity " + mu);
        }
        double moran = count / sumW * sumFf / ss;
        double geary = (count - 1) / (2 * sumW) * (2 * (sumGm - sumFf)) / ss;
        return new Result(moran, geary);
    }

    /** Moran's I and Geary's C by the O(N²) double sum of the IBSI definition (for tests and tiny ROIs). */
    static Result direct(double[] values, boolean[] inside, int nx, int ny, int nz, double[] s) {
        int n = 0;
        double sum = 0;
        for (int i = 0; i < inside.length; i++) {
            if (inside[i]) {
                n++;
                sum += values[i];
            }
        }
        double mu = sum / n;
        int[] idx = new int[n];
        int k = 0;
        double ss = 0;
        for (int i = 0; i < inside.length; i++) {
            if (inside[i]) {
                idx[k++] = i;
                ss += (values[i] - mu) * (values[i] - mu);
            }
        }
        double w = 0;
        double si = 0;
        double sc = 0;
        for (int a = 0; a < n; a++) {
            int ia = idx[a];
            int xa = ia % nx;
            int ya = ia / nx % ny;
            int za = ia / (nx * ny);
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                int ib = idx[b];
                double dx = (ib % nx - xa) * s[0];
                double dy = (ib / nx % ny - ya) * s[1];
                double dz = (ib / (nx * ny) - za) * s[2];
                double wab = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
                w += wab;
                si += wab * (values[ia] - mu) * (values[ib] - mu);
                sc += wab * (values[ia] - values[ib]) * (values[ia] - values[ib]);
            }
        }
        return new Result(n / w * si / ss, (n - 1) / (2 * w) * sc / ss);
    }

    private static int pow2(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    /** In-place radix-2 complex FFT (Cooley-Tukey, iterative), separable in 3-D. Sizes must be powers of two. */
    static final class Fft {
        private Fft() {
        }

        /**
         * In-place forward 3-D DFT of a grid lx×ly×lz (x fastest) whose non-zero entries all have
         * {@code y < usedY} and {@code z < usedZ}: the x pass skips the lines that are zero, the y pass the planes
         * that are zero. Strided passes transform blocks of consecutive lines together for cache locality.
         */
        static void forward3d(double[] re, double[] im, int lx, int ly, int lz, int usedY, int usedZ) {
            int maxLen = Math.max(lx, Math.max(ly, lz));
            double[][] tw = twiddles(maxLen);
            double[] br = new double[maxLen];
            double[] bi = new double[maxLen];
            for (int z = 0; z < usedZ; z++) {
                for (int y = 0; y < usedY; y++) {
                    int off = (z * ly + y) * lx;
                    System.arraycopy(re, off, br, 0, lx);
                    System.arraycopy(im, off, bi, 0, lx);
                    fft(br, bi, lx, tw);
                    System.arraycopy(br, 0, re, off, lx);
                    System.arraycopy(bi, 0, im, off, lx);
                }
            }
            double[][] blockRe = new double[BLOCK][maxLen];
            double[][] blockIm = new double[BLOCK][maxLen];
            for (int z = 0; z < usedZ; z++) {
                strided(re, im, z * ly * lx, lx, lx, ly, blockRe, blockIm, tw);
            }
            for (int y = 0; y < ly; y++) {
                strided(re, im, y * lx, lx, lx * ly, lz, blockRe, blockIm, tw);
            }
        }

        private static final int BLOCK = 16;

        /** Transforms the {@code count} lines starting at {@code base + x} (x = 0..count-1) of length n, stride. */
        private static void strided(double[] re, double[] im, int base, int count, int stride, int n,
                double[][] blockRe, double[][] blockIm, double[][] tw) {
            if (n == 1) {
                return;
            }
            for (int x0 = 0; x0 < count; x0 += BLOCK) {
                int b = Math.min(BLOCK, count - x0);
                for (int i = 0; i < n; i++) {
                    int off = base + i * stride + x0;
                    for (int q = 0; q < b; q++) {
                        blockRe[q][i] = re[off + q];
                        blockIm[q][i] = im[off + q];
                    }
                }
                for (int q = 0; q < b; q++) {
                    fft(blockRe[q], blockIm[q], n, tw);
                }
                for (int i = 0; i < n; i++) {
                    int off = base + i * stride + x0;
                    for (int q = 0; q < b; q++) {
                        re[off + q] = blockRe[q][i];
                        im[off + q] = blockIm[q][i];
                    }
                }
            }
        }

        private static double[][] twiddles(int n) {
            double[] c = new double[n / 2 + 1];
            double[] s = new double[n / 2 + 1];
            for (int k = 0; k <= n / 2; k++) {
                double a = -2 * Math.PI * k / n;
                c[k] = Math.cos(a);
                s[k] = Math.sin(a);
            }
            return new double[][] {c, s};
        }

        /** Forward DFT {@code X(k) = Σ x(j) e^{-2πijk/n}} of the first n entries; tw tabulated for size ≥ n. */
        static void fft(double[] re, double[] im, int n, double[][] tw) {
            for (int i = 1, j = 0; i < n; i++) {
                int bit = n >> 1;
                for (; (j & bit) != 0; bit >>= 1) {
                    j ^= bit;
                }
                j ^= bit;
                if (i < j) {
                    double t = re[i];
                    re[i] = re[j];
                    re[j] = t;
                    t = im[i];
                    im[i] = im[j];
                    im[j] = t;
                }
            }
            int full = (tw[0].length - 1) * 2;
            for (int size = 2; size <= n; size <<= 1) {
                int half = size >> 1;
                int step = full / size;
                for (int i = 0; i < n; i += size) {
                    for (int k = 0; k < half; k++) {
                        double c = tw[0][k * step];
                        double s = tw[1][k * step];
                        int a = i + k;
                        int b = a + half;
                        double xr = re[b] * c - im[b] * s;
                        double xi = re[b] * s + im[b] * c;
                        re[b] = re[a] - xr;
                        im[b] = im[a] - xi;
                        re[a] += xr;
                        im[a] += xi;
                    }
                }
            }
        }
    }
}
