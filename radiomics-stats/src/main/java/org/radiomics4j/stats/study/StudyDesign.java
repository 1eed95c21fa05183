package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.radiomics4j.stats.regression.PredictorScale;
import org.radiomics4j.stats.reliability.IccForm;
import org.radiomics4j.stats.reliability.IccThresholds;
import org.radiomics4j.stats.roc.Direction;

/**
 * Every choice of a two-group radiomics study, as one immutable value made of one settings record per analysis:
 * build with {@link #builder(GroupingRule)}, copy with the {@code with*} methods, run with
 * {@link StudyPipeline#of(StudyDesign)}. Each part maps one to one onto a section of the YAML study configuration
 * ({@code docs/study-config.md}) and onto one analysis class. Every setting appears in the generated methods
 * paragraph ({@link StudyResult#methods()}). Invalid settings throw {@link IllegalArgumentException} naming the
 * field, the value and the rule.
 *
 * @param cohort     data layout and grouping ({@link CohortLayout}), shared by every analysis
 * @param table1     Table 1 ({@link Table1Step})
 * @param comparison Table 2 ({@link GroupComparisonStep})
 * @param roc        Table 3 ({@link RocStep})
 * @param synthetic  synthetic cohort and Table 4 ({@link SyntheticCohortStep})
 * @param survival   Kaplan–Meier analyses ({@link KaplanMeierStep})
 * @param logistic   Table 5 ({@link LogisticStep})
 * @param icc        inter-reader ICC ({@link IccStep})
 */
