package org.radiomics4j.stats.categorical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.radiomics4j.stats.SignificanceResult;

/**
 * Chi-square test of independence for an r×c table of counts: expected counts \(E_{ij} = R_i C_j / N\),
 * df \(= (r-1)(c-1)\), P \(= P(\chi^2_{df} \ge X^2)\), with the statistic chosen by {@link ChiSquareCorrection}.
 * Agrees with R's {@code chisq.test(tab, correct)} and scipy's {@code chi2_contingency(tab, correction)}.
 *
 * <p>Small expected counts: when any \(E_{ij} &lt; 5\) the result's {@code lowExpectedCount} is true and its
 * warnings carry R's message "Chi-squared approximation may be incorrect" (use {@link FisherExactTest}). A table
 * with an all-zero row or column has zero expected counts and no defined statistic (R returns NaN, scipy raises):
 * here it is an IllegalArgumentException naming the row or column.
 *
 * <p>Default: {@link ChiSquareCorrection#YATES} (R's default; only affects 2×2 tables). Immutable, thread-safe.
 */
public final class ChiSquareTest {
    /** R's warning text for small expected counts. */
    public static final String LOW_EXPECTED_WARNING = "Chi-squared approximation may be incorrect";
    private static final ChiSquareTest DEFAULT = new ChiSquareTest(ChiSquareCorrection.YATES);

    private final ChiSquareCorrection correction;

    private ChiSquareTest(ChiSquareCorrection correction) {
        this.correction = correction;
    }

    /** Yates-corrected for 2×2 tables, Pearson otherwise (R's default). */
    public static ChiSquareTest withDefaults() {
        return DEFAULT;
    }

    /** A copy with the given statistic variant. */
    public ChiSquareTest with(ChiSquareCorrection c) {
        if (c == null) {
            throw new IllegalArgumentException("correction must not be null");
        }
        return new ChiSquareTest(c);
    }

    /**
     * Result of a chi-square test.
     *
     * @param statistic         the chi-square statistic
     * @param pValue            upper-tail P value
     * @param degreesOfFreedom  (r − 1)(c − 1)
     * @param expected          expected counts under independence
     * @param correction        the variant actually applied (YATES only for 2×2; NONE otherwise)
     * @param lowExpectedCount  whether any expected count is below 5
     * @param warnings          R's warnings (empty if none)
     */
    public record Result(double statistic, double pValue, int degreesOfFreedom, double[][] expected,
            ChiSquareCorrection correction, boolean lowExpectedCount, List<String> warnings)
            implements SignificanceResult {
        public Result {
            expected = Tables.deepCopy(expected);
            warnings = List.copyOf(warnings);
        }

        /** A copy of the expected counts. */
        @Override
        public double[][] expected() {
            return Tables.deepCopy(expected);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Chi-square test (%s): X² = %.4f, df = %d, P = %.4g%s",
                    switch (correction) {
                        case NONE -> "Pearson";
                        case YATES -> "Yates";
                        case N_MINUS_ONE -> "N−1";
                    }, statistic, degreesOfFreedom, pValue, warnings.isEmpty() ? "" : " [" + String.join("; ",
                            warnings) + "]");
        }
    }

    /**
     * Tests independence of rows and columns.
     *
     * @throws IllegalArgumentException if the table is not a valid r×c table of counts (r, c ≥ 2), or a row or
     *         column total is 0
     */
    public Result test(int[][] table) {
        int[][] t = Tables.check("table", table);
        int r = t.length;
        int c = t[0].length;
        int[] rows = Tables.rowSums(t);
        int[] cols = Tables.colSums(t);
        for (int i = 0; i < r; i++) {
            if (rows[i] == 0) {
                throw new IllegalArgumentException("table row " + i + " is all zero: expected counts are 0 and the "
                        + "chi-square statistic is undefined (use Fisher's exact test)");
            }
        }
        for (int j = 0; j < c; j++) {
            if (cols[j] == 0) {
                throw new IllegalArgumentException("table column " + j + " is all zero: expected counts are 0 and "
                        + "the chi-square statistic is undefined (use Fisher's exact test)");
            }
        }
        double n = 0;
        for (int v : rows) {
            n += v;
        }
        boolean yates = correction == ChiSquareCorrection.YATES && r == 2 && c == 2;
        ChiSquareCorrection applied = correction == ChiSquareCorrection.YATES && !yates ? ChiSquareCorrection.NONE
                : correction;
        double[][] e = new double[r][c];
        double x2 = 0;
        boolean low = false;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                e[i][j] = (double) rows[i] * cols[j] / n;
                low |= e[i][j] < 5;
                double d = Math.abs(t[i][j] - e[i][j]);
                if (yates) {
                    d -= Math.min(0.5, d);
                }
                x2 += d * d / e[i][j];
            }
        }
        if (applied == ChiSquareCorrection.N_MINUS_ONE) {
            x2 *= (n - 1) / n;
        }
        int df = (r - 1) * (c - 1);
        double p = ChiSquaredDistribution.of(df).survivalProbability(x2);
        List<String> warnings = new ArrayList<>();
        if (low) {
            warnings.add(LOW_EXPECTED_WARNING);
        }
        return new Result(x2, p, df, e, applied, low, warnings);
    }

    @Override
    public String toString() {
        return "ChiSquareTest[" + correction + "]";
    }
}
