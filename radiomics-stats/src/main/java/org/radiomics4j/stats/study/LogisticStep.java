package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.regression.BackwardElimination;
import org.radiomics4j.stats.regression.BackwardEliminationResult;
import org.radiomics4j.stats.regression.LogisticCoefficient;
import org.radiomics4j.stats.regression.LogisticModel;
import org.radiomics4j.stats.regression.LogisticRegression;
import org.radiomics4j.stats.regression.ModelDiscrimination;
import org.radiomics4j.stats.regression.OptimismBootstrap;
import org.radiomics4j.stats.regression.PredictorScale;
import org.radiomics4j.stats.regression.Separation;

/**
 * Table 5: univariate logistic regression of the outcome on each variable ({@link LogisticTerm}), then the backward
 * multivariable model ({@link MultivariableLogistic}) with its apparent and bootstrap optimism-corrected AUC.
 * Continuous predictors are scaled as the settings say (per SD by default). Immutable and thread-safe.
 */
public final class LogisticStep {
    private static final String NAME = "Table 5";
    private final LogisticSettings settings;

    private LogisticStep(LogisticSettings settings) {
        this.settings = settings;
    }

    /** A step with these settings. */
    public static LogisticStep of(LogisticSettings settings) {
        return new LogisticStep(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Table 5.
     *
     * @param univariate   one row per term
     * @param multivariable the backward model
     * @param warnings     warnings
     * @param exclusions   missing-value exclusions
     */
    public record Result(List<LogisticTerm> univariate, MultivariableLogistic multivariable,
            List<StudyWarning> warnings, List<Exclusion> exclusions) {
        public Result {
            univariate = List.copyOf(univariate);
            warnings = List.copyOf(warnings);
            exclusions = List.copyOf(exclusions);
        }
    }

    /** One study variable coded as logistic terms (columns already divided by their scale unit). */
    private record Coded(String variable, List<String> terms, List<double[]> columns, boolean[] present,
            PredictorScale scale, double unit) {
    }

    /**
     * Fits the models.
     *
     * @param features the Table 2 features (the default variables, with the clinical ones)
     * @param clinical the resolved clinical variables (for coding)
     */
    public Result run(StudyCohort cohort, List<String> features, List<ClinicalVariable> clinical) {
        Notes notes = new Notes(cohort);
        if (settings.outcomeColumn() == null) {
            return new Result(List.of(), notFitted("no logistic outcome in the design"), List.of(), List.of());
        }
        int[] y = cohort.binary("logisticOutcomeColumn", settings.outcomeColumn());
        List<String> variables = new ArrayList<>();
        if (settings.variables().isEmpty()) {
            variables.addAll(features);
            clinical.forEach(c -> variables.add(c.name()));
        } else {
            variables.addAll(settings.variables());
        }
        LogisticRegression lr = LogisticRegression.withDefaults().withConfidenceLevel(settings.confidenceLevel());
        List<LogisticTerm> table5 = new ArrayList<>();
        Map<String, double[]> termColumns = new LinkedHashMap<>();
        Map<String, String> termVariable = new LinkedHashMap<>();
        Map<String, Double> termP = new LinkedHashMap<>();
        Map<String, PredictorScale> termScale = new LinkedHashMap<>();
        Map<String, Double> termUnit = new LinkedHashMap<>();
        for (String name : variables) {
            cohort.requireColumn("regressionVariables", name);
            List<Integer> rows = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            boolean[] present = new boolean[y.length];
            for (int i = 0; i < y.length; i++) {
                present[i] = !cohort.table().isMissing(i, name);
                if (cohort.group(i) < 0) {
                    continue;
                }
                (y[i] >= 0 && present[i] ? rows : missing).add(i);
            }
            notes.exclude(NAME, name, missing);
            Coded c = code(cohort, name, clinical, present, rows);
            int[] yy = rows.stream().mapToInt(i -> y[i]).toArray();
            double[][] cols = new double[c.terms().size()][];
            boolean constant = false;
            for (int k = 0; k < cols.length; k++) {
                double[] full = c.columns().get(k);
                cols[k] = rows.stream().mapToDouble(i -> full[i]).toArray();
                constant |= Arrays.stream(cols[k]).distinct().count() < 2;
            }
            int events = Arrays.stream(yy).sum();
            if (constant || cols.length == 0 || events == 0 || events == yy.length) {
                notes.warn(NAME, name, "not modelled: " + (events == 0 || events == yy.length
                        ? "the outcome has one value" : "the variable (or an indicator) is constant"));
                continue;
            }
            LogisticModel m;
            try {
                m = lr.fit(yy, c.terms(), cols);
            } catch (IllegalArgumentException e) {
                // collinear indicators or no convergence: this variable has no row; the message is kept
                notes.warn(NAME, name, "not modelled: " + e.getMessage());
                continue;
            }
            if (m.separation() != Separation.NONE) {
                notes.warn(NAME, name, "separation (" + m.separation() + "): no finite odds ratio; "
                        + String.join("; ", m.warnings()));
            }
            for (int k = 0; k < c.terms().size(); k++) {
                String term = c.terms().get(k);
                LogisticTerm row = term(name, term, m, c.scale(), c.unit());
                if (row.flag() != null && m.separation() == Separation.NONE) {
                    notes.warn(NAME, term, row.flag());
                }
                table5.add(row);
                if (row.pValue() != null) {
                    termColumns.put(term, c.columns().get(k));
                    termVariable.put(term, name);
                    termP.put(term, row.pValue());
                    termScale.put(term, c.scale());
                    termUnit.put(term, c.unit());
                }
            }
        }
        MultivariableLogistic multi = multivariable(cohort, y, lr, termColumns, termVariable, termP, termScale,
                termUnit, notes);
        return new Result(table5, multi, notes.warnings(), notes.exclusions());
    }

    private Coded code(StudyCohort cohort, String name, List<ClinicalVariable> clinical, boolean[] present,
            List<Integer> rows) {
        ClinicalVariable cv = clinical.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        int n = cohort.rowCount();
        if (cv == null || cv.kind() == VariableKind.CONTINUOUS) {
            cohort.requireNumeric("regressionVariables", name);
            double[] v = cohort.table().doubleColumnWithNaN(name);
            double unit = 1;
            PredictorScale scale = settings.scale();
            if (scale != PredictorScale.UNIT) {
                double[] analysed = rows.stream().mapToDouble(i -> v[i]).toArray();
                try {
                    unit = scale.unitOf(analysed);
                } catch (IllegalArgumentException e) {
                    // constant (caught as "not modelled" by the caller) or an IQR of 0: per unit instead
                    scale = PredictorScale.UNIT;
                }
            }
            double[] scaled = new double[n];
            for (int i = 0; i < n; i++) {
                scaled[i] = v[i] / unit;
            }
            return new Coded(name, List.of(name), List.of(scaled), present, scale, unit);
        }
        String[] v = cohort.table().stringColumnWithNulls(name);
        List<String> levels = Table1Step.levels(cohort, cv, v);
        if (cv.kind() == VariableKind.ORDINAL) {
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                score[i] = v[i] == null ? Double.NaN : levels.indexOf(v[i]) + 1;
            }
            return new Coded(name, List.of(name), List.of(score), present, PredictorScale.UNIT, 1);
        }
        List<String> terms = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        for (int j = 1; j < levels.size(); j++) {
            double[] ind = new double[n];
            for (int i = 0; i < n; i++) {
                ind[i] = v[i] == null ? Double.NaN : v[i].equals(levels.get(j)) ? 1 : 0;
            }
            terms.add(name + "_" + levels.get(j));
            cols.add(ind);
        }
        return new Coded(name, terms, cols, present, PredictorScale.UNIT, 1);
    }

    private MultivariableLogistic multivariable(StudyCohort cohort, int[] y, LogisticRegression lr,
            Map<String, double[]> termColumns, Map<String, String> termVariable, Map<String, Double> termP,
            Map<String, PredictorScale> termScale, Map<String, Double> termUnit, Notes notes) {
        double entry = settings.entryThreshold();
        List<String> candidates = new ArrayList<>();
        termP.forEach((term, pv) -> {
            if (pv < entry) {
                candidates.add(term);
            }
        });
        String selection;
        if (candidates.size() < settings.minCandidates()) {
            List<String> bySmallest = new ArrayList<>(termP.keySet());
            bySmallest.sort(Comparator.comparingDouble(termP::get));
            Set<String> chosen = new LinkedHashSet<>(bySmallest.subList(0, Math.min(settings.minCandidates(),
                    bySmallest.size())));
            candidates.clear();
            termP.keySet().stream().filter(chosen::contains).forEach(candidates::add);
            selection = "fewer than " + settings.minCandidates() + " terms had univariate P < " + entry + ": the "
                    + candidates.size() + " smallest-P terms were forced in";
        } else if (candidates.size() == 1) {
            selection = "one term had univariate P < " + entry + ": the multivariable model is that term alone ("
                    + candidates.get(0) + ")";
        } else {
            selection = candidates.size() + " terms had univariate P < " + entry;
        }
        if (candidates.isEmpty()) {
            notes.warn(NAME, "", "no term for the multivariable model");
            return notFitted(termP.isEmpty() ? "no univariate term with a finite estimate"
                    : "no univariate term with P < " + entry);
        }
        List<Integer> rows = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (cohort.group(i) < 0) {
                continue;
            }
            boolean ok = y[i] >= 0;
            for (String c : candidates) {
                ok &= !Double.isNaN(termColumns.get(c)[i]) && !cohort.table().isMissing(i, termVariable.get(c));
            }
            (ok ? rows : missing).add(i);
        }
        notes.exclude(NAME + " multivariable", String.join(" + ", candidates), missing);
        int[] yy = rows.stream().mapToInt(i -> y[i]).toArray();
        double[][] cols = candidates.stream().map(c -> rows.stream().mapToDouble(i -> termColumns.get(c)[i])
                .toArray()).toArray(double[][]::new);
        BackwardElimination be = BackwardElimination.withDefaults()
                .withRemovalThreshold(settings.removalThreshold()).with(lr);
        BackwardEliminationResult b;
        try {
            b = be.run(yy, candidates, cols);
        } catch (IllegalArgumentException e) {
            // collinear candidates or no convergence: reported, the rest of the study stands
            notes.warn(NAME + " multivariable", "", "not fitted: " + e.getMessage());
            return notFitted("fit failed: " + e.getMessage());
        }
        LogisticModel m = b.finalModel();
        List<LogisticTerm> coefs = new ArrayList<>();
        coefs.add(term(LogisticRegression.INTERCEPT, LogisticRegression.INTERCEPT, m, PredictorScale.UNIT, 1));
        for (String term : b.finalTerms()) {
            coefs.add(term(termVariable.get(term), term, m, termScale.get(term), termUnit.get(term)));
        }
        List<String> w = new ArrayList<>(b.warnings());
        w.addAll(m.warnings());
        w.forEach(s -> notes.warn(NAME + " multivariable", "", s));
        ModelDiscrimination disc = m.separation() == Separation.NONE ? m.discrimination() : null;
        OptimismBootstrap.Result optimism = null;
        if (disc != null && settings.optimismResamples() > 0) {
            try {
                optimism = OptimismBootstrap.withDefaults().withResamples(settings.optimismResamples())
                        .withSeed(settings.optimismSeed())
                        .run(yy, candidates, cols, (yb, xb) -> be.run(yb, candidates, xb).finalModel());
            } catch (IllegalArgumentException e) {
                notes.warn(NAME + " multivariable", "", "no optimism-corrected AUC: " + e.getMessage());
            }
        }
        return new MultivariableLogistic(true, "", candidates, entry, settings.removalThreshold(), b.steps(),
                b.finalTerms(), coefs, m.observations(), m.events(), disc == null ? null : disc.auc(),
                disc == null ? null : disc.aucInterval(), disc == null ? null : disc.criterionOperator(),
                disc == null ? null : disc.probabilityCriterion(), disc == null ? null : disc.sensitivity(),
                disc == null ? null : disc.specificity(), w, selection, optimism);
    }

