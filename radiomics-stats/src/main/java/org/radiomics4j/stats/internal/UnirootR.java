package org.radiomics4j.stats.internal;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's zero finder exactly as R's {@code uniroot} runs it (R's {@code R_zeroin2}, after G. Forsythe,
 * M. Malcolm, C. Moler, "Computer methods for mathematical computations", 1977, and netlib's {@code zeroin.c}).
 *
 * <p>R reports some estimates (the Hodges–Lehmann shift with ties, the conditional MLE odds ratio of
 * {@code fisher.test}) as {@code uniroot(..., tol)} roots, which are only as accurate as the tolerance. Running the
 * same iteration from the same bracket reproduces R's numbers to rounding instead of to the tolerance.
 */
public final class UnirootR {
    /** R's default {@code tol = .Machine$double.eps^0.25}. */
    public static final double DEFAULT_TOL = Math.pow(Math.ulp(1.0), 0.25);
    private static final double EPSILON = Math.ulp(1.0);
    private static final int DEFAULT_MAXIT = 1000;

    private UnirootR() {
    }

    /** {@code uniroot(f, c(lower, upper), tol = tol)$root}, evaluating f at both ends first. */
    public static double root(DoubleUnaryOperator f, double lower, double upper, double tol) {
        return root(f, lower, upper, f.applyAsDouble(lower), f.applyAsDouble(upper), tol);
    }

    /**
     * {@code uniroot(f, lower = lower, upper = upper, f.lower = fLower, f.upper = fUpper, tol = tol)$root}.
     *
     * @throws IllegalArgumentException if f has the same sign at both ends (R: "f() values at end points not of
     *         opposite sign")
     * @throws IllegalStateException    if 1000 iterations do not converge (R warns and returns the last iterate)
     */
    public static double root(DoubleUnaryOperator f, double lower, double upper, double fLower, double fUpper,
            double tol) {
        if (fLower * fUpper > 0) {
            throw new IllegalArgumentException("f values at end points not of opposite sign: f(" + lower + ") = "
                    + fLower + ", f(" + upper + ") = " + fUpper);
        }
        double a = lower;
        double b = upper;
        double fa = fLower;
        double fb = fUpper;
        double c = a;
        double fc = fa;
        int maxit = DEFAULT_MAXIT + 1;
        if (fa == 0.0) {
            return a;
        }
        if (fb == 0.0) {
            return b;
        }
        while (maxit-- > 0) {
            double prevStep = b - a;
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolAct = 2 * EPSILON * Math.abs(b) + tol / 2;
            double newStep = (c - b) / 2;
            if (Math.abs(newStep) <= tolAct || fb == 0.0) {
                return b;
            }
            if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
                double p;
                double q;
                double cb = c - b;
                if (a == c) {
                    double t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                } else {
                    q = fa / fc;
                    double t1 = fb / fc;
                    double t2 = fb / fa;
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) {
                    newStep = p / q;
                }
            }
            if (Math.abs(newStep) < tolAct) {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }
            a = b;
            fa = fb;
            b += newStep;
            fb = f.applyAsDouble(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
                c = a;
                fc = fa;
            }
        }
        throw new IllegalStateException("root finding did not converge in " + DEFAULT_MAXIT + " iterations on ["
                + lower + ", " + upper + "]");
    }
}
