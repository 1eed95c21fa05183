package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.ColumnType;
import org.radiomics4j.stats.test.GroupComparison;

/**
 * Runs a {@link StudyDesign} on a {@link CohortTable}: {@code StudyPipeline.of(design).analyze(table)}. A thin
 * composition of one step per analysis, each with its own settings record and result record; the steps share only
 * the immutable {@link StudyCohort} and each other's results (never mutable state).
 *
 * <p>Input layout: one row per subject (wide), the second reader as prefixed columns; or long format, where a
 * phase column and/or a reader column select the rows analysed and the second reader's rows are matched by id for
 * the ICC.
 *
 * <p>Order:
 * <ol>
 * <li>{@link StudyCohort}: grouping; subjects with a missing grouping value are excluded from everything except
 * the ICC.</li>
 * <li>With {@link IccSettings#minimum()}: {@link IccStep} first, and only reliable features enter Table 2.</li>
 * <li>{@link GroupComparisonStep} (Table 2) with the correction; {@link Table1Step} (Table 1).</li>
 * <li>{@link RocStep} (Table 3) for every significant feature.</li>
 * <li>{@link SyntheticCohortStep}: ADASYN cohort, synthetic P, Table 4 (re-fitted and frozen cutoff). <b>Not an
 * external validation.</b></li>
 * <li>{@link KaplanMeierStep} for every significant feature and endpoint, cut at its Table 3 criterion.</li>
 * <li>{@link LogisticStep} (Table 5).</li>
 * <li>{@link IccStep} of every Table 2 feature (when not run first).</li>
 * </ol>
 * Missing values are excluded per analysis and counted ({@link Exclusion}); nothing is imputed. Deterministic: the
 * same design (seeds included) and table give the same result. Immutable and thread-safe.
 */
public final class StudyPipeline {
    private static final String UNSPECIFIED = "unspecified";

    private final StudyDesign design;
    private final String softwareVersion;

    private StudyPipeline(StudyDesign design, String softwareVersion) {
        this.design = design;
        this.softwareVersion = softwareVersion;
    }

    /** A pipeline for the design (software version "unspecified" in the methods paragraph). */
    public static StudyPipeline of(StudyDesign design) {
        return new StudyPipeline(Objects.requireNonNull(design, "design must not be null"), UNSPECIFIED);
    }

    /**
     * A copy stating the radiomics4j version in the methods paragraph (the caller knows it, e.g. from the jar
     * manifest).
     */
    public StudyPipeline withSoftwareVersion(String version) {
        Objects.requireNonNull(version, "softwareVersion must not be null");
        if (version.isBlank()) {
            throw new IllegalArgumentException("softwareVersion must not be blank");
        }
        return new StudyPipeline(design, version);
    }

    /** The design. */
    public StudyDesign design() {
        return design;
    }

