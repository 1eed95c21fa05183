package org.radiomics4j.stats.test;

import java.util.Locale;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.internal.Checks;
import org.radiomics4j.stats.internal.RankSupport;
import org.radiomics4j.stats.normality.ShapiroWilkTest;

/**
 * The study's rule for comparing a continuous variable between two groups (the oracle rule of
 * {@code testdata/stats/README.md}, following the MedCalc manual for the Mann–Whitney P):
 * <ol>
 * <li>Shapiro–Wilk ({@link ShapiroWilkTest}) on each group. If P &gt; {@code normalityAlpha} (default 0.05) in
 * <em>both</em> groups, Student's t test with pooled variance ({@link TTest} with
 * {@link VarianceAssumption#EQUAL}).</li>
 * <li>Otherwise the Mann–Whitney U test ({@link MannWhitneyUTest}): the exact P if both n ≤ {@code exactMaxSize}
 * (default 20) and there are no ties, else the normal approximation with tie-corrected variance and <em>no</em>
 * continuity correction.</li>
 * </ol>
 * A group with fewer than 3 values or all values identical has no Shapiro–Wilk P (R's {@code shapiro.test} errors);
 * it counts as "not normal" (the oracle's rule) and its {@link Normality} says why. All tests two-sided.
 * Immutable and thread-safe.
 */
public final class GroupComparison {
    private static final GroupComparison DEFAULT = new GroupComparison(0.05, 20);

    private final double normalityAlpha;
    private final int exactMaxSize;

    private GroupComparison(double normalityAlpha, int exactMaxSize) {
        this.normalityAlpha = normalityAlpha;
        this.exactMaxSize = exactMaxSize;
    }

    /** Normality threshold 0.05, exact Mann–Whitney P up to n = 20 per group. */
    public static GroupComparison withDefaults() {
        return DEFAULT;
    }

    /**
     * A copy with another Shapiro–Wilk threshold (a group is "normal" iff P &gt; alpha).
     *
     * @throws IllegalArgumentException if alpha is not in (0, 1)
     */
    public GroupComparison withNormalityAlpha(double alpha) {
        return new GroupComparison(Checks.requireLevel("normalityAlpha", alpha), exactMaxSize);
    }

    /**
     * A copy with another largest group size for the exact Mann–Whitney P.
     *
     * @throws IllegalArgumentException if n is not in [1, 100]
     */
    public GroupComparison withExactMaxSize(int n) {
        if (n < 1 || n > 100) {
            throw new IllegalArgumentException("exactMaxSize must be in [1, 100] but was " + n);
        }
        return new GroupComparison(normalityAlpha, n);
    }

    /** The test the rule selected. */
    public enum SelectedTest {
        /** Student's t test, pooled variance. */
        STUDENT_T,
        /** Mann–Whitney U with the exact P (no ties, both groups small). */
        MANN_WHITNEY_EXACT,
        /** Mann–Whitney U, normal approximation, tie-corrected, no continuity correction. */
        MANN_WHITNEY_ASYMPTOTIC
    }

    /**
     * The Shapiro–Wilk outcome for one group.
     *
     * @param n         group size
     * @param defined   whether the Shapiro–Wilk test could be computed (n ≥ 3 and not constant)
     * @param w         W, or NaN when not defined
     * @param pValue    P, or NaN when not defined
     * @param normal    whether the group counts as normal (defined and P &gt; alpha)
     * @param note      why the test is undefined, or empty
     */
    public record Normality(int n, boolean defined, double w, double pValue, boolean normal, String note) {
        @Override
        public String toString() {
            return defined ? String.format(Locale.ROOT, "W = %.4f, P = %.4g", w, pValue) : "undefined (" + note
                    + ")";
        }
    }

