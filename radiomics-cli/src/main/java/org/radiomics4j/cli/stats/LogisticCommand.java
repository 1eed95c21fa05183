package org.radiomics4j.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radiomics4j.stats.regression.BackwardElimination;
import org.radiomics4j.stats.regression.BackwardEliminationResult;
import org.radiomics4j.stats.regression.EliminationStep;
import org.radiomics4j.stats.regression.LogisticCoefficient;
import org.radiomics4j.stats.regression.LogisticModel;
import org.radiomics4j.stats.regression.LogisticRegression;
import org.radiomics4j.stats.regression.PredictorScale;
import org.radiomics4j.stats.regression.ModelDiscrimination;

import org.radiomics4j.cli.Choices;
import org.radiomics4j.cli.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats logistic}: logistic regression, optionally with backward elimination. */
@Command(name = "logistic", sortOptions = false,
        description = {"logistic regression (ORs, Wald P, LR test, Nagelkerke R2, AUC), backward elimination", "",
            "Maximum-likelihood logistic regression (R glm(family = binomial)): coefficients b, SE, Wald z and"
                + " two-sided P, odds ratio exp(b) with 95%% Wald CI exp(b +- 1.959964 SE); deviance, null deviance,"
                + " AIC, likelihood-ratio test of the model, Cox-Snell and Nagelkerke R2, separation warnings, and"
                + " the model's discrimination (AUC of the fitted probabilities with DeLong CI, Youden-optimal"
                + " sensitivity and specificity)."},
        footer = {"", "example: radiomics stats logistic --csv cohort.csv --outcome response --predictors age,ki67 --backward"})
