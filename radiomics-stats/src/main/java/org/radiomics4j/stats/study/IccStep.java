package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.radiomics4j.stats.reliability.IccResult;
import org.radiomics4j.stats.reliability.IntraclassCorrelation;
import org.radiomics4j.stats.table.CohortTable;

/**
 * The inter-reader ICC of each feature over every subject with both readings ({@link InterReaderIcc}). With
 * {@link IccSettings#minimum()} set, {@link Result#reliable(List)} gives the features that enter the group tests.
 * Immutable and thread-safe.
 */
public final class IccStep {
    private static final String NAME = "ICC";
    private final IccSettings settings;

    private IccStep(IccSettings settings) {
        this.settings = settings;
    }

    /** A step with these settings. */
    public static IccStep of(IccSettings settings) {
        return new IccStep(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The ICC table.
     *
     * @param rows       one per feature with an ICC
     * @param minimum    the settings' minimum ICC for the group tests (null = none)
     * @param warnings   features without an ICC
     * @param exclusions missing-value exclusions
     */
    public record Result(List<InterReaderIcc> rows, Double minimum, List<StudyWarning> warnings,
            List<Exclusion> exclusions) {
        public Result {
            rows = List.copyOf(rows);
            warnings = List.copyOf(warnings);
            exclusions = List.copyOf(exclusions);
        }

        /** The features with ICC ≥ minimum, in input order (all of them when no minimum is set). */
        public List<String> reliable(List<String> features) {
            if (minimum == null) {
                return List.copyOf(features);
            }
            return features.stream().filter(f -> rows.stream().anyMatch(r -> r.feature().equals(f)
                    && r.icc() >= minimum)).toList();
        }
    }

    /** The ICC of each feature (empty when the layout has no second reader). */
    public Result run(StudyCohort cohort, List<String> features) {
        Notes notes = new Notes(cohort);
        CohortLayout d = cohort.layout();
        boolean longFormat = d.readerColumn() != null && d.reader2Value() != null;
        if (d.reader2Prefix() == null && !longFormat) {
            return new Result(List.of(), settings.minimum(), List.of(), List.of());
        }
        CohortTable t = cohort.table();
        CohortTable second = longFormat ? StudyCohort.rowsWith(cohort.fullTable(), "readerColumn",
                d.readerColumn(), d.reader2Value(), "reader2Value") : t;
        Map<String, Integer> secondRow = longFormat ? StudyCohort.idIndex(second, d, "reader2Value") : Map.of();
        IntraclassCorrelation ic = IntraclassCorrelation.withDefaults().withConfidenceLevel(settings.confidenceLevel())
                .withThresholds(settings.thresholds());
        String[] ids = cohort.idsInternal();
        List<InterReaderIcc> out = new ArrayList<>();
        for (String f : features) {
            String f2 = longFormat ? f : d.reader2Prefix() + f;
            String label2 = longFormat ? d.readerColumn() + " = " + d.reader2Value() : f2;
            if (!longFormat) {
                cohort.requireNumeric("reader2Prefix", f2);
            }
            double[] a = t.doubleColumnWithNaN(f);
            double[] secondValues = second.doubleColumnWithNaN(f2);
            double[] b = new double[a.length];
            boolean[] present = new boolean[a.length];
            for (int i = 0; i < a.length; i++) {
                Integer j = longFormat ? secondRow.get(ids[i]) : Integer.valueOf(i);
                present[i] = j != null && !second.isMissing(j, f2);
                b[i] = present[i] ? secondValues[j] : Double.NaN;
            }
            List<Integer> rows = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                (!t.isMissing(i, f) && present[i] ? rows : missing).add(i);
            }
            notes.exclude(NAME, f, missing);
            if (rows.size() < 2) {
                notes.warn(NAME, f, "fewer than 2 subjects with both readings: no ICC");
                continue;
            }
            double[] r1 = rows.stream().mapToDouble(i -> a[i]).toArray();
            double[] r2 = rows.stream().mapToDouble(i -> b[i]).toArray();
            IccResult r;
            try {
                r = ic.compute(IntraclassCorrelation.ratingsFromReaders(r1, r2), settings.form());
            } catch (IllegalArgumentException undefined) {
                // e.g. every subject has the same value in both readings: the ICC is 0/0; one such feature must
                // not stop the study, and the report says why it has no ICC
                notes.warn(NAME, f, "no ICC: " + undefined.getMessage());
                continue;
            }
            out.add(new InterReaderIcc(f, label2, r.form(), StudyMethods.describe(r.form()), r.icc(),
                    r.confidenceInterval(), r.statistic(), r.df1(), r.df2(), r.pValue(), r.reliability(),
                    rows.size(), missing.size()));
        }
        return new Result(out, settings.minimum(), notes.warnings(), notes.exclusions());
    }

    @Override
    public String toString() {
        return "IccStep[" + settings + "]";
    }
}
