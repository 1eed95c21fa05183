package org.radiomics4j.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radiomics4j.stats.roc.AucTest;
import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.roc.RocPoint;

import org.radiomics4j.cli.Choices;
import org.radiomics4j.cli.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats roc}: ROC analysis of a score against a binary label. */
@Command(name = "roc", sortOptions = false,
        description = {"ROC curve: AUC with DeLong CI, P (AUC = 0.5), Youden criterion", "",
            "Empirical ROC curve (MedCalc / pROC conventions). AUC with DeLong SE and 95%% CI (truncated to [0, 1]);"
                + " Hanley-McNeil SE too; P of the z test AUC = 0.5 (DeLong SE, two-sided; undefined, printed as"
                + " '-' and null in JSON with a warning, when the SE is 0, e.g. every score tied); the"
                + " Youden-optimal criterion in MedCalc notation ('> c' = positive iff score > c; '<= c' = positive"
                + " iff score <= c, c an observed score) with sensitivity and specificity and their Clopper-Pearson"
                + " 95%% CIs."},
        footer = {"", "example: radiomics stats roc --csv cohort.csv --score original_glcm_Correlation --label response"})
final class RocCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the cohort CSV")
    Path csv;

    @Option(names = "--score", required = true, paramLabel = "COLUMN", description = "the numeric score (e.g. a feature)")
    String score;

    @Option(names = "--label", required = true, paramLabel = "COLUMN", description = "the true class (two values)")
    String label;

    @Option(names = "--positive", paramLabel = "V",
            description = "the label value of the positive class (default 1 for 0/1 labels)")
    String positive;

    @Option(names = "--direction", paramLabel = "D", completionCandidates = Directions.class,
            description = "auto (default: the direction with AUC >= 0.5, as MedCalc), higher (higher score ="
                    + " positive), lower (lower score = positive), pROC-auto (pROC's rule: compares the class medians)")
    String directionOption;

    @Option(names = "--thresholds", description = "also print every threshold (the table is always in the JSON)")
    boolean thresholds;

    @Mixin
    CsvInput input;

    /** Completion candidates of --direction. */
    static final class Directions extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Directions() {
            super(List.of("auto", "higher", "lower", "pROC-auto"));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String dir = Choices.check("--direction", directionOption, "auto", "auto", "higher", "lower", "pROC-auto");
        Direction direction = switch (dir) {
            case "higher" -> Direction.HIGHER_IS_POSITIVE;
            case "lower" -> Direction.LOWER_IS_POSITIVE;
            case "pROC-auto" -> Direction.AUTO_BY_MEDIANS;
            default -> Direction.AUTO;
        };
        CohortInput in = CohortInput.read(csv, List.of(score, label), input);
        double[] s = in.numeric(score);
        int[] y = in.binary(label, positive, "--positive");
        RocCurve roc = RocAnalysis.withDefaults().with(direction).analyze(s, y);
        String undefined = undefinedTestReason(roc);
        if (input.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("direction", dir);
            settings.put("positive", positive == null ? "1" : positive);
            settings.put("confidenceLevel", roc.confidenceLevel());
            settings.put("aucTest", "z = (AUC - 0.5) / SE_DeLong, two-sided P");
            settings.put("criterionConvention", "MedCalc: '>' positive iff score > criterion, '<=' positive iff"
                    + " score <= criterion; threshold = pROC midpoint");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("youdenCriterion", criterion(roc.youden()));
            result.put("youden", roc.youden());
            if (undefined == null) {
                result.put("roc", roc);
                result.put("warnings", List.of());
            } else {
                // z and P of the test AUC = 0.5 are 0/0: null, never 0 and 1
                com.fasterxml.jackson.databind.node.ObjectNode tree = new StatsJson().tree(roc);
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("testVersusHalf")).putNull("statistic")
                        .putNull("pValue");
                result.put("roc", tree);
                result.put("warnings", List.of(undefined));
            }
            out.print(new StatsJson().envelope("roc", in.describe(), settings, result));
            return 0;
        }
        out.print(in.summaryLine());
        out.println();
        RocPoint yd = roc.youden();
        int pct = (int) Math.round(roc.confidenceLevel() * 100);
        TextTable t = new TextTable("quantity", "value", pct + "% CI");
        t.row("positive / negative", roc.positives() + " / " + roc.negatives(), "");
        t.row("direction", roc.direction() == Direction.HIGHER_IS_POSITIVE ? "higher score = positive"
                : "lower score = positive", "");
        t.row("AUC", roc.auc(), TextTable.ci(roc.confidenceIntervalDeLong().lower(),
                roc.confidenceIntervalDeLong().upper()) + " (DeLong)");
        t.row("SE (DeLong)", roc.standardErrorDeLong(), "");
        t.row("SE (Hanley-McNeil)", roc.standardErrorHanleyMcNeil(), TextTable.ci(
                roc.confidenceIntervalHanleyMcNeil().lower(), roc.confidenceIntervalHanleyMcNeil().upper()));
        t.row("z (AUC = 0.5)", undefined == null ? TextTable.num(roc.testVersusHalf().statistic()) : "-", "");
        t.row("P (AUC = 0.5)", undefined == null ? TextTable.p(roc.testVersusHalf().pValue()) : "-", "");
        t.row("Youden index J", yd.youdenIndex(), "");
        t.row("criterion", criterion(yd), "");
        t.row("sensitivity", yd.sensitivity(), TextTable.ci(yd.sensitivityInterval().lower(),
                yd.sensitivityInterval().upper()));
        t.row("specificity", yd.specificity(), TextTable.ci(yd.specificityInterval().lower(),
                yd.specificityInterval().upper()));
        out.print(t);
        if (undefined != null) {
            out.println("warning: " + undefined);
        }
        if (roc.youdenOptima().size() > 1) {
            out.println("tied Youden optima: " + roc.youdenOptima().stream().map(RocCommand::criterion).toList());
        }
        if (thresholds) {
            out.println();
            TextTable all = new TextTable("criterion", "sensitivity", "95% CI", "specificity", "95% CI", "TP", "FP",
                    "TN", "FN", "J");
            for (RocPoint p : roc.thresholds()) {
                all.row(criterion(p), p.sensitivity(), TextTable.ci(p.sensitivityInterval().lower(),
                        p.sensitivityInterval().upper()), p.specificity(), TextTable.ci(p.specificityInterval().lower(),
                                p.specificityInterval().upper()), p.truePositives(), p.falsePositives(),
                        p.trueNegatives(), p.falseNegatives(), p.youdenIndex());
            }
            out.print(all);
        }
        return 0;
    }

    /**
     * Why the z test of AUC = 0.5 is undefined, or null if it is defined. z = (AUC - 0.5) / SE_DeLong is 0/0 when
     * the standard error is 0 and the AUC is 0.5 (every score tied), which R's pROC leaves undefined; with SE 0 and
     * AUC other than 0.5 (perfect separation) z is infinite and P = 0, as the reference derives. Works whether the
     * statistics module reports the 0/0 case as NaN or as z = 0, P = 1.
     */
    static String undefinedTestReason(RocCurve roc) {
        AucTest t = roc.testVersusHalf();
        boolean zeroOverZero = !(t.standardError() > 0) && roc.auc() == 0.5;
        if (!zeroOverZero && !Double.isNaN(t.statistic()) && !Double.isNaN(t.pValue())) {
            return null;
        }
        return "the test of AUC = 0.5 is undefined: AUC = 0.5 with a DeLong standard error of 0"
                + (allScoresTied(roc) ? " (every score is tied)" : "") + ", so z = (AUC - 0.5) / SE = 0/0;"
                + " z and P are not reported";
    }

    private static boolean allScoresTied(RocCurve roc) {
        // pROC's thresholds are midpoints between adjacent distinct scores and +-infinity: none finite iff one value
        return roc.thresholds().stream().noneMatch(p -> Double.isFinite(p.threshold()));
    }

    /** MedCalc notation with the observed score as read, e.g. {@code "> 0.51"}. */
    static String criterion(RocPoint p) {
        return p.criterionOperator().symbol() + " " + p.criterion();
    }
}