public record StudyDesign(CohortLayout cohort, Table1Settings table1, GroupComparisonSettings comparison,
        RocSettings roc, SyntheticCohortSettings synthetic, SurvivalSettings survival, LogisticSettings logistic,
        IccSettings icc) {

    public StudyDesign {
        Objects.requireNonNull(cohort, "cohort must not be null");
        Objects.requireNonNull(table1, "table1 must not be null");
        Objects.requireNonNull(comparison, "comparison must not be null");
        Objects.requireNonNull(roc, "roc must not be null");
        Objects.requireNonNull(synthetic, "synthetic must not be null");
        Objects.requireNonNull(survival, "survival must not be null");
        Objects.requireNonNull(logistic, "logistic must not be null");
        Objects.requireNonNull(icc, "icc must not be null");
    }

    static void requireText(String field, String v) {
        Objects.requireNonNull(v, field + " must not be null");
        if (v.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    static void requireLevel(String field, double v) {
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException(field + " must be in (0, 1) but was " + v);
        }
    }

    static void requireConfidence(double v) {
        if (!(v > 0.5 && v < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be in (0.5, 1) but was " + v);
        }
    }

    /** The grouping rule (shortcut for {@code cohort().grouping()}). */
    public GroupingRule grouping() {
        return cohort.grouping();
    }

    /** A builder with the defaults listed on the settings records. */
    public static Builder builder(GroupingRule grouping) {
        return new Builder(grouping);
    }

    /** A builder starting from this design. */
    public Builder toBuilder() {
        Builder b = new Builder(cohort.grouping());
        b.idColumn = cohort.idColumn();
        b.positiveLabel = cohort.positiveLabel();
        b.negativeLabel = cohort.negativeLabel();
        b.phase = cohort.phase();
        b.featureColumns = cohort.featureColumns();
        b.featurePrefix = cohort.featurePrefix();
        b.featurePattern = cohort.featurePattern();
        b.reader2Prefix = cohort.reader2Prefix();
        b.phaseColumn = cohort.phaseColumn();
        b.readerColumn = cohort.readerColumn();
        b.reader1Value = cohort.reader1Value();
        b.reader2Value = cohort.reader2Value();
        b.table1 = table1;
        b.comparison = comparison;
        b.roc = roc;
        b.synthetic = synthetic;
        b.survival = survival;
        b.logistic = logistic;
        b.icc = icc;
        return b;
    }

    /** A copy with another grouping rule. */
    public StudyDesign withGrouping(GroupingRule v) {
        Builder b = toBuilder();
        b.grouping = v;
        return b.build();
    }

    /** A copy with other group labels. */
    public StudyDesign withGroupLabels(String positive, String negative) {
        return toBuilder().groupLabels(positive, negative).build();
    }

    /** A copy with other survival endpoints. */
    public StudyDesign withSurvivalEndpoints(List<SurvivalEndpoint> v) {
        return toBuilder().survivalEndpoints(v).build();
    }

    /** A copy with another logistic outcome column (null = no Table 5). */
    public StudyDesign withLogisticOutcomeColumn(String v) {
        return toBuilder().logisticOutcomeColumn(v).build();
    }

    /** A copy with other clinical variables (empty = inferred). */
    public StudyDesign withClinicalVariables(List<ClinicalVariable> v) {
        return toBuilder().clinicalVariables(v).build();
    }

    /** A copy with an explicit feature list. */
    public StudyDesign withFeatureColumns(List<String> v) {
        return toBuilder().featureColumns(v).build();
    }

    /** A copy selecting features by prefix (clears any explicit feature list). */
    public StudyDesign withFeaturePrefix(String v) {
        return toBuilder().featureColumns(List.of()).featurePrefix(v).featurePattern(null).build();
    }

    /** A copy selecting features by a whole-name regular expression (clears any explicit feature list). */
    public StudyDesign withFeaturePattern(String v) {
        return toBuilder().featureColumns(List.of()).featurePattern(v).build();
    }

    /** A copy with another reader-2 prefix (null = no ICC table). */
    public StudyDesign withReader2Prefix(String v) {
        return toBuilder().reader2Prefix(v).build();
    }

    /** A copy analysing the rows whose {@code column} equals {@code value} (long format with a phase column). */
    public StudyDesign withPhaseColumn(String column, String value) {
        return toBuilder().phaseColumn(column, value).build();
    }

    /** A copy reading both readers from rows (long format); reader2 null = no ICC. Clears reader2Prefix. */
    public StudyDesign withReaderColumn(String column, String reader1, String reader2) {
        return toBuilder().reader2Prefix(null).readerColumn(column, reader1, reader2).build();
    }

    /** A copy with another phase label. */
    public StudyDesign withPhase(String v) {
        return toBuilder().phase(v).build();
    }

    /** A copy with another significance level. */
    public StudyDesign withAlpha(double v) {
        return toBuilder().alpha(v).build();
    }

    /** A copy with another multiple-testing correction. */
    public StudyDesign withCorrection(MultipleTestingCorrection v) {
        return toBuilder().correction(v).build();
    }

    /** A copy with another ROC direction. */
    public StudyDesign withRocDirection(Direction v) {
        return toBuilder().rocDirection(v).build();
    }

    /** A copy with other synthetic cohort sizes and seed. */
    public StudyDesign withSyntheticCohort(int positiveCount, int negativeCount, long seed) {
        return toBuilder().syntheticCohort(positiveCount, negativeCount, seed).build();
    }

    /** A copy with another backward-elimination removal threshold. */
    public StudyDesign withBackwardRemovalThreshold(double v) {
        return toBuilder().backwardRemovalThreshold(v).build();
    }

    /** A copy with other univariate regression variables (empty = all). */
    public StudyDesign withRegressionVariables(List<String> v) {
        return toBuilder().regressionVariables(v).build();
    }

    /** A copy with another ICC form. */
    public StudyDesign withIccForm(IccForm v) {
        return toBuilder().iccForm(v).build();
    }

    /** A copy with another odds-ratio scale of continuous predictors. */
    public StudyDesign withLogisticScale(PredictorScale v) {
        return toBuilder().logisticScale(v).build();
    }

    /** A copy keeping only features with ICC ≥ {@code v} for the group tests (null = all). */
    public StudyDesign withIccMinimum(Double v) {
        return toBuilder().iccMinimum(v).build();
    }

    /**
     * Mutable builder of {@link StudyDesign}: one setter per setting (each goes to its settings record);
     * {@link #build()} validates.
     */
    public static final class Builder {
        private String idColumn = "patient_id";
        private GroupingRule grouping;
        private String positiveLabel = "Responders";
        private String negativeLabel = "Non-responders";
        private String phase;
        private List<String> featureColumns = List.of();
        private String featurePrefix = "original_";
        private String featurePattern;
        private String reader2Prefix;
        private String phaseColumn;
        private String readerColumn;
        private String reader1Value;
        private String reader2Value;
        private Table1Settings table1 = Table1Settings.withDefaults();
        private GroupComparisonSettings comparison = GroupComparisonSettings.withDefaults();
        private RocSettings roc = RocSettings.withDefaults();
        private SyntheticCohortSettings synthetic = SyntheticCohortSettings.withDefaults();
        private SurvivalSettings survival = SurvivalSettings.withDefaults();
        private LogisticSettings logistic = LogisticSettings.withDefaults();
        private IccSettings icc = IccSettings.withDefaults();

        private Builder(GroupingRule grouping) {
            this.grouping = grouping;
        }

        /** Subject identifier column. */
        public Builder idColumn(String v) {
            idColumn = v;
            return this;
        }

        /** Report names of the positive and negative group. */
        public Builder groupLabels(String positive, String negative) {
            positiveLabel = positive;
            negativeLabel = negative;
            return this;
        }

        /** Imaging phase label (reports only). */
        public Builder phase(String v) {
            phase = v;
            return this;
        }

        /** Explicit feature columns. */
        public Builder featureColumns(List<String> v) {
            featureColumns = v;
            return this;
        }

        /** Feature prefix used when no explicit list is given. */
        public Builder featurePrefix(String v) {
            featurePrefix = v;
            return this;
        }

        /**
         * Regular expression a column's whole name must match to be a feature when no explicit list is given; it
         * replaces the prefix (null = select by {@link #featurePrefix(String)}). See
         * {@link CohortLayout#isFeatureName(String)}.
         */
        public Builder featurePattern(String v) {
            featurePattern = v;
            return this;
        }

        /** Second reader's column prefix (null = no ICC). */
        public Builder reader2Prefix(String v) {
            reader2Prefix = v;
            return this;
        }

        /** Long format: analyse the rows whose {@code column} equals {@code value} (also the phase label). */
        public Builder phaseColumn(String column, String value) {
            phaseColumn = column;
            phase = value;
            return this;
        }

        /** Long format: readers as rows of {@code column}; reader1 is analysed, reader2 (or null) is for the ICC. */
        public Builder readerColumn(String column, String reader1, String reader2) {
            readerColumn = column;
            reader1Value = reader1;
            reader2Value = reader2;
            return this;
        }

        // ---------------------------------------------------------------- whole settings records

        /** Table 1 settings. */
        public Builder table1(Table1Settings v) {
            table1 = Objects.requireNonNull(v, "table1");
            return this;
        }

        /** Table 2 settings. */
        public Builder comparison(GroupComparisonSettings v) {
            comparison = Objects.requireNonNull(v, "comparison");
            return this;
        }

        /** Table 3 settings. */
        public Builder roc(RocSettings v) {
            roc = Objects.requireNonNull(v, "roc");
            return this;
        }

        /** Synthetic cohort settings. */
        public Builder synthetic(SyntheticCohortSettings v) {
            synthetic = Objects.requireNonNull(v, "synthetic");
            return this;
        }

        /** Survival settings. */
        public Builder survival(SurvivalSettings v) {
            survival = Objects.requireNonNull(v, "survival");
            return this;
        }

        /** Table 5 settings. */
        public Builder logistic(LogisticSettings v) {
            logistic = Objects.requireNonNull(v, "logistic");
            return this;
        }

        /** ICC settings. */
        public Builder icc(IccSettings v) {
            icc = Objects.requireNonNull(v, "icc");
            return this;
        }

        // ---------------------------------------------------------------- single settings

        /** Kaplan–Meier endpoints. */
        public Builder survivalEndpoints(List<SurvivalEndpoint> v) {
            survival = new SurvivalSettings(v, survival.timeUnit(), survival.confidenceLevel());
            return this;
        }

        /** Adds a Kaplan–Meier endpoint. */
        public Builder survivalEndpoint(String name, String timeColumn, String eventColumn) {
            List<SurvivalEndpoint> l = new ArrayList<>(survival.endpoints());
            l.add(new SurvivalEndpoint(name, timeColumn, eventColumn));
            return survivalEndpoints(l);
        }

        /** Unit of the survival time columns (reports and figures). */
        public Builder survivalTimeUnit(String v) {
            survival = new SurvivalSettings(survival.endpoints(), v, survival.confidenceLevel());
            return this;
        }

        /** 0/1 outcome of the logistic regressions (null = none). */
        public Builder logisticOutcomeColumn(String v) {
            LogisticSettings l = logistic;
            logistic = new LogisticSettings(v, l.variables(), l.scale(), l.entryThreshold(), l.minCandidates(),
                    l.removalThreshold(), l.confidenceLevel(), l.optimismResamples(), l.optimismSeed());
            return this;
        }

        /** Clinical variables (empty = inferred). */
        public Builder clinicalVariables(List<ClinicalVariable> v) {
            table1 = new Table1Settings(v, table1.categoricalTest(), table1.normalityAlpha());
            return this;
        }

        /** Significance level. */
        public Builder alpha(double v) {
            comparison = new GroupComparisonSettings(v, comparison.normalityAlpha(), comparison.correction());
            return this;
        }

        /** Shapiro–Wilk level of the test choice (Tables 1, 2 and the synthetic re-test). */
        public Builder normalityAlpha(double v) {
            comparison = new GroupComparisonSettings(comparison.alpha(), v, comparison.correction());
            table1 = new Table1Settings(table1.variables(), table1.categoricalTest(), v);
            SyntheticCohortSettings s = synthetic;
            synthetic = new SyntheticCohortSettings(s.positiveCount(), s.negativeCount(), s.seed(), s.neighbours(),
                    s.standardize(), s.confidenceLevel(), v);
            return this;
        }

        /** Multiple-testing correction. */
        public Builder correction(MultipleTestingCorrection v) {
            comparison = new GroupComparisonSettings(comparison.alpha(), comparison.normalityAlpha(), v);
            return this;
        }

        /** Categorical test rule. */
        public Builder categoricalTest(CategoricalTestRule v) {
            table1 = new Table1Settings(table1.variables(), v, table1.normalityAlpha());
            return this;
        }

        /** ROC direction. */
        public Builder rocDirection(Direction v) {
            roc = new RocSettings(v, roc.confidenceLevel());
            return this;
        }

        /** Confidence level of every interval (ROC, synthetic, survival, logistic, ICC). */
        public Builder confidenceLevel(double v) {
            roc = new RocSettings(roc.direction(), v);
            SyntheticCohortSettings s = synthetic;
            synthetic = new SyntheticCohortSettings(s.positiveCount(), s.negativeCount(), s.seed(), s.neighbours(),
                    s.standardize(), v, s.normalityAlpha());
            survival = new SurvivalSettings(survival.endpoints(), survival.timeUnit(), v);
            LogisticSettings l = logistic;
            logistic = new LogisticSettings(l.outcomeColumn(), l.variables(), l.scale(), l.entryThreshold(),
                    l.minCandidates(), l.removalThreshold(), v, l.optimismResamples(), l.optimismSeed());
            icc = new IccSettings(icc.form(), icc.thresholds(), v, icc.minimum());
            return this;
        }

        /** Synthetic cohort sizes per group and seed (0, 0 = none). */
        public Builder syntheticCohort(int positiveCount, int negativeCount, long seed) {
            SyntheticCohortSettings s = synthetic;
            synthetic = new SyntheticCohortSettings(positiveCount, negativeCount, seed, s.neighbours(),
                    s.standardize(), s.confidenceLevel(), s.normalityAlpha());
            return this;
        }

        /** ADASYN K. */
        public Builder adasynNeighbours(int v) {
            SyntheticCohortSettings s = synthetic;
            synthetic = new SyntheticCohortSettings(s.positiveCount(), s.negativeCount(), s.seed(), v,
                    s.standardize(), s.confidenceLevel(), s.normalityAlpha());
            return this;
        }

        /** Whether to z-score features before ADASYN (default true). */
        public Builder adasynStandardize(boolean v) {
            SyntheticCohortSettings s = synthetic;
            synthetic = new SyntheticCohortSettings(s.positiveCount(), s.negativeCount(), s.seed(), s.neighbours(),
                    v, s.confidenceLevel(), s.normalityAlpha());
            return this;
        }

        /** Univariate regression variables (empty = all). */
        public Builder regressionVariables(List<String> v) {
            LogisticSettings l = logistic;
            logistic = new LogisticSettings(l.outcomeColumn(), v, l.scale(), l.entryThreshold(), l.minCandidates(),
                    l.removalThreshold(), l.confidenceLevel(), l.optimismResamples(), l.optimismSeed());
            return this;
        }

        /** Unit of the continuous predictors' odds ratios (default per SD). */
        public Builder logisticScale(PredictorScale v) {
            LogisticSettings l = logistic;
            logistic = new LogisticSettings(l.outcomeColumn(), l.variables(), v, l.entryThreshold(),
                    l.minCandidates(), l.removalThreshold(), l.confidenceLevel(), l.optimismResamples(),
                    l.optimismSeed());
            return this;
        }

        /** Entry threshold of the backward elimination candidates. */
        public Builder backwardEntryThreshold(double v) {
            LogisticSettings l = logistic;
            logistic = new LogisticSettings(l.outcomeColumn(), l.variables(), l.scale(), v, l.minCandidates(),
                    l.removalThreshold(), l.confidenceLevel(), l.optimismResamples(), l.optimismSeed());
            return this;
        }

        /** Minimum number of backward candidates (0 = no forcing). */
        public Builder backwardMinCandidates(int v) {
            LogisticSettings l = logistic;
            logistic = new LogisticSettings(l.outcomeColumn(), l.variables(), l.scale(), l.entryThreshold(), v,
                    l.removalThreshold(), l.confidenceLevel(), l.optimismResamples(), l.optimismSeed());
            return this;
        }

        /** Removal threshold of the backward elimination. */
        public Builder backwardRemovalThreshold(double v) {
            LogisticSettings l = logistic;
            logistic = new LogisticSettings(l.outcomeColumn(), l.variables(), l.scale(), l.entryThreshold(),
                    l.minCandidates(), v, l.confidenceLevel(), l.optimismResamples(), l.optimismSeed());
            return this;
        }

        /** Bootstrap resamples and seed of the optimism-corrected AUC (0 = not computed). */
        public Builder optimismBootstrap(int resamples, long seed) {
            LogisticSettings l = logistic;
            logistic = new LogisticSettings(l.outcomeColumn(), l.variables(), l.scale(), l.entryThreshold(),
                    l.minCandidates(), l.removalThreshold(), l.confidenceLevel(), resamples, seed);
            return this;
        }

        /** ICC form. */
        public Builder iccForm(IccForm v) {
            icc = new IccSettings(v, icc.thresholds(), icc.confidenceLevel(), icc.minimum());
            return this;
        }

        /** ICC classes. */
        public Builder iccThresholds(IccThresholds v) {
            icc = new IccSettings(icc.form(), v, icc.confidenceLevel(), icc.minimum());
            return this;
        }

        /** Keep only features with ICC ≥ v for the group tests (null = all). */
        public Builder iccMinimum(Double v) {
            icc = new IccSettings(icc.form(), icc.thresholds(), icc.confidenceLevel(), v);
            return this;
        }

        /**
         * The design.
         *
         * @throws IllegalArgumentException naming the first invalid field
         */
        public StudyDesign build() {
            return new StudyDesign(new CohortLayout(idColumn, grouping, positiveLabel, negativeLabel, phase,
                    featureColumns, featurePrefix, featurePattern, reader2Prefix, phaseColumn, readerColumn, reader1Value,
                    reader2Value), table1, comparison, roc, synthetic, survival, logistic, icc);
        }
    }
}
