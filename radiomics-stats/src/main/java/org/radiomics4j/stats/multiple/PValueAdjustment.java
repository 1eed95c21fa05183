package org.radiomics4j.stats.multiple;

import java.util.Arrays;
import org.radiomics4j.stats.internal.Checks;

/**
 * Adjustment of P values for multiple comparisons, with R's {@code p.adjust(p, method)} semantics: the adjusted
 * values are returned in input order, capped at 1, with \(m\) = number of P values. With \(p_{(1)} \le \dots \le
 * p_{(m)}\):
 * <ul>
 * <li>Bonferroni: \(\min(1, m p_i)\).</li>
 * <li>Holm (1979): \(\tilde p_{(i)} = \min(1, \max_{j \le i} (m - j + 1) p_{(j)})\).</li>
 * <li>Hochberg (1988): \(\tilde p_{(i)} = \min(1, \min_{j \ge i} (m - j + 1) p_{(j)})\).</li>
 * <li>Benjamini–Hochberg (1995) FDR: \(\tilde p_{(i)} = \min(1, \min_{j \ge i} \frac{m}{j} p_{(j)})\).</li>
 * <li>Benjamini–Yekutieli (2001) FDR under dependence: as BH times \(q = \sum_{k=1}^m 1/k\).</li>
 * </ul>
 * Cross-checked against scipy's {@code false_discovery_control} and statsmodels' {@code multipletests}.
 * Every method gives adjusted P ≥ raw P and preserves the order of the raw P values.
 */
public enum PValueAdjustment {
    /** Bonferroni: m·p. */
    BONFERRONI,
    /** Holm step-down. */
    HOLM,
    /** Hochberg step-up. */
    HOCHBERG,
    /** Benjamini–Hochberg false discovery rate. */
    BENJAMINI_HOCHBERG,
    /** Benjamini–Yekutieli false discovery rate. */
    BENJAMINI_YEKUTIELI;

    /**
     * Adjusts {@code p} (not modified); the result is in input order.
     *
     * @throws IllegalArgumentException if p is empty or a value is NaN or outside [0, 1]
     */
    public double[] adjust(double[] p) {
        Checks.requireMinSize("p", p, 1);
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p values must be in [0, 1] but p[" + i + "] was " + p[i]);
            }
        }
        int m = p.length;
        double[] out = new double[m];
        if (this == BONFERRONI) {
            for (int i = 0; i < m; i++) {
                out[i] = Math.min(1, m * p[i]);
            }
            return out;
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        // stable ascending order of p, as R's order()
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        if (this == HOLM) {
            double run = 0;
            for (int r = 0; r < m; r++) {
                run = Math.max(run, (m - r) * p[order[r]]);
                out[order[r]] = Math.min(1, run);
            }
            return out;
        }
        double q = 1;
        if (this == BENJAMINI_YEKUTIELI) {
            q = 0;
            for (int k = 1; k <= m; k++) {
                q += 1.0 / k;
            }
        }
        double run = Double.POSITIVE_INFINITY;
        for (int r = m - 1; r >= 0; r--) {
            int rank = r + 1;
            double v = switch (this) {
                case HOCHBERG -> (m - rank + 1) * p[order[r]];
                case BENJAMINI_HOCHBERG -> (double) m / rank * p[order[r]];
                default -> q * m / rank * p[order[r]];
            };
            run = Math.min(run, v);
            out[order[r]] = Math.min(1, run);
        }
        return out;
    }
}
