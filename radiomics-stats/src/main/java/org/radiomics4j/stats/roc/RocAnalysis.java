package org.radiomics4j.stats.roc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.internal.Checks;
import org.radiomics4j.stats.internal.RocMidranks;
import org.radiomics4j.stats.internal.StatsDistributions;

/**
 * Empirical ROC analysis of one continuous score against a binary label (1 = positive, 0 = negative), and DeLong's
 * paired comparison of two scores. Immutable and thread-safe:
 *
 * <pre>{@code
 * RocCurve roc = RocAnalysis.withDefaults().with(Direction.AUTO).withConfidenceLevel(0.95).analyze(score, label);
 * }</pre>
 *
 * <p><b>AUC.</b> {@code A = (1/(n1 n0)) Σ_i Σ_j ψ(x_i, y_j)} with ψ = 1 if the positive's score is on the
 * positive side of the negative's, 1/2 for ties, 0 otherwise; equal to the Mann–Whitney {@code U / (n1 n0)}
 * (R {@code wilcox.test} W, scipy {@code mannwhitneyu} U). It is computed as the exact integer 2U divided by
 * {@code 2 n1 n0} (one rounding), so AUC(x, y) and AUC(−x, y) are exact complements and {@link Direction#AUTO}
 * compares integers, never floating AUCs.
 *
 * <p><b>DeLong SE.</b> {@code Var(A) = S10/n1 + S01/n0}, S10 and S01 the sample variances of the placement values
 * (DeLong, DeLong &amp; Clarke-Pearson 1988, Biometrics 44:837), evaluated with the mid-rank algorithm of Sun &amp;
 * Xu (2014) as pROC does; agrees with pROC 1.18 {@code var(roc, method = "delong")} and {@code ci.auc} (the CI
 * {@code A ± z SE} truncated to [0, 1]). The Hanley &amp; McNeil (1982, Radiology 143:29) SE is also reported, its
 * CI not truncated. The test of AUC = 0.5 uses the SE chosen by {@link #with(AucStandardError)} (default DeLong,
 * matching the oracle's MedCalc-style "P (Area = 0.5)").
 *
 * <p><b>Thresholds.</b> As pROC {@code coords(roc, "all")}: −∞, the midpoints of adjacent distinct scores, +∞;
 * each is also given as a MedCalc criterion c, the largest observed score below the threshold ({@code > c} for
 * higher-is-positive, {@code <= c} for lower-is-positive; {@code >= min} / {@code < min} at the −∞ end).
 * Sensitivity and specificity carry Clopper–Pearson exact intervals (R {@code binom.test}). Youden's J = sens +
 * spec − 1 is compared in exact integer arithmetic ({@code TP·n0 + TN·n1}), and all tied optima are listed;
 * pROC compares floating-point sums and can miss a tie that rounding breaks (9/15 + 7/10 ≠ 12/15 + 5/10 in
 * doubles), so our list may hold an extra, genuinely tied optimum.
 *
 * <p><b>Degenerate cases.</b> Perfect separation gives AUC 1 (or 0), SE 0, CI [1, 1], z = ±∞ and P = 0, as
 * pROC (which warns that this is misleading). Fewer than 2 subjects in either class throws.
 */
public final class RocAnalysis {
    private final Direction direction;
    private final double confidenceLevel;
    private final AucStandardError standardError;

    private RocAnalysis(Direction direction, double confidenceLevel, AucStandardError standardError) {
        this.direction = direction;
        this.confidenceLevel = confidenceLevel;
        this.standardError = standardError;
    }

    /** Direction {@link Direction#AUTO}, confidence level 0.95, DeLong SE for the test of AUC = 0.5. */
    public static RocAnalysis withDefaults() {
        return new RocAnalysis(Direction.AUTO, 0.95, AucStandardError.DELONG);
    }

    /** A copy with the given direction. */
    public RocAnalysis with(Direction newDirection) {
        return new RocAnalysis(Objects.requireNonNull(newDirection, "direction"), confidenceLevel, standardError);
    }

    /** A copy whose test of AUC = 0.5 uses the given standard error. */
    public RocAnalysis with(AucStandardError newStandardError) {
        return new RocAnalysis(direction, confidenceLevel, Objects.requireNonNull(newStandardError,
                "standardError"));
    }

    /**
     * A copy with the given confidence level for every interval.
     *
     * @throws IllegalArgumentException if the level is not in (0, 1)
     */
    public RocAnalysis withConfidenceLevel(double level) {
        return new RocAnalysis(direction, Checks.requireLevel("confidenceLevel", level), standardError);
    }

    /** The configured direction. */
    public Direction direction() {
        return direction;
    }

    /** The configured confidence level. */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** The configured SE for the test of AUC = 0.5. */
    public AucStandardError standardError() {
        return standardError;
    }

