package org.radiomics4j.cli.stats;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.roc.RocPoint;

/** {@code stats roc}: ROC analysis of a score against a binary label. */
final class RocCommand implements Subcommand {

    @Override
    public String name() {
        return "roc";
    }

    @Override
    public String summary() {
        return "ROC curve: AUC with DeLong CI, P (AUC = 0.5), Youden criterion";
    }

    @Override
    public String usage() {
        return """
                usage: radiomics stats roc --csv FILE --score COLUMN --label COLUMN [--direction D] [--positive V]
                                           [--thresholds]

                Empirical ROC curve (MedCalc / pROC conventions). AUC with DeLong SE and 95% CI (truncated to
                [0, 1]); Hanley-McNeil SE too; P of the z test AUC = 0.5 (DeLong SE, two-sided); the Youden-optimal
                criterion in MedCalc notation ('> c' = positive iff score > c; '<= c' = positive iff score <= c,
                c an observed score) with sensitivity and specificity and their Clopper-Pearson 95% CIs.

                options:
                  --csv FILE          the cohort CSV
                  --score COLUMN      the numeric score (e.g. a feature)
                  --label COLUMN      the true class (two values)
                  --positive V        the label value of the positive class (default 1 for 0/1 labels)
                  --direction D       auto (default: the direction with AUC >= 0.5, as MedCalc), higher (higher
                                      score = positive), lower (lower score = positive), pROC-auto (pROC's rule:
                                      compares the class medians)
                  --thresholds        also print every threshold (the table is always in the JSON)
                  --format F          table (default) or json

                example: radiomics stats roc --csv cohort.csv --score original_glcm_Correlation --label response
                """;
    }

    @Override
    public Set<String> valued() {
        return Set.of("--csv", "--score", "--label", "--direction", "--positive");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--thresholds");
    }

    @Override
    public int run(Options o, PrintStream out, PrintStream err) throws Exception {
        String score = o.require("--score");
        String label = o.require("--label");
        String dir = o.choice("--direction", "auto", "auto", "higher", "lower", "pROC-auto");
        Direction direction = switch (dir) {
            case "higher" -> Direction.HIGHER_IS_POSITIVE;
            case "lower" -> Direction.LOWER_IS_POSITIVE;
            case "pROC-auto" -> Direction.AUTO_BY_MEDIANS;
            default -> Direction.AUTO;
        };
        CohortInput in = CohortInput.read(Path.of(o.require("--csv")), List.of(score, label));
        double[] s = in.numeric(score);
        int[] y = in.binary(label, o.get("--positive", null), "--positive");
        RocCurve roc = RocAnalysis.withDefaults().with(direction).analyze(s, y);
        if (o.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("direction", dir);
            settings.put("positive", o.get("--positive", "1"));
            settings.put("confidenceLevel", roc.confidenceLevel());
            settings.put("aucTest", "z = (AUC - 0.5) / SE_DeLong, two-sided P");
            settings.put("criterionConvention", "MedCalc: '>' positive iff score > criterion, '<=' positive iff"
                    + " score <= criterion; threshold = pROC midpoint");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("youdenCriterion", criterion(roc.youden()));
            result.put("youden", roc.youden());
            result.put("roc", roc);
            out.print(new StatsJson().envelope(name(), in.describe(), settings, result));
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
        t.row("z (AUC = 0.5)", roc.testVersusHalf().statistic(), "");
        t.row("P (AUC = 0.5)", TextTable.p(roc.testVersusHalf().pValue()), "");
        t.row("Youden index J", yd.youdenIndex(), "");
        t.row("criterion", criterion(yd), "");
        t.row("sensitivity", yd.sensitivity(), TextTable.ci(yd.sensitivityInterval().lower(),
                yd.sensitivityInterval().upper()));
        t.row("specificity", yd.specificity(), TextTable.ci(yd.specificityInterval().lower(),
                yd.specificityInterval().upper()));
        out.print(t);
        if (roc.youdenOptima().size() > 1) {
            out.println("tied Youden optima: " + roc.youdenOptima().stream().map(RocCommand::criterion).toList());
        }
        if (o.has("--thresholds")) {
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

    /** MedCalc notation with the observed score as read, e.g. {@code "> 0.51"}. */
    static String criterion(RocPoint p) {
        return p.criterionOperator().symbol() + " " + p.criterion();
    }
}