    /** A row; separation or a non-finite interval (a degenerate fit) gives no estimate and a flag. */
    private static LogisticTerm term(String variable, String term, LogisticModel m, PredictorScale scale,
            double unit) {
        if (m.separation() != Separation.NONE || m.coefficients().isEmpty()) {
            return new LogisticTerm(variable, term, m.observations(), m.events(), null, null, null, null, null,
                    m.separation(), scale, unit, "separation (" + m.separation() + "): no finite estimate");
        }
        LogisticCoefficient c = m.coefficient(term);
        ConfidenceInterval ci = c.oddsRatioInterval();
        boolean degenerate = !Double.isFinite(c.estimate()) || !Double.isFinite(c.standardError())
                || !Double.isFinite(c.oddsRatio()) || ci == null || !(ci.lower() > 0) || !Double.isFinite(
                        ci.upper());
        if (degenerate) {
            return new LogisticTerm(variable, term, m.observations(), m.events(), null, null, null, null, null,
                    m.separation(), scale, unit, "degenerate fit: the odds ratio or its interval is not finite "
                            + "(b = " + c.estimate() + ", SE = " + c.standardError() + ")");
        }
        return new LogisticTerm(variable, term, m.observations(), m.events(), c.estimate(), c.standardError(),
                c.oddsRatio(), ci, c.pValue(), m.separation(), scale, unit, null);
    }

    private MultivariableLogistic notFitted(String note) {
        return new MultivariableLogistic(false, note, List.of(), settings.entryThreshold(),
                settings.removalThreshold(), List.of(), List.of(), List.of(), 0, 0, null, null, null, null, null,
                null, List.of(), "", null);
    }

    @Override
    public String toString() {
        return "LogisticStep[" + settings + "]";
    }
}