    /**
     * Outcome of the rule.
     *
     * @param test       the test used
     * @param statistic  t (Student) or U of x (Mann–Whitney)
     * @param pValue     its two-sided P value
     * @param normalityX Shapiro–Wilk for x
     * @param normalityY Shapiro–Wilk for y
     * @param reason     a sentence saying why this test was chosen
     * @param summaryX   descriptive statistics of x (type-7 quartiles)
     * @param summaryY   descriptive statistics of y
     */
    public record Result(SelectedTest test, double statistic, double pValue, Normality normalityX,
            Normality normalityY, String reason, DescriptiveSummary summaryX, DescriptiveSummary summaryY)
            implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %s = %.4g, P = %.4g (%s)", switch (test) {
                case STUDENT_T -> "Student t test";
                case MANN_WHITNEY_EXACT -> "Mann–Whitney U (exact)";
                case MANN_WHITNEY_ASYMPTOTIC -> "Mann–Whitney U (normal approximation)";
            }, test == SelectedTest.STUDENT_T ? "t" : "U", statistic, pValue, reason);
        }
    }

    /**
     * Compares x with y.
     *
     * @throws IllegalArgumentException if x or y has a non-finite value or fewer than 2 values, or the selected
     *         test is undefined (e.g. all pooled values tied)
     */
    public Result test(double[] x, double[] y) {
        Checks.requireFinite("x", x);
        Checks.requireFinite("y", y);
        Checks.requireMinSize("x", x, 2);
        Checks.requireMinSize("y", y, 2);
        Normality nx = normality(x);
        Normality ny = normality(y);
        DescriptiveSummary sx = DescriptiveSummary.of(x);
        DescriptiveSummary sy = DescriptiveSummary.of(y);
        String sw = "Shapiro–Wilk x: " + nx + "; y: " + ny;
        if (nx.normal() && ny.normal()) {
            TTest.Result t = TTest.withDefaults().with(VarianceAssumption.EQUAL).test(x, y);
            return new Result(SelectedTest.STUDENT_T, t.statistic(), t.pValue(), nx, ny, String.format(Locale.ROOT,
                    "both groups normal (Shapiro–Wilk P > %s; %s)", normalityAlpha, sw), sx, sy);
        }
        boolean ties = RankSupport.ofPooled(x, y).hasTies();
        boolean small = x.length <= exactMaxSize && y.length <= exactMaxSize;
        boolean exact = small && !ties;
        MannWhitneyUTest.Result mw = MannWhitneyUTest.withDefaults()
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC).withContinuityCorrection(false)
                .test(x, y);
        String why = exact ? "both n <= " + exactMaxSize + " and no ties: exact P"
                : (ties ? "ties" : "n > " + exactMaxSize) + ": normal approximation, tie-corrected, no continuity"
                        + " correction";
        return new Result(exact ? SelectedTest.MANN_WHITNEY_EXACT : SelectedTest.MANN_WHITNEY_ASYMPTOTIC,
                mw.statistic(), mw.pValue(), nx, ny, "not both normal (" + sw + "); " + why, sx, sy);
    }

    private Normality normality(double[] v) {
        if (v.length < ShapiroWilkTest.MIN_SIZE) {
            return new Normality(v.length, false, Double.NaN, Double.NaN, false, "fewer than 3 values");
        }
        if (v.length > ShapiroWilkTest.MAX_SIZE) {
            return new Normality(v.length, false, Double.NaN, Double.NaN, false, "more than 5000 values");
        }
        if (ShapiroWilkTest.isConstant(v)) {
            return new Normality(v.length, false, Double.NaN, Double.NaN, false, "all values identical");
        }
        ShapiroWilkTest.Result r = ShapiroWilkTest.withDefaults().test(v);
        return new Normality(v.length, true, r.statistic(), r.pValue(), r.pValue() > normalityAlpha, "");
    }

    @Override
    public String toString() {
        return "GroupComparison[normalityAlpha=" + normalityAlpha + ", exactMaxSize=" + exactMaxSize + "]";
    }
}
