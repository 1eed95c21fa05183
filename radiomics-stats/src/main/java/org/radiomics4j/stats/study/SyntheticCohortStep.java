package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.radiomics4j.stats.resampling.Adasyn;
import org.radiomics4j.stats.resampling.AdasynWeights;
import org.radiomics4j.stats.resampling.ResampledData;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.roc.RocPoint;
import org.radiomics4j.stats.test.GroupComparison;

/**
 * The ADASYN synthetic cohort ({@link SyntheticCohortSummary}) over the Table 2 features (complete cases), the
 * synthetic re-test of each significant feature, and Table 4: the ROC re-fitted on the synthetic cohort (Table 3's
 * direction kept) and the Table 3 criterion applied unchanged ({@link FrozenCutoffSummary}). <b>Not an external
 * validation.</b> Immutable and thread-safe.
 */
public final class SyntheticCohortStep {
    private static final String NAME = "Synthetic cohort";
    private final SyntheticCohortSettings settings;

    private SyntheticCohortStep(SyntheticCohortSettings settings) {
        this.settings = settings;
    }

    /** A step with these settings. */
    public static SyntheticCohortStep of(SyntheticCohortSettings settings) {
        return new SyntheticCohortStep(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The synthetic cohort and Table 4.
     *
     * @param summary       how the cohort was made (or why not)
     * @param retests       synthetic re-test per significant feature
     * @param refitted      Table 4, re-fitted ROC per significant feature
     * @param frozen        Table 4, Table 3 criterion applied unchanged per significant feature
     * @param warnings      warnings
     * @param exclusions    subjects left out for missing features
     */
    public record Result(SyntheticCohortSummary summary, Map<String, GroupComparison.Result> retests,
            List<RocSummary> refitted, List<FrozenCutoffSummary> frozen, List<StudyWarning> warnings,
            List<Exclusion> exclusions) {
        public Result {
            retests = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(retests));
            refitted = List.copyOf(refitted);
            frozen = List.copyOf(frozen);
            warnings = List.copyOf(warnings);
            exclusions = List.copyOf(exclusions);
        }
    }

    /**
     * Generates the cohort over {@code features} and re-analyses the features of {@code table3}.
     *
     * @param features the feature space (the Table 2 features)
     * @param table3   the study-cohort ROC of the significant features (direction and criterion are kept)
     */
    public Result run(StudyCohort cohort, List<String> features, List<RocSummary> table3) {
        Notes notes = new Notes(cohort);
        Generated g = generate(cohort, features, notes);
        Map<String, GroupComparison.Result> retests = new LinkedHashMap<>();
        List<RocSummary> refitted = new ArrayList<>();
        List<FrozenCutoffSummary> frozen = new ArrayList<>();
        if (g.data != null) {
            GroupComparison gc = GroupComparison.withDefaults().withNormalityAlpha(settings.normalityAlpha());
            RocAnalysis roc = RocAnalysis.withDefaults().withConfidenceLevel(settings.confidenceLevel());
            int[] lab = g.data.labels();
            for (RocSummary study : table3) {
                String f = study.feature();
                int j = features.indexOf(f);
                double[] s = new double[g.data.size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = g.data.features()[i][j];
                }
                if (g.summary.positiveCount() >= 2 && g.summary.negativeCount() >= 2) {
                    retests.put(f, gc.test(select(s, lab, 1), select(s, lab, 0)));
                    RocCurve c = roc.with(study.direction()).analyze(s, lab);
                    if (!c.testVersusHalf().isDefined()) {
                        notes.warn("Table 4", f, "P of AUC = 0.5 undefined: " + c.testVersusHalf().undefinedReason());
                    }
                    refitted.add(RocSummary.of(f, "synthetic", c));
                    RocPoint p = roc.atCriterion(s, lab, study.criterionOperator(), study.criterion());
                    frozen.add(new FrozenCutoffSummary(f, study.criterionOperator(), study.criterion(),
                            p.truePositives() + p.falseNegatives(), p.trueNegatives() + p.falsePositives(),
                            p.truePositives(), p.trueNegatives(), p.sensitivity(), p.sensitivityInterval(),
                            p.specificity(), p.specificityInterval()));
                } else {
                    notes.warn("Table 4", f, "the synthetic cohort has fewer than 2 subjects in a group: no "
                            + "synthetic P or ROC");
                }
            }
        }
        return new Result(g.summary, retests, refitted, frozen, notes.warnings(), notes.exclusions());
    }

    private record Generated(SyntheticCohortSummary summary, ResampledData data) {
    }

    private Generated generate(StudyCohort c, List<String> features, Notes notes) {
        int pos = settings.positiveCount();
        int neg = settings.negativeCount();
        if (!settings.requested()) {
            return notMade(features, 0, "no synthetic cohort requested (sizes 0 and 0)");
        }
        if (features.isEmpty()) {
            return notMade(features, 0, "no feature to generate");
        }
        List<Integer> rows = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < c.rowCount(); i++) {
            if (c.group(i) < 0) {
                continue;
            }
            boolean complete = true;
            for (String f : features) {
                complete &= !c.table().isMissing(i, f);
            }
            (complete ? rows : missing).add(i);
        }
        notes.exclude(NAME, "features", missing);
        double[][] x = new double[rows.size()][features.size()];
        int[] labels = new int[rows.size()];
        for (int j = 0; j < features.size(); j++) {
            double[] v = c.table().doubleColumnWithNaN(features.get(j));
            for (int r = 0; r < rows.size(); r++) {
                x[r][j] = v[rows.get(r)];
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            labels[r] = c.group(rows.get(r));
        }
        double[] mean = new double[features.size()];
        double[] sd = new double[features.size()];
        double[][] input = settings.standardize() ? standardize(x, mean, sd) : x;
        Map<Integer, Integer> sizes = new TreeMap<>();
        if (pos > 0) {
            sizes.put(1, pos);
        }
        if (neg > 0) {
            sizes.put(0, neg);
        }
        Adasyn adasyn = Adasyn.withDefaults().withNeighbours(settings.neighbours());
        ResampledData data;
        List<SyntheticClassWeights> weights = new ArrayList<>();
        try {
            data = adasyn.syntheticCohort(input, labels, sizes, settings.seed());
            for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
                AdasynWeights w = adasyn.weights(input, labels, e.getKey(), e.getValue());
                int[] generated = new int[w.rows().length];
                for (int i = 0; i < data.size(); i++) {
                    if (data.synthetic()[i] && data.labels()[i] == e.getKey()) {
                        for (int k = 0; k < w.rows().length; k++) {
                            if (w.rows()[k] == data.seedRow()[i]) {
                                generated[k]++;
                            }
                        }
                    }
                }
                weights.add(new SyntheticClassWeights(e.getKey(), e.getValue(), box(w.rows()), box(w.r()),
                        box(w.rHat()), Arrays.stream(w.neighbours()).map(SyntheticCohortStep::box).toList(),
                        box(generated)));
            }
        } catch (IllegalArgumentException e) {
            // ADASYN is undefined for this cohort (a group with at most K subjects, or no subject of a group with a
            // neighbour from the other group); the study goes on without a synthetic cohort
            notes.warn(NAME, "", "not generated: " + e.getMessage());
            return notMade(features, rows.size(), "ADASYN undefined: " + e.getMessage());
        }
        if (settings.standardize()) {
            double[][] f = data.features();
            for (double[] row : f) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = row[j] * sd[j] + mean[j];
                }
            }
            data = new ResampledData(f, data.labels(), data.synthetic(), data.seedRow(), data.neighbourRow(),
                    data.step(), data.seed());
        }
        return new Generated(new SyntheticCohortSummary(true, "", data.count(1), data.count(0), settings.seed(),
                settings.neighbours(), settings.standardize(), features, rows.size(), weights), data);
    }

    private Generated notMade(List<String> features, int n, String note) {
        return new Generated(new SyntheticCohortSummary(false, note, 0, 0, settings.seed(), settings.neighbours(),
                settings.standardize(), features, n, List.of()), null);
    }

    /** z-scores with the population SD (scikit-learn StandardScaler); constant columns keep SD 1. */
    private static double[][] standardize(double[][] x, double[] mean, double[] sd) {
        int n = x.length;
        int p = mean.length;
        double[][] z = new double[n][p];
        for (int j = 0; j < p; j++) {
            double m = 0;
            for (double[] row : x) {
                m += row[j];
            }
            m /= n;
            double ss = 0;
            for (double[] row : x) {
                ss += (row[j] - m) * (row[j] - m);
            }
            double s = Math.sqrt(ss / n);
            mean[j] = m;
            sd[j] = s > 0 ? s : 1;
            for (int i = 0; i < n; i++) {
                z[i][j] = (x[i][j] - m) / sd[j];
            }
        }
        return z;
    }

    private static double[] select(double[] s, int[] lab, int label) {
        return java.util.stream.IntStream.range(0, s.length).filter(i -> lab[i] == label).mapToDouble(i -> s[i])
                .toArray();
    }

    private static List<Integer> box(int[] v) {
        return Arrays.stream(v).boxed().toList();
    }

    private static List<Double> box(double[] v) {
        return Arrays.stream(v).boxed().toList();
    }

    @Override
    public String toString() {
        return "SyntheticCohortStep[" + settings + "]";
    }
}
