package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.radiomics4j.stats.test.GroupComparison;

/**
 * Table 2: every feature compared between the groups, then the multiple-testing correction over the tested
 * features ({@link FeatureComparison} describes the tests). Constant features, or features with fewer than 2
 * values in a group, are dropped before the correction with a warning. Immutable and thread-safe.
 */
public final class GroupComparisonStep {
    private static final String NAME = "Table 2";
    private final GroupComparisonSettings settings;

    private GroupComparisonStep(GroupComparisonSettings settings) {
        this.settings = settings;
    }

    /** A step with these settings. */
    public static GroupComparisonStep of(GroupComparisonSettings settings) {
        return new GroupComparisonStep(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Table 2 before the synthetic re-test.
     *
     * @param features     the tested features (the multiple-testing family), in input order
     * @param dropped      features not tested (constant or too sparse)
     * @param rows         one per tested feature; the synthetic columns are empty
     * @param significant  features with corrected P &lt; alpha, in order
     * @param warnings     warnings
     * @param exclusions   missing-value exclusions per feature
     */
    public record Result(List<String> features, List<String> dropped, List<FeatureComparison> rows,
            List<String> significant, List<StudyWarning> warnings, List<Exclusion> exclusions) {
        public Result {
            features = List.copyOf(features);
            dropped = List.copyOf(dropped);
            rows = List.copyOf(rows);
            significant = List.copyOf(significant);
            warnings = List.copyOf(warnings);
            exclusions = List.copyOf(exclusions);
        }
    }

    /** Tests every feature (numeric columns of the cohort). */
    public Result run(StudyCohort cohort, List<String> candidates) {
        Notes notes = new Notes(cohort);
        List<String> features = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<GroupComparison.Result> comparisons = new ArrayList<>();
        List<Integer> missingCounts = new ArrayList<>();
        GroupComparison gc = GroupComparison.withDefaults().withNormalityAlpha(settings.normalityAlpha());
        for (String f : candidates) {
            StudyCohort.Split s = cohort.split(f);
            notes.exclude(NAME, f, s.missing());
            String why = StudyCohort.untestable(s.positive(), s.negative());
            if (why != null) {
                dropped.add(f);
                notes.warn(NAME, f, "feature dropped: " + why);
                continue;
            }
            features.add(f);
            comparisons.add(gc.test(s.positive(), s.negative()));
            missingCounts.add(s.missing().size());
        }
        double[] p = comparisons.stream().mapToDouble(GroupComparison.Result::pValue).toArray();
        double[] adjusted = p.length == 0 ? p : settings.correction().adjust(p);
        List<String> significant = new ArrayList<>();
        List<FeatureComparison> rows = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            GroupComparison.Result r = comparisons.get(i);
            boolean sig = adjusted[i] < settings.alpha();
            if (sig) {
                significant.add(features.get(i));
            }
            rows.add(new FeatureComparison(features.get(i), r.summaryX(), r.summaryY(), TestUsed.of(r.test()),
                    r.reason(), r.normalityX().defined() ? r.normalityX().pValue() : null,
                    r.normalityY().defined() ? r.normalityY().pValue() : null, r.statistic(), r.pValue(),
                    adjusted[i], sig, null, null, missingCounts.get(i)));
        }
        if (features.isEmpty()) {
            notes.warn(NAME, "", "no feature could be tested");
        } else if (significant.isEmpty()) {
            notes.warn(NAME, "", "no feature is significant after " + settings.correction() + " correction at "
                    + "alpha = " + settings.alpha() + ": Tables 3 and 4 and the survival analyses are empty");
        }
        return new Result(features, dropped, rows, significant, notes.warnings(), notes.exclusions());
    }

    @Override
    public String toString() {
        return "GroupComparisonStep[" + settings + "]";
    }
}
