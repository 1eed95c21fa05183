package org.radiomics4j.core.filters;

import java.util.List;

/**
 * The orthogonal wavelet filter banks the {@link WaveletFilter} supports, built from the closed-form scaling
 * coefficients published with each wavelet, in PyWavelets' conventions ({@code pywt.Wavelet(name).dec_lo} and
 * {@code dec_hi}).
 *
 * <p>With \(h_0 \dots h_{F-1}\) the scaling (reconstruction low-pass) filter, normalised so that
 * \(\sum_k h_k = \sqrt2\): \(\mathrm{dec\_lo}[k] = h_{F-1-k}\) and \(\mathrm{dec\_hi}[k] = (-1)^{k+1} h_k\).
 *
 * <ul>
 *   <li>{@code haar}, {@code db1}: \(h = (1, 1)/\sqrt2\) (Haar 1910).</li>
 *   <li>{@code db2} (and {@code sym2}, the same wavelet): \(h = (1+\sqrt3, 3+\sqrt3, 3-\sqrt3, 1-\sqrt3)/(4\sqrt2)\)
 *       (Daubechies, Comm. Pure Appl. Math. 41 (1988) 909-996, Table 1).</li>
 *   <li>{@code db3} (and {@code sym3}): with \(a = \sqrt{10}\), \(b = \sqrt{5 + 2\sqrt{10}}\),
 *       \(h = (1+a+b,\ 5+a+3b,\ 10-2a+2b,\ 10-2a-2b,\ 5+a-3b,\ 1+a-b)/(16\sqrt2)\) (Daubechies 1988).</li>
 *   <li>{@code coif1}: \(h = (1-\sqrt7,\ 5+\sqrt7,\ 14+2\sqrt7,\ 14-2\sqrt7,\ 1-\sqrt7,\ -3+\sqrt7)/(16\sqrt2)\)
 *       (the 6-tap coiflet, Daubechies, SIAM J. Math. Anal. 24 (1993) 499-519).</li>
 * </ul>
 * These equal PyWavelets 1.1.1's tables to 1 ulp for haar, db1 to db3 and coif1; PyWavelets stores sym2 and sym3
 * with fewer digits (they differ from the exact values by up to 4e-12).
 *
 * @param name    the PyWavelets name
 * @param decLo   the decomposition low-pass filter
 * @param decHi   the decomposition high-pass filter
 */
record WaveletBank(String name, double[] decLo, double[] decHi) {

    /** The supported names, in the order the error message lists them. */
    static final List<String> SUPPORTED = List.of("coif1", "haar", "db1", "db2", "db3", "sym2", "sym3");

    /**
     * The bank for a PyWavelets name.
     *
     * @throws IllegalArgumentException naming the setting {@code wavelet}, the value and the supported names
     */
    static WaveletBank of(String name) {
        double s2 = Math.sqrt(2);
        double[] h = switch (name) {
            case "haar", "db1" -> new double[] {1 / s2, 1 / s2};
            case "db2", "sym2" -> {
                double r3 = Math.sqrt(3);
                double d = 4 * s2;
                yield new double[] {(1 + r3) / d, (3 + r3) / d, (3 - r3) / d, (1 - r3) / d};
            }
            case "db3", "sym3" -> {
                double a = Math.sqrt(10);
                double b = Math.sqrt(5 + 2 * a);
                double d = 16 * s2;
                yield new double[] {(1 + a + b) / d, (5 + a + 3 * b) / d, (10 - 2 * a + 2 * b) / d,
                    (10 - 2 * a - 2 * b) / d, (5 + a - 3 * b) / d, (1 + a - b) / d};
            }
            case "coif1" -> {
                double r7 = Math.sqrt(7);
                double d = 16 * s2;
                yield new double[] {(1 - r7) / d, (5 + r7) / d, (14 + 2 * r7) / d, (14 - 2 * r7) / d, (1 - r7) / d,
                    (-3 + r7) / d};
            }
            default -> throw new IllegalArgumentException("setting 'wavelet': '" + name
                    + "' is not supported; supported: " + SUPPORTED);
        };
        int f = h.length;
        double[] lo = new double[f];
        double[] hi = new double[f];
        for (int k = 0; k < f; k++) {
            lo[k] = h[f - 1 - k];
            hi[k] = (k % 2 == 0 ? -1 : 1) * h[k];
        }
        return new WaveletBank(name, lo, hi);
    }
}
