package org.radiomics4j.stats.roc;

import java.util.List;
import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;

/**
 * An empirical ROC curve with its AUC, standard errors, the test of AUC = 0.5, every threshold and the
 * Youden-optimal criteria. Produced by {@link RocAnalysis#analyze(double[], int[])}.
 *
 * @param direction                   the resolved direction (HIGHER_IS_POSITIVE or LOWER_IS_POSITIVE)
 * @param positives                   number of subjects with label 1
 * @param negatives                   number of subjects with label 0
 * @param auc                         area under the curve (Mann–Whitney form, ties count 1/2)
 * @param standardErrorDeLong         DeLong SE (pROC {@code sqrt(var(roc, method = "delong"))})
 * @param confidenceIntervalDeLong    {@code AUC ± z·SE_DeLong}, truncated to [0, 1] as pROC's {@code ci.auc}
 * @param standardErrorHanleyMcNeil   Hanley–McNeil (1982) SE
 * @param confidenceIntervalHanleyMcNeil {@code AUC ± z·SE_HM}, not truncated
 * @param testVersusHalf              z test of AUC = 0.5 with the configured SE
 * @param thresholds                  every threshold in pROC order (sensitivity non-increasing)
 * @param youdenOptima                every threshold with maximal Youden index J, in the same order
 * @param confidenceLevel             the level of all intervals
 */
public record RocCurve(Direction direction, int positives, int negatives, double auc,
        double standardErrorDeLong, ConfidenceInterval confidenceIntervalDeLong,
        double standardErrorHanleyMcNeil, ConfidenceInterval confidenceIntervalHanleyMcNeil,
        AucTest testVersusHalf, List<RocPoint> thresholds, List<RocPoint> youdenOptima, double confidenceLevel) {

    /** Canonical constructor: validates and makes defensive immutable copies. */
    public RocCurve {
        thresholds = List.copyOf(thresholds);
        youdenOptima = List.copyOf(youdenOptima);
    }

    /**
     * The reported Youden optimum when several criteria tie: the first in pROC order, i.e. the lowest threshold
     * for {@link Direction#HIGHER_IS_POSITIVE} and the highest for {@link Direction#LOWER_IS_POSITIVE} (the
     * optimum with the highest sensitivity). {@link #youdenOptima()} lists all of them.
     */
    public RocPoint youden() {
        return youdenOptima.get(0);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "ROC curve (%s), %d positive / %d negative%n", direction, positives,
                negatives));
        b.append(String.format(Locale.ROOT, "  AUC            %.6f%n", auc));
        b.append(String.format(Locale.ROOT, "  SE (DeLong)    %.6f   CI %s%n", standardErrorDeLong,
                confidenceIntervalDeLong));
        b.append(String.format(Locale.ROOT, "  SE (Hanley-McNeil) %.6f   CI %s%n", standardErrorHanleyMcNeil,
                confidenceIntervalHanleyMcNeil));
        b.append("  ").append(testVersusHalf).append(System.lineSeparator());
        for (RocPoint p : youdenOptima) {
            b.append("  Youden optimum: ").append(p).append(System.lineSeparator());
        }
        b.append(String.format(Locale.ROOT, "  %d thresholds", thresholds.size()));
        return b.toString();
    }
}
