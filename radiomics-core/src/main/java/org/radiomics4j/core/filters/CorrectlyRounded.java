package org.radiomics4j.core.filters;

/**
 * {@code acos} and {@code atan2} rounded to the nearest double, as glibc's libm returns them (and so numpy where it
 * calls libm, and Python's {@code math}). {@link StrictMath}'s fdlibm is within 1 ulp but not always the nearest
 * double: for the vertices of the default LBP3D icosphere it is 1 ulp off in 4 of the 84 angles, which moves
 * {@code lbp-3D-m2} by 1 ulp in half of brain1's ROI voxels and flips voxels that lie on PyRadiomics' 10th percentile
 * in or out of its robust mean absolute deviation (testdata/lbp-reference/README.md).
 *
 * <p>Method: one Newton step from fdlibm's value {@code t0} (within 1 ulp of the angle α) with sin and cos of the
 * exact double {@code t0} summed as Taylor series in double-double arithmetic (about 106 bits; Dekker's two-sum and
 * an fma two-product): α − t0 ≈ (cos t0 − x)/sin t0 for acos, and ≈ −(x·sin t0 − y·cos t0)/(x·cos t0 + y·sin t0)
 * for atan2. Both are of order 1e-16 and known to about 1e-30, far below the half ulp that separates the candidates,
 * so the double nearest α among {@code t0} and its two neighbours is the correctly rounded result (a tie closer than
 * 1e-30 would be undecided; none occurs for the icosphere angles, checked in Lbp3DFilterTest).
 */
final class CorrectlyRounded {
    private CorrectlyRounded() {
    }

    /** acos(x) rounded to nearest; NaN for NaN or |x| > 1. */
    static double acos(double x) {
        double t0 = StrictMath.acos(x);
        if (Double.isNaN(t0) || x == 1.0 || x == -1.0) {
            return t0;
        }
        double[] c = cos(t0);
        double[] s = sin(t0);
        // (cos t0 − x): exact two-sum of the high parts, then the low part
        double[] num = twoSum(c[0], -x);
        double delta = (num[0] + (num[1] + c[1])) / (s[0] + s[1]);
        return nearest(t0, delta);
    }

    /** atan2(y, x) rounded to nearest; the special values (zeros, infinities, NaN) as {@link StrictMath#atan2}. */
    static double atan2(double y, double x) {
        double t0 = StrictMath.atan2(y, x);
        if (Double.isNaN(t0) || y == 0 || x == 0 || Double.isInfinite(x) || Double.isInfinite(y)) {
            return t0;
        }
        double[] s = sin(t0);
        double[] c = cos(t0);
        // r(t) = x sin t − y cos t = ρ sin(t − α), r'(t) = x cos t + y sin t ≈ ρ
        double[] r = add(mul(s, x), mul(c, -y));
        double dr = x * c[0] + y * s[0];
        return nearest(t0, -(r[0] + r[1]) / dr);
    }

    /** The double nearest {@code t0 + delta} among {@code t0} and its neighbours. */
    private static double nearest(double t0, double delta) {
        double best = t0;
        double bestDistance = Math.abs(delta);
        for (double t : new double[] {Math.nextDown(t0), Math.nextUp(t0)}) {
            double d = Math.abs(delta - (t - t0));   // t − t0 is exact (Sterbenz)
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    /** cos of the exact double {@code t} ({@code |t| ≤ 4}) as a double-double {hi, lo}: Σ (−1)^k t^(2k)/(2k)!. */
    static double[] cos(double t) {
        return series(t, new double[] {1.0, 0.0}, 0);
    }

    /** sin of the exact double {@code t} ({@code |t| ≤ 4}) as a double-double: Σ (−1)^k t^(2k+1)/(2k+1)!. */
    static double[] sin(double t) {
        return series(t, new double[] {t, 0.0}, 1);
    }

    private static double[] series(double t, double[] first, int firstPower) {
        if (!(Math.abs(t) <= 4)) {
            throw new IllegalArgumentException("sin/cos series needs |t| <= 4 but t was " + t);
        }
        double[] t2 = twoProduct(t, t);
        double[] term = first;
        double[] sum = first;
        for (int k = firstPower; k < 100; k += 2) {
            term = divide(mul(term, t2), -(double) ((k + 1) * (k + 2)));
            sum = add(sum, term);
            if (Math.abs(term[0]) < 1e-40) {
                return sum;
            }
        }
        throw new IllegalStateException("sin/cos series did not converge for t = " + t);
    }

    private static double[] twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return new double[] {s, err};
    }

    private static double[] quickTwoSum(double a, double b) {
        double s = a + b;
        return new double[] {s, b - (s - a)};
    }

    private static double[] twoProduct(double a, double b) {
        double p = a * b;
        return new double[] {p, Math.fma(a, b, -p)};
    }

    private static double[] add(double[] a, double[] b) {
        double[] s = twoSum(a[0], b[0]);
        double[] t = twoSum(a[1], b[1]);
        double lo = s[1] + t[0];
        double[] u = quickTwoSum(s[0], lo);
        return quickTwoSum(u[0], u[1] + t[1]);
    }

    private static double[] mul(double[] a, double[] b) {
        double[] p = twoProduct(a[0], b[0]);
        return quickTwoSum(p[0], p[1] + (a[0] * b[1] + a[1] * b[0]));
    }

    private static double[] mul(double[] a, double b) {
        double[] p = twoProduct(a[0], b);
        return quickTwoSum(p[0], p[1] + a[1] * b);
    }

    private static double[] divide(double[] a, double n) {
        double q1 = a[0] / n;
        double[] p = twoProduct(q1, n);
        double r = ((a[0] - p[0]) - p[1]) + a[1];
        return quickTwoSum(q1, r / n);
    }
}