    /**
     * Analyses {@code scores} against 0/1 {@code labels} (1 = positive).
     *
     * @param scores one finite score per subject
     * @param labels 1 for a positive subject, 0 for a negative one
     * @return the ROC curve in the configured (resolved) direction
     * @throws IllegalArgumentException if the lengths differ, a score is not finite, a label is not 0 or 1, or a
     *                                  class has fewer than 2 members
     */
    public RocCurve analyze(double[] scores, int[] labels) {
        boolean[] positive = toPositive(labels, "labels");
        return analyze(scores, positive);
    }

    /**
     * Analyses {@code scores} against {@code positive} flags.
     *
     * @param scores   one finite score per subject
     * @param positive true for a positive subject
     * @return the ROC curve in the configured (resolved) direction
     * @throws IllegalArgumentException as {@link #analyze(double[], int[])}
     */
    public RocCurve analyze(double[] scores, boolean[] positive) {
        Checks.requireFinite("scores", scores);
        Objects.requireNonNull(positive, "positive");
        Checks.requireSameLength("scores", scores.length, "labels", positive.length);
        requireBothClasses(positive);
        Direction resolved = resolve(scores, positive);
        double[][] split = split(orient(scores, resolved), positive);
        double[][] pl = RocMidranks.placements(split[0], split[1]);
        int n1 = split[0].length;
        int n0 = split[1].length;
        double auc = exactAuc(split);
        double var = RocMidranks.covariance(pl[0], pl[0]) / n1 + RocMidranks.covariance(pl[1], pl[1]) / n0;
        double seDeLong = Math.sqrt(Math.max(0, var));
        double z = StatsDistributions.twoSidedCritical(confidenceLevel);
        ConfidenceInterval ciDeLong = new ConfidenceInterval(Math.max(0, auc - z * seDeLong),
                Math.min(1, auc + z * seDeLong), confidenceLevel);
        double seHm = hanleyMcNeil(auc, n1, n0);
        ConfidenceInterval ciHm = new ConfidenceInterval(auc - z * seHm, auc + z * seHm, confidenceLevel);
        double se = standardError == AucStandardError.DELONG ? seDeLong : seHm;
        AucTest test;
        if (se > 0) {
            double zStat = (auc - 0.5) / se;
            test = new AucTest(standardError, se, zStat, StatsDistributions.twoSidedNormalP(zStat));
        } else if (auc == 0.5) {
            // every score tied: 0/0, undefined as in pROC (never z = 0, P = 1)
            test = AucTest.undefined(standardError, se);
        } else {
            double zStat = Math.copySign(Double.POSITIVE_INFINITY, auc - 0.5);
            test = new AucTest(standardError, se, zStat, StatsDistributions.twoSidedNormalP(zStat));
        }
        List<RocPoint> table = thresholdTable(scores, positive, resolved, n1, n0);
        return new RocCurve(resolved, n1, n0, auc, seDeLong, ciDeLong, seHm, ciHm, test, table, youden(table, n1, n0),
                confidenceLevel);
    }