    /**
     * Runs every analysis of the design.
     *
     * @throws IllegalArgumentException if a column named by the design is absent (naming the design field), has the
     *         wrong type, a 0/1 column holds another value (naming the row), or a group is smaller than 2
     */
    public StudyResult analyze(CohortTable table) {
        Objects.requireNonNull(table, "table must not be null");
        StudyDesign d = design;
        StudyCohort cohort = StudyCohort.of(d.cohort(), table);
        List<StudyWarning> warnings = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>(cohort.exclusions());

        List<String> requested = resolveFeatures(cohort);
        List<ClinicalVariable> clinical = resolveClinical(d, cohort, requested);

        IccStep.Result iccFirst = null;
        List<String> candidates = requested;
        List<String> unreliable = List.of();
        if (d.icc().minimum() != null && d.cohort().hasSecondReader()) {
            iccFirst = IccStep.of(d.icc()).run(cohort, requested);
            candidates = iccFirst.reliable(requested);
            List<String> kept = candidates;
            unreliable = requested.stream().filter(f -> !kept.contains(f)).toList();
            for (String f : unreliable) {
                warnings.add(new StudyWarning("Table 2", f, "left out of the group tests: inter-reader ICC below "
                        + d.icc().minimum() + " (or undefined)"));
            }
        } else if (d.icc().minimum() != null) {
            warnings.add(new StudyWarning("ICC", "", "icc.minimum " + d.icc().minimum() + " ignored: the design "
                    + "has no second reader"));
        }

        GroupComparisonStep.Result t2 = GroupComparisonStep.of(d.comparison()).run(cohort, candidates);
        Table1Step.Result t1 = Table1Step.of(d.table1()).run(cohort, clinical);
        RocStep.Result t3 = RocStep.of(d.roc()).run(cohort, t2.significant());
        SyntheticCohortStep.Result syn = SyntheticCohortStep.of(d.synthetic()).run(cohort, t2.features(), t3.rows());
        KaplanMeierStep.Result km = KaplanMeierStep.of(d.survival()).run(cohort, t3.rows());
        LogisticStep.Result t5 = LogisticStep.of(d.logistic()).run(cohort, t2.features(), clinical);
        IccStep.Result icc = iccFirst != null ? iccFirst : IccStep.of(d.icc()).run(cohort, t2.features());

        List<FeatureComparison> table2 = new ArrayList<>();
        for (FeatureComparison row : t2.rows()) {
            GroupComparison.Result s = syn.retests().get(row.feature());
            table2.add(s == null ? row : row.withSynthetic(TestUsed.of(s.test()), s.pValue()));
        }
        // warnings and exclusions in the order the analyses are reported
        warnings.addAll(t2.warnings());
        warnings.addAll(t1.warnings());
        warnings.addAll(t3.warnings());
        warnings.addAll(syn.warnings());
        warnings.addAll(km.warnings());
        warnings.addAll(t5.warnings());
        warnings.addAll(icc.warnings());
        exclusions.addAll(t2.exclusions());
        exclusions.addAll(t1.exclusions());
        exclusions.addAll(t3.exclusions());
        exclusions.addAll(syn.exclusions());
        exclusions.addAll(km.exclusions());
        exclusions.addAll(t5.exclusions());
        exclusions.addAll(icc.exclusions());

        CohortLayout c = d.cohort();
        String methods = StudyMethods.paragraph(d, softwareVersion, cohort.rowCount(), cohort.positives(),
                cohort.negatives(), t2.features().size(), t2.dropped().size(), unreliable, clinical,
                t5.multivariable());
        return new StudyResult(c.phase(), cohort.rowCount(), cohort.positives(), cohort.negatives(),
                c.positiveLabel(), c.negativeLabel(), c.grouping().describe(), t2.features(), t2.dropped(),
                unreliable, d.icc().minimum(), t2.features().size(), d.comparison().correction(),
                d.comparison().alpha(), t2.significant(), t1.rows(), table2, t3.rows(), syn.refitted(),
                syn.frozen(), km.analyses(), d.survival().timeUnit(), t5.univariate(), t5.multivariable(),
                icc.rows(), syn.summary(), exclusions, warnings, methods);
    }

    @Override
    public String toString() {
        return "StudyPipeline[" + design.grouping().describe() + ", version=" + softwareVersion + "]";
    }

    private static List<String> resolveFeatures(StudyCohort cohort) {
        CohortLayout d = cohort.layout();
        CohortTable t = cohort.table();
        List<String> f;
        if (!d.featureColumns().isEmpty()) {
            f = d.featureColumns();
            for (String c : f) {
                cohort.requireNumeric("featureColumns", c);
            }
        } else {
            f = t.columnNames().stream().filter(d::isFeatureName).toList();
            String field = d.featurePattern() == null ? "featurePrefix" : "featurePattern";
            if (f.isEmpty()) {
                throw new IllegalArgumentException("design." + field + ": no column " + (d.featurePattern() == null
                        ? "starts with '" + d.featurePrefix() + "'" : "matches '" + d.featurePattern() + "'")
                        + "; columns: " + t.columnNames());
            }
            for (String c : f) {
                cohort.requireNumeric(field, c);
            }
        }
        return f;
    }

    /** The design's clinical variables, or those inferred from the column types (see {@link Table1Settings}). */
    static List<ClinicalVariable> resolveClinical(StudyDesign d, StudyCohort cohort, List<String> features) {
        if (!d.table1().variables().isEmpty()) {
            return d.table1().variables();
        }
        CohortLayout l = d.cohort();
        CohortTable t = cohort.table();
        Set<String> used = new LinkedHashSet<>();
        used.add(l.idColumn());
        used.add(l.grouping().column());
        if (d.logistic().outcomeColumn() != null) {
            used.add(d.logistic().outcomeColumn());
        }
        for (SurvivalEndpoint e : d.survival().endpoints()) {
            used.add(e.timeColumn());
            used.add(e.eventColumn());
        }
        used.addAll(features);
        if (l.phaseColumn() != null) {
            used.add(l.phaseColumn());
        }
        if (l.readerColumn() != null) {
            used.add(l.readerColumn());
        }
        List<ClinicalVariable> out = new ArrayList<>();
        for (String c : t.columnNames()) {
            if (used.contains(c) || l.isFeatureName(c)
                    || (l.reader2Prefix() != null && c.startsWith(l.reader2Prefix()))) {
                continue;
            }
            boolean numeric = t.columnType(c) == ColumnType.NUMERIC;
            boolean binary = numeric && Arrays.stream(t.doubleColumnWithNaN(c)).filter(x -> !Double.isNaN(x))
                    .distinct().count() <= 2;
            out.add(numeric && !binary ? ClinicalVariable.continuous(c) : ClinicalVariable.categorical(c));
        }
        return out;
    }
}