final class LogisticCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the cohort CSV")
    Path csv;

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN",
            description = "the binary outcome (0/1, or two values with --positive)")
    String outcome;

    @Option(names = "--positive", paramLabel = "V", description = "the outcome value coded 1 (default 1 for 0/1 outcomes)")
    String positive;

    @Option(names = "--predictors", required = true, paramLabel = "A,B,...", description = "numeric predictor columns")
    String predictorsOption;

    @Option(names = "--backward", description = "backward elimination: remove the predictor with the largest Wald P"
            + " above the threshold, refit, repeat; every step is printed")
    boolean backward;

    @Option(names = "--threshold", paramLabel = "P", description = "removal threshold for --backward (default 0.10)")
    Double thresholdOption;

    @Option(names = "--scale", paramLabel = "S", description = "odds ratios of continuous predictors per sd "
            + "(default: one standard deviation of the analysed values), iqr (one interquartile range, type 7) or "
            + "unit (one raw unit); a predictor with two distinct values (0/1) stays per unit")
    String scaleOption;

    @Mixin
    CsvInput input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> predictors = Choices.names("--predictors", predictorsOption);
        if (thresholdOption != null && !backward) {
            throw new UsageException("--threshold needs --backward");
        }
        double threshold = thresholdOption == null ? 0.10 : thresholdOption;
        List<String> used = new ArrayList<>(predictors);
        used.add(0, outcome);
        CohortInput in = CohortInput.read(csv, used, input);
        int[] y = in.binary(outcome, positive, "--positive");
        PredictorScale scale;
        try {
            scale = PredictorScale.parse(scaleOption == null ? "sd" : scaleOption);
        } catch (IllegalArgumentException e) {
            throw new UsageException("option --" + e.getMessage());
        }
        double[][] x = new double[predictors.size()][];
        Map<String, Object> units = new LinkedHashMap<>();
        for (int j = 0; j < x.length; j++) {
            double[] v = in.numeric(predictors.get(j));
            boolean binary = java.util.Arrays.stream(v).distinct().count() <= 2;
            PredictorScale sj = binary ? PredictorScale.UNIT : scale;
            double unit;
            try {
                unit = sj.unitOf(v);
            } catch (IllegalArgumentException e) {
                throw new UsageException("predictor '" + predictors.get(j) + "': " + e.getMessage());
            }
            x[j] = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                x[j][i] = v[i] / unit;
            }
            units.put(predictors.get(j), Map.of("scale", sj.key(), "unit", unit));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        LogisticModel model;
        BackwardEliminationResult be = null;
        if (backward) {
            be = BackwardElimination.withDefaults().withRemovalThreshold(threshold).run(y, predictors, x);
            model = be.finalModel();
            result.put("backward", be);
        } else {
            model = LogisticRegression.withDefaults().fit(y, predictors, x);
            result.put("model", model);
        }
        if (input.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("positive", positive == null ? "1" : positive);
            settings.put("backward", backward);
            if (backward) {
                settings.put("removalThreshold", threshold);
            }
            settings.put("scale", scale.key());
            settings.put("predictorUnits", units);
            settings.put("confidenceLevel", model.confidenceLevel());
            settings.put("pValues", "two-sided Wald P per coefficient; likelihoodRatioTest = null deviance - deviance");
            out.print(new StatsJson().envelope("logistic", in.describe(), settings, result));
            return 0;
        }
        out.print(in.summaryLine());
        if (be != null) {
            out.println();
            out.println("backward elimination (remove the largest Wald P > " + TextTable.num(threshold) + "):");
            int k = 1;
            for (EliminationStep s : be.steps()) {
                List<String> ps = new ArrayList<>();
                s.pValues().forEach((n, p) -> ps.add(n + " P=" + TextTable.p(p)));
                out.println("  step " + k++ + ": model " + s.modelTerms() + " -> " + String.join(", ", ps)
                        + "; removed " + s.removed() + " (P " + TextTable.p(s.removedPValue()) + ")");
                s.warnings().forEach(w -> out.println("    warning: " + w));
            }
            out.println("  final model: " + be.finalTerms());
            be.warnings().forEach(w -> out.println("  warning: " + w));
        }
        out.println();
        List<String> unitText = new ArrayList<>();
        units.forEach((name, u) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) u;
            unitText.add(name + " " + ("unit".equals(m.get("scale")) ? "per unit"
                    : "per " + m.get("scale").toString().toUpperCase(java.util.Locale.ROOT) + " (1 "
                            + m.get("scale").toString().toUpperCase(java.util.Locale.ROOT) + " = "
                            + TextTable.num((Double) m.get("unit")) + ")"));
        });
        out.println("coefficients and odds ratios: " + String.join("; ", unitText));
        print(model, out);
        return 0;
    }

    private static void print(LogisticModel m, PrintWriter out) {
        int pct = (int) Math.round(m.confidenceLevel() * 100);
        TextTable t = new TextTable("term", "b", "SE", "z", "P", "odds ratio", pct + "% CI");
        for (LogisticCoefficient c : m.coefficients()) {
            t.row(c.term(), c.estimate(), c.standardError(), c.z(), TextTable.p(c.pValue()), c.oddsRatio(),
                    TextTable.ci(c.oddsRatioInterval().lower(), c.oddsRatioInterval().upper()));
        }
        out.println("n = " + m.observations() + ", events = " + m.events() + (m.converged() ? ""
                : ", NOT converged"));
        if (!m.coefficients().isEmpty()) {
            out.print(t);
        }
        out.println("deviance " + TextTable.num(m.deviance()) + " (null " + TextTable.num(m.nullDeviance())
                + "), AIC " + TextTable.num(m.aic()));
        if (m.likelihoodRatioTest() != null) {
            out.println("likelihood-ratio test: chi-square " + TextTable.num(m.likelihoodRatioTest().statistic())
                    + ", df " + m.likelihoodRatioTest().degreesOfFreedom() + ", P "
                    + TextTable.p(m.likelihoodRatioTest().pValue()));
        }
        out.println("Nagelkerke R2 " + TextTable.num(m.nagelkerkeR2()) + ", Cox-Snell R2 "
                + TextTable.num(m.coxSnellR2()));
        ModelDiscrimination d = m.discrimination();
        if (d != null) {
            out.println("AUC " + TextTable.num(d.auc()) + " (" + pct + "% CI " + TextTable.ci(d.aucInterval().lower(),
                    d.aucInterval().upper()) + "); at predicted probability " + d.criterionOperator().symbol() + " "
                    + TextTable.num(d.probabilityCriterion()) + ": sensitivity " + TextTable.num(d.sensitivity())
                    + ", specificity " + TextTable.num(d.specificity()));
        }
        out.println("separation: " + m.separation());
        m.warnings().forEach(w -> out.println("warning: " + w));
    }
}
