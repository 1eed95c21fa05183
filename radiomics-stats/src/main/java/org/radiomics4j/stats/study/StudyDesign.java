package org.radiomics4j.stats.study;

import java.util.List;
import java.util.Objects;
import org.radiomics4j.stats.reliability.IccForm;
import org.radiomics4j.stats.reliability.IccThresholds;
import org.radiomics4j.stats.roc.Direction;

/**
 * Every choice of a two-group radiomics study, as one immutable value: build with {@link #builder(GroupingRule)},
 * copy with the {@code with*} methods, run with {@link StudyPipeline#of(StudyDesign)}. Every setting appears in the
 * generated methods paragraph ({@link StudyResult#methods()}). Invalid settings throw
 * {@link IllegalArgumentException} naming the field, the value and the rule.
 *
 * @param idColumn                 subject identifier column (default {@code patient_id})
 * @param grouping                 how subjects are split into the positive (label 1) and negative (label 0) group
 * @param positiveLabel            report name of the positive group (default "Responders")
 * @param negativeLabel            report name of the negative group (default "Non-responders")
 * @param phase                    imaging phase these features come from, for reports only (e.g. "portal"); null
 *                                 = not stated. A study with several phases runs one design per phase (each
 *                                 with its own feature prefix).
 * @param survivalEndpoints        Kaplan–Meier endpoints for the significant features (default none)
 * @param logisticOutcomeColumn    0/1 outcome of the logistic regressions (e.g. {@code death}); null = Table 5
 *                                 is not produced
 * @param clinicalVariables        clinical variables; empty = inferred from the column types (TEXT or NUMERIC with
 *                                 at most 2 distinct values, e.g. 0/1 → CATEGORICAL; other NUMERIC → CONTINUOUS)
 *                                 over every column that is not the id, grouping, outcome, endpoint, phase,
 *                                 reader, feature or reader-2 column
 * @param featureColumns           radiomic feature columns (reader 1); empty = every column starting with
 *                                 {@code featurePrefix}
 * @param featurePrefix            prefix selecting the features when {@code featureColumns} is empty (default
 *                                 {@code original_})
 * @param reader2Prefix            prefix of the second reader's copy of each feature (e.g. {@code r2_}); null = no
 *                                 ICC table
 * @param phaseColumn              long format: the column naming each row's imaging phase; only rows whose value
 *                                 equals {@code phase} are analysed (null = one phase per table, or phases as
 *                                 feature prefixes: run one design per prefix)
 * @param readerColumn             long format: the column naming each row's reader (one row per subject and
 *                                 reader, matched by {@code idColumn}); exclusive with {@code reader2Prefix}; null =
 *                                 one row per subject
 * @param reader1Value             with {@code readerColumn}: the reader whose rows every analysis uses (text as in
 *                                 the file, e.g. "1")
 * @param reader2Value             with {@code readerColumn}: the second reader, for the ICC table (null = no ICC)
 * @param alpha                    significance level for the corrected feature P values (default 0.05)
 * @param normalityAlpha           Shapiro–Wilk level of the test choice (default 0.05)
 * @param correction               multiple-testing correction of Table 2 (default Bonferroni)
 * @param categoricalTest          test reported for categorical clinical variables (default Fisher if an expected
 *                                 count is below 5, else chi-square with Yates)
 * @param rocDirection             ROC direction (default {@link Direction#AUTO}: the side with AUC ≥ 0.5, as
 *                                 MedCalc; {@link Direction#AUTO_BY_MEDIANS} reproduces pROC)
 * @param confidenceLevel          level of every confidence interval (default 0.95)
 * @param syntheticPositiveCount   ADASYN synthetic subjects of the positive group (default 87; 0 with
 *                                 {@code syntheticNegativeCount} 0 = no synthetic cohort)
 * @param syntheticNegativeCount   ADASYN synthetic subjects of the negative group (default 90)
 * @param syntheticSeed            RNG seed of the synthetic cohort (default 1); same seed, same cohort
 * @param adasynNeighbours         ADASYN K (default 5)
 * @param adasynStandardize        whether features are z-scored (population SD, as scikit-learn's StandardScaler)
 *                                 before the ADASYN neighbour search and interpolation and transformed back
 *                                 (default false: raw features, Euclidean distance)
 * @param regressionVariables      variables (clinical names or feature columns) of the univariate logistic
 *                                 regressions; empty = every clinical variable and every feature
 * @param backwardEntryThreshold   univariate Wald P below which a term enters the backward elimination (default
 *                                 0.05)
 * @param backwardMinCandidates    if fewer terms pass, the this-many smallest-P terms start the elimination
 *                                 (default 2)
 * @param backwardRemovalThreshold a term is removed while its Wald P exceeds this (default 0.10)
 * @param iccForm                  ICC form of the inter-reader table (default ICC(2,1): two-way random effects,
 *                                 absolute agreement, single measures)
 * @param iccThresholds            ICC classes (default unstable &lt; 0.75 ≤ stable &lt; 0.90 ≤ excellent)
 */