    /**
     * DeLong's paired test comparing the AUCs of two scores measured on the same subjects. Each score's direction
     * is resolved separately with this analysis' direction (AUTO per score, as pROC).
     *
     * @param scoresA first score of every subject
     * @param scoresB second score of the same subjects
     * @param labels  1 for a positive subject, 0 for a negative one
     * @return the paired comparison (A minus B)
     * @throws IllegalArgumentException on mismatched lengths, non-finite scores, bad labels or a class with fewer
     *                                  than 2 members
     */
    public RocComparison compare(double[] scoresA, double[] scoresB, int[] labels) {
        Checks.requireFinite("scoresA", scoresA);
        Checks.requireFinite("scoresB", scoresB);
        boolean[] positive = toPositive(labels, "labels");
        Checks.requireSameLength("scoresA", scoresA.length, "labels", positive.length);
        Checks.requireSameLength("scoresB", scoresB.length, "labels", positive.length);
        requireBothClasses(positive);
        double[][] sa = split(orient(scoresA, resolve(scoresA, positive)), positive);
        double[][] sb = split(orient(scoresB, resolve(scoresB, positive)), positive);
        double[][] pa = RocMidranks.placements(sa[0], sa[1]);
        double[][] pb = RocMidranks.placements(sb[0], sb[1]);
        int n1 = sa[0].length;
        int n0 = sa[1].length;
        double aucA = exactAuc(sa);
        double aucB = exactAuc(sb);
        double varA = RocMidranks.covariance(pa[0], pa[0]) / n1 + RocMidranks.covariance(pa[1], pa[1]) / n0;
        double varB = RocMidranks.covariance(pb[0], pb[0]) / n1 + RocMidranks.covariance(pb[1], pb[1]) / n0;
        double cov = RocMidranks.covariance(pa[0], pb[0]) / n1 + RocMidranks.covariance(pa[1], pb[1]) / n0;
        double diff = aucA - aucB;
        double se = Math.sqrt(Math.max(0, varA + varB - 2 * cov));
        double zStat;
        if (se > 0) {
            zStat = diff / se;
        } else {
            zStat = diff == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, diff);
        }
        double crit = StatsDistributions.twoSidedCritical(confidenceLevel);
        double r = varA > 0 && varB > 0 ? cov / Math.sqrt(varA * varB) : 0.0;
        return new RocComparison(aucA, aucB, diff, se,
                new ConfidenceInterval(diff - crit * se, diff + crit * se, confidenceLevel), r, zStat,
                StatsDistributions.twoSidedNormalP(zStat));
    }

    /**
     * The Hanley–McNeil (1982) standard error of an AUC {@code a} with {@code n1} positives and {@code n0}
     * negatives: {@code sqrt((A(1-A) + (n1-1)(Q1-A^2) + (n0-1)(Q2-A^2)) / (n1 n0))}, Q1 = A/(2-A),
     * Q2 = 2A^2/(1+A).
     */
    static double hanleyMcNeil(double a, int n1, int n0) {
        double q1 = a / (2 - a);
        double q2 = 2 * a * a / (1 + a);
        double v = (a * (1 - a) + (n1 - 1) * (q1 - a * a) + (n0 - 1) * (q2 - a * a)) / ((double) n1 * n0);
        return Math.sqrt(Math.max(0, v));
    }

    static boolean[] toPositive(int[] labels, String name) {
        if (labels == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        boolean[] positive = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException(name + " must be 0 or 1 but " + name + "[" + i + "] is "
                        + labels[i]);
            }
            positive[i] = labels[i] == 1;
        }
        return positive;
    }

    private static void requireBothClasses(boolean[] positive) {
        int n1 = 0;
        for (boolean p : positive) {
            if (p) {
                n1++;
            }
        }
        int n0 = positive.length - n1;
        if (n1 < 2 || n0 < 2) {
            throw new IllegalArgumentException("labels must contain at least 2 positives (1) and 2 negatives (0) "
                    + "for a ROC curve with a DeLong SE but had " + n1 + " positives and " + n0 + " negatives");
        }
    }

    private Direction resolve(double[] scores, boolean[] positive) {
        if (direction != Direction.AUTO && direction != Direction.AUTO_BY_MEDIANS) {
            return direction;
        }
        double[][] s = split(scores, positive);
        if (direction == Direction.AUTO_BY_MEDIANS) {
            return median(s[1]) <= median(s[0]) ? Direction.HIGHER_IS_POSITIVE : Direction.LOWER_IS_POSITIVE;
        }
        // exact: 2U is an integer, AUC >= 1/2 iff 2U >= n1 n0 (a floating mean of placements can land at
        // 0.49999999999999994 when the true AUC is 1/2 and flip the direction)
        long twiceU = RocMidranks.twiceMannWhitneyCount(s[0], s[1]);
        return twiceU >= (long) s[0].length * s[1].length ? Direction.HIGHER_IS_POSITIVE
                : Direction.LOWER_IS_POSITIVE;
    }

    /** AUC of already oriented {positives, negatives} as the exact count 2U over 2 n1 n0 (one rounding). */
    private static double exactAuc(double[][] split) {
        long twiceU = RocMidranks.twiceMannWhitneyCount(split[0], split[1]);
        return twiceU / (2.0 * split[0].length * split[1].length);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    private static double[] orient(double[] scores, Direction d) {
        if (d == Direction.HIGHER_IS_POSITIVE) {
            return scores;
        }
        double[] neg = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            neg[i] = -scores[i];
        }
        return neg;
    }

    private static double[][] split(double[] scores, boolean[] positive) {
        int n1 = 0;
        for (boolean p : positive) {
            if (p) {
                n1++;
            }
        }
        double[] pos = new double[n1];
        double[] neg = new double[scores.length - n1];
        int a = 0;
        int b = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positive[i]) {
                pos[a++] = scores[i];
            } else {
                neg[b++] = scores[i];
            }
        }
        return new double[][] {pos, neg};
    }

    private List<RocPoint> thresholdTable(double[] scores, boolean[] positive, Direction d, int n1, int n0) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        int k = 0;
        double[] unique = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                unique[k++] = sorted[i];
            }
        }
        unique = Arrays.copyOf(unique, k);
        int[] posAt = new int[k];
        int[] negAt = new int[k];
        for (int i = 0; i < scores.length; i++) {
            int idx = Arrays.binarySearch(unique, scores[i]);
            if (positive[i]) {
                posAt[idx]++;
            } else {
                negAt[idx]++;
            }
        }
        // cumulative counts from the top: posAbove[r] = positives with index >= r
        int[] posFrom = new int[k + 1];
        int[] negFrom = new int[k + 1];
        for (int i = k - 1; i >= 0; i--) {
            posFrom[i] = posFrom[i + 1] + posAt[i];
            negFrom[i] = negFrom[i + 1] + negAt[i];
        }
        List<RocPoint> rows = new ArrayList<>(k + 1);
        for (int r = 0; r <= k; r++) {
            double threshold;
            CriterionOperator op;
            double criterion;
            int tp;
            int fp;
            if (d == Direction.HIGHER_IS_POSITIVE) {
                threshold = r == 0 ? Double.NEGATIVE_INFINITY
                        : r == k ? Double.POSITIVE_INFINITY : (unique[r - 1] + unique[r]) / 2;
                op = r == 0 ? CriterionOperator.GREATER_OR_EQUAL : CriterionOperator.GREATER;
                criterion = r == 0 ? unique[0] : unique[r - 1];
                tp = posFrom[r];
                fp = negFrom[r];
            } else {
                int last = k - 1 - r; // positive iff index <= last
                threshold = r == 0 ? Double.POSITIVE_INFINITY
                        : r == k ? Double.NEGATIVE_INFINITY : (unique[last] + unique[last + 1]) / 2;
                op = r == k ? CriterionOperator.LESS : CriterionOperator.LESS_OR_EQUAL;
                criterion = r == k ? unique[0] : unique[last];
                tp = n1 - posFrom[last + 1];
                fp = n0 - negFrom[last + 1];
            }
            int fn = n1 - tp;
            int tn = n0 - fp;
            double sens = (double) tp / n1;
            double spec = (double) tn / n0;
            rows.add(new RocPoint(threshold, op, criterion, tp, fp, tn, fn, sens, spec, sens + spec - 1,
                    StatsDistributions.clopperPearson(tp, n1, confidenceLevel),
                    StatsDistributions.clopperPearson(tn, n0, confidenceLevel)));
        }
        return rows;
    }

    /**
     * A fixed criterion applied to new scores, unchanged (no re-fitted direction or threshold): the
     * classification counts, sensitivity = TP / (TP + FN) and specificity = TN / (TN + FP) with Clopper–Pearson
     * exact intervals (R {@code binom.test}) at this analysis' confidence level. This is how a cutoff chosen on one
     * cohort is checked on another (the threshold field of the point is the criterion itself).
     *
     * @param scores    one finite score per subject
     * @param labels    1 positive, 0 negative
     * @param operator  the criterion's operator (e.g. {@code <=} for "positive iff score &le; c")
     * @param criterion the criterion c
     * @throws IllegalArgumentException as {@link #analyze(double[], int[])}
     */
    public RocPoint atCriterion(double[] scores, int[] labels, CriterionOperator operator, double criterion) {
        Checks.requireFinite("scores", scores);
        Objects.requireNonNull(operator, "operator");
        boolean[] positive = toPositive(labels, "labels");
        Checks.requireSameLength("scores", scores.length, "labels", positive.length);
        requireBothClasses(positive);
        int tp = 0;
        int fp = 0;
        int n1 = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean testPositive = operator.isPositive(scores[i], criterion);
            if (positive[i]) {
                n1++;
                tp += testPositive ? 1 : 0;
            } else {
                fp += testPositive ? 1 : 0;
            }
        }
        int n0 = scores.length - n1;
        double sens = (double) tp / n1;
        double spec = (double) (n0 - fp) / n0;
        return new RocPoint(criterion, operator, criterion, tp, fp, n0 - fp, n1 - tp, sens, spec, sens + spec - 1,
                StatsDistributions.clopperPearson(tp, n1, confidenceLevel),
                StatsDistributions.clopperPearson(n0 - fp, n0, confidenceLevel));
    }

    private static List<RocPoint> youden(List<RocPoint> table, int n1, int n0) {
        long best = Long.MIN_VALUE;
        for (RocPoint p : table) {
            best = Math.max(best, (long) p.truePositives() * n0 + (long) p.trueNegatives() * n1);
        }
        List<RocPoint> optima = new ArrayList<>();
        for (RocPoint p : table) {
            if ((long) p.truePositives() * n0 + (long) p.trueNegatives() * n1 == best) {
                optima.add(p);
            }
        }
        return optima;
    }

    @Override
    public String toString() {
        return "RocAnalysis[direction=" + direction + ", confidenceLevel=" + confidenceLevel + ", standardError="
                + standardError + "]";
    }
}