public record StudyDesign(String idColumn, GroupingRule grouping, String positiveLabel, String negativeLabel,
        String phase, List<SurvivalEndpoint> survivalEndpoints, String logisticOutcomeColumn,
        List<ClinicalVariable> clinicalVariables, List<String> featureColumns, String featurePrefix,
        String reader2Prefix, String phaseColumn, String readerColumn, String reader1Value, String reader2Value,
        double alpha, double normalityAlpha, MultipleTestingCorrection correction,
        CategoricalTestRule categoricalTest, Direction rocDirection, double confidenceLevel,
        int syntheticPositiveCount, int syntheticNegativeCount, long syntheticSeed, int adasynNeighbours,
        boolean adasynStandardize, List<String> regressionVariables, double backwardEntryThreshold,
        int backwardMinCandidates, double backwardRemovalThreshold, IccForm iccForm, IccThresholds iccThresholds) {

    public StudyDesign {
        requireText("idColumn", idColumn);
        Objects.requireNonNull(grouping, "grouping must not be null");
        requireText("positiveLabel", positiveLabel);
        requireText("negativeLabel", negativeLabel);
        if (positiveLabel.equals(negativeLabel)) {
            throw new IllegalArgumentException("positiveLabel and negativeLabel must differ but both were '"
                    + positiveLabel + "'");
        }
        survivalEndpoints = List.copyOf(Objects.requireNonNull(survivalEndpoints,
                "survivalEndpoints must not be null"));
        if (logisticOutcomeColumn != null) {
            requireText("logisticOutcomeColumn", logisticOutcomeColumn);
        }
        clinicalVariables = List.copyOf(Objects.requireNonNull(clinicalVariables,
                "clinicalVariables must not be null"));
        featureColumns = List.copyOf(Objects.requireNonNull(featureColumns, "featureColumns must not be null"));
        Objects.requireNonNull(featurePrefix, "featurePrefix must not be null");
        if (featureColumns.isEmpty() && featurePrefix.isEmpty()) {
            throw new IllegalArgumentException("featurePrefix must not be empty when featureColumns is empty");
        }
        if (reader2Prefix != null) {
            requireText("reader2Prefix", reader2Prefix);
        }
        if (phaseColumn != null) {
            requireText("phaseColumn", phaseColumn);
            if (phase == null) {
                throw new IllegalArgumentException("phase must be set (the value of phaseColumn '" + phaseColumn
                        + "' to analyse) but was null");
            }
        }
        if (readerColumn != null) {
            requireText("readerColumn", readerColumn);
            requireText("reader1Value", reader1Value);
            if (reader2Prefix != null) {
                throw new IllegalArgumentException("readerColumn ('" + readerColumn + "') and reader2Prefix ('"
                        + reader2Prefix + "') are exclusive: give the second reader as rows or as columns");
            }
            if (reader1Value.equals(reader2Value)) {
                throw new IllegalArgumentException("reader2Value must differ from reader1Value but both were '"
                        + reader1Value + "'");
            }
        } else if (reader2Value != null) {
            throw new IllegalArgumentException("reader2Value ('" + reader2Value + "') needs readerColumn, which is "
                    + "null");
        }
        requireLevel("alpha", alpha);
        requireLevel("normalityAlpha", normalityAlpha);
        Objects.requireNonNull(correction, "correction must not be null");
        Objects.requireNonNull(categoricalTest, "categoricalTest must not be null");
        Objects.requireNonNull(rocDirection, "rocDirection must not be null");
        if (!(confidenceLevel > 0.5 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be in (0.5, 1) but was " + confidenceLevel);
        }
        if (syntheticPositiveCount < 0) {
            throw new IllegalArgumentException("syntheticPositiveCount must be >= 0 but was "
                    + syntheticPositiveCount);
        }
        if (syntheticNegativeCount < 0) {
            throw new IllegalArgumentException("syntheticNegativeCount must be >= 0 but was "
                    + syntheticNegativeCount);
        }
        if (adasynNeighbours < 1) {
            throw new IllegalArgumentException("adasynNeighbours must be >= 1 but was " + adasynNeighbours);
        }
        regressionVariables = List.copyOf(Objects.requireNonNull(regressionVariables,
                "regressionVariables must not be null"));
        requireLevel("backwardEntryThreshold", backwardEntryThreshold);
        if (backwardMinCandidates < 1) {
            throw new IllegalArgumentException("backwardMinCandidates must be >= 1 but was "
                    + backwardMinCandidates);
        }
        requireLevel("backwardRemovalThreshold", backwardRemovalThreshold);
        Objects.requireNonNull(iccForm, "iccForm must not be null");
        Objects.requireNonNull(iccThresholds, "iccThresholds must not be null");
    }

    private static void requireText(String field, String v) {
        Objects.requireNonNull(v, field + " must not be null");
        if (v.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requireLevel(String field, double v) {
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException(field + " must be in (0, 1) but was " + v);
        }
    }

    /** A builder with the defaults listed on the record components. */
    public static Builder builder(GroupingRule grouping) {
        return new Builder(grouping);
    }

    /** A builder starting from this design. */
    public Builder toBuilder() {
        Builder b = new Builder(grouping);
        b.idColumn = idColumn;
        b.positiveLabel = positiveLabel;
        b.negativeLabel = negativeLabel;
        b.phase = phase;
        b.survivalEndpoints = survivalEndpoints;
        b.logisticOutcomeColumn = logisticOutcomeColumn;
        b.clinicalVariables = clinicalVariables;
        b.featureColumns = featureColumns;
        b.featurePrefix = featurePrefix;
        b.reader2Prefix = reader2Prefix;
        b.phaseColumn = phaseColumn;
        b.readerColumn = readerColumn;
        b.reader1Value = reader1Value;
        b.reader2Value = reader2Value;
        b.alpha = alpha;
        b.normalityAlpha = normalityAlpha;
        b.correction = correction;
        b.categoricalTest = categoricalTest;
        b.rocDirection = rocDirection;
        b.confidenceLevel = confidenceLevel;
        b.syntheticPositiveCount = syntheticPositiveCount;
        b.syntheticNegativeCount = syntheticNegativeCount;
        b.syntheticSeed = syntheticSeed;
        b.adasynNeighbours = adasynNeighbours;
        b.adasynStandardize = adasynStandardize;
        b.regressionVariables = regressionVariables;
        b.backwardEntryThreshold = backwardEntryThreshold;
        b.backwardMinCandidates = backwardMinCandidates;
        b.backwardRemovalThreshold = backwardRemovalThreshold;
        b.iccForm = iccForm;
        b.iccThresholds = iccThresholds;
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
        return toBuilder().featureColumns(List.of()).featurePrefix(v).build();
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

    /** Mutable builder of {@link StudyDesign}; {@link #build()} validates. */
    public static final class Builder {
        private String idColumn = "patient_id";
        private GroupingRule grouping;
        private String positiveLabel = "Responders";
        private String negativeLabel = "Non-responders";
        private String phase;
        private List<SurvivalEndpoint> survivalEndpoints = List.of();
        private String logisticOutcomeColumn;
        private List<ClinicalVariable> clinicalVariables = List.of();
        private List<String> featureColumns = List.of();
        private String featurePrefix = "original_";
        private String reader2Prefix;
        private String phaseColumn;
        private String readerColumn;
        private String reader1Value;
        private String reader2Value;
        private double alpha = 0.05;
        private double normalityAlpha = 0.05;
        private MultipleTestingCorrection correction = MultipleTestingCorrection.BONFERRONI;
        private CategoricalTestRule categoricalTest = CategoricalTestRule.FISHER_IF_LOW_EXPECTED;
        private Direction rocDirection = Direction.AUTO;
        private double confidenceLevel = 0.95;
        private int syntheticPositiveCount = 87;
        private int syntheticNegativeCount = 90;
        private long syntheticSeed = 1L;
        private int adasynNeighbours = 5;
        private boolean adasynStandardize;
        private List<String> regressionVariables = List.of();
        private double backwardEntryThreshold = 0.05;
        private int backwardMinCandidates = 2;
        private double backwardRemovalThreshold = 0.10;
        private IccForm iccForm = IccForm.ICC2_1;
        private IccThresholds iccThresholds = IccThresholds.DEFAULT;

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

        /** Kaplan–Meier endpoints. */
        public Builder survivalEndpoints(List<SurvivalEndpoint> v) {
            survivalEndpoints = v;
            return this;
        }

        /** Adds a Kaplan–Meier endpoint. */
        public Builder survivalEndpoint(String name, String timeColumn, String eventColumn) {
            survivalEndpoints = new java.util.ArrayList<>(survivalEndpoints);
            survivalEndpoints.add(new SurvivalEndpoint(name, timeColumn, eventColumn));
            return this;
        }

        /** 0/1 outcome of the logistic regressions (null = none). */
        public Builder logisticOutcomeColumn(String v) {
            logisticOutcomeColumn = v;
            return this;
        }

        /** Clinical variables (empty = inferred). */
        public Builder clinicalVariables(List<ClinicalVariable> v) {
            clinicalVariables = v;
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

        /** Significance level. */
        public Builder alpha(double v) {
            alpha = v;
            return this;
        }

        /** Shapiro–Wilk level of the test choice. */
        public Builder normalityAlpha(double v) {
            normalityAlpha = v;
            return this;
        }

        /** Multiple-testing correction. */
        public Builder correction(MultipleTestingCorrection v) {
            correction = v;
            return this;
        }

        /** Categorical test rule. */
        public Builder categoricalTest(CategoricalTestRule v) {
            categoricalTest = v;
            return this;
        }

        /** ROC direction. */
        public Builder rocDirection(Direction v) {
            rocDirection = v;
            return this;
        }

        /** Confidence level. */
        public Builder confidenceLevel(double v) {
            confidenceLevel = v;
            return this;
        }

        /** Synthetic cohort sizes per group and seed (0, 0 = none). */
        public Builder syntheticCohort(int positiveCount, int negativeCount, long seed) {
            syntheticPositiveCount = positiveCount;
            syntheticNegativeCount = negativeCount;
            syntheticSeed = seed;
            return this;
        }

        /** ADASYN K. */
        public Builder adasynNeighbours(int v) {
            adasynNeighbours = v;
            return this;
        }

        /** Whether to z-score features before ADASYN. */
        public Builder adasynStandardize(boolean v) {
            adasynStandardize = v;
            return this;
        }

        /** Univariate regression variables (empty = all). */
        public Builder regressionVariables(List<String> v) {
            regressionVariables = v;
            return this;
        }

        /** Entry threshold of the backward elimination candidates. */
        public Builder backwardEntryThreshold(double v) {
            backwardEntryThreshold = v;
            return this;
        }

        /** Minimum number of backward candidates. */
        public Builder backwardMinCandidates(int v) {
            backwardMinCandidates = v;
            return this;
        }

        /** Removal threshold of the backward elimination. */
        public Builder backwardRemovalThreshold(double v) {
            backwardRemovalThreshold = v;
            return this;
        }

        /** ICC form. */
        public Builder iccForm(IccForm v) {
            iccForm = v;
            return this;
        }

        /** ICC classes. */
        public Builder iccThresholds(IccThresholds v) {
            iccThresholds = v;
            return this;
        }

        /**
         * The design.
         *
         * @throws IllegalArgumentException naming the first invalid field
         */
        public StudyDesign build() {
            return new StudyDesign(idColumn, grouping, positiveLabel, negativeLabel, phase, survivalEndpoints,
                    logisticOutcomeColumn, clinicalVariables, featureColumns, featurePrefix, reader2Prefix,
                    phaseColumn, readerColumn, reader1Value, reader2Value, alpha,
                    normalityAlpha, correction, categoricalTest, rocDirection, confidenceLevel,
                    syntheticPositiveCount, syntheticNegativeCount, syntheticSeed, adasynNeighbours,
                    adasynStandardize, regressionVariables, backwardEntryThreshold, backwardMinCandidates,
                    backwardRemovalThreshold, iccForm, iccThresholds);
        }
    }
}
