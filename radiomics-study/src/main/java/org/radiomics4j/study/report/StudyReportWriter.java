package org.radiomics4j.study.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.study.FeatureComparison;
import org.radiomics4j.stats.study.MultivariableLogistic;
import org.radiomics4j.stats.study.RenderedTable;
import org.radiomics4j.stats.study.RocSummary;
import org.radiomics4j.stats.study.StudyReportTables;
import org.radiomics4j.stats.study.StudyResult;
import org.radiomics4j.stats.study.SurvivalAnalysis;

/**
 * Writes a {@link StudyReport} as files:
 * <ul>
 * <li>one CSV per table as {@link StudyReportTables#forCsv()} renders it (full precision): {@code table1.csv},
 * {@code table2.csv} (every feature), {@code table3.csv}, {@code table4.csv}, {@code survival.csv},
 * {@code table5_univariate.csv}, {@code table5_multivariable.csv}, {@code icc.csv}, {@code warnings.csv} (warnings
 * and missing-value exclusions); with several phases each name is prefixed by the phase, e.g.
 * {@code portal_table1.csv}; plus {@code extraction_errors.csv} when a case failed;</li>
 * <li>figures as {@code figures/*.png} (900 × 600) and {@code figures/*.svg}: a ROC curve per Table 3 feature
 * ({@code roc_<feature>}), a Kaplan–Meier plot per survival analysis ({@code km_<feature>_<endpoint>}) and a
 * forest plot of the multivariable model ({@code forest_multivariable});</li>
 * <li>{@code report.md}: Markdown with the tables and links to the PNGs;</li>
 * <li>{@code report.html}: one self-contained page (inline CSS, figures inline as base64 PNG at 2× resolution, no
 * script, no external reference) with every table, figure, warning, the extraction errors and the methods.</li>
 * </ul>
 * All text is HTML-escaped. Output is deterministic: the same report gives the same bytes (the date is the one in
 * {@link RunMetadata}). Existing files of the same names are overwritten; other files are left alone.
 */
public final class StudyReportWriter {

    private StudyReportWriter() {
    }

    /**
     * Writes the report into {@code outputDir} (created if needed).
     *
     * @return the path of {@code report.html}
     * @throws IOException if a file cannot be written
     */
    public static Path write(StudyReport report, Path outputDir) throws IOException {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(outputDir, "outputDir must not be null");
        Path figures = outputDir.resolve("figures");
        Files.createDirectories(figures);
        boolean multi = report.phases().size() > 1;
        StringBuilder html = new StringBuilder();
        StringBuilder md = new StringBuilder();
        header(report, html, md);
        ReportTables disp = new ReportTables();
        for (PhaseReport phase : report.phases()) {
            String prefix = multi ? slug(phase.phase()) + "_" : "";
            StudyResult r = phase.result();
            if (multi || !phase.phase().isEmpty()) {
                String h = "Phase: " + (phase.phase().isEmpty() ? "(not stated)" : phase.phase());
                html.append("<h2 id=\"").append(Html.escape(prefix)).append("phase\">").append(Html.escape(h))
                        .append("</h2>\n");
                md.append("## ").append(ReportTable.md(h)).append("\n\n");
            }
            writeCsvs(outputDir, prefix, r);
            phaseBody(phase, prefix, figures, html, md, disp);
        }
        if (!report.extractionErrors().isEmpty()) {
            Files.writeString(outputDir.resolve("extraction_errors.csv"),
                    disp.extractionErrors(report.extractionErrors()).toCsv(), StandardCharsets.UTF_8);
        }
        topSection(html, md, "errors", "Extraction errors");
        if (report.extractionErrors().isEmpty()) {
            para(html, md, "Every case was extracted without error.");
        } else {
            table(html, md, disp.extractionErrors(report.extractionErrors()), "extraction-errors");
        }
        topSection(html, md, "methods", "Methods");
        for (String p : report.methods().split("\\n\\s*\\n")) {
            para(html, md, p.strip());
        }
        html.append("</main>\n</body>\n</html>\n");
        int toc = html.indexOf(TOC_MARKER);
        html.replace(toc, toc + TOC_MARKER.length(), toc(html));
        Files.writeString(outputDir.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
        Path out = outputDir.resolve("report.html");
        Files.writeString(out, html.toString(), StandardCharsets.UTF_8);
        return out;
    }

    // ------------------------------------------------------------------ parts

    private static void header(StudyReport report, StringBuilder html, StringBuilder md) {
        RunMetadata m = report.metadata();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(report.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(Html.escape(report.title()))
                .append("</h1>\n<dl class=\"meta\">\n");
        meta(html, "Date", m.date().toString());
        meta(html, "radiomics4j", m.radiomicsVersion());
        meta(html, "Java", m.javaVersion());
        html.append("</dl>\n");
        if (!m.configSummary().isBlank()) {
            html.append("<details class=\"config\"><summary>Configuration</summary><pre>")
                    .append(Html.escape(m.configSummary().strip())).append("</pre></details>\n");
        }
        html.append(TOC_MARKER);
        md.append("# ").append(ReportTable.md(report.title())).append("\n\n")
                .append("- Date: ").append(m.date()).append("\n- radiomics4j: ")
                .append(ReportTable.md(m.radiomicsVersion())).append("\n- Java: ")
                .append(ReportTable.md(m.javaVersion()))
                .append("\n\n");
        if (!m.configSummary().isBlank()) {
            md.append("Configuration:\n\n```\n").append(m.configSummary().strip().replace("```", "'''"))
                    .append("\n```\n\n");
        }
    }

    private static final String TOC_MARKER = "<!--contents-->\n";
    private static final Pattern HEADING = Pattern.compile("<h([23]) id=\"([^\"]*)\">([^<]*)</h[23]>");

    /**
     * A contents list linking every section heading (ids and titles are already escaped); the sections of a phase
     * are nested under its heading so that a phase is not split across columns.
     */
    private static String toc(CharSequence html) {
        StringBuilder b = new StringBuilder("<nav class=\"toc\"><b>Contents</b><ul>\n");
        Matcher m = HEADING.matcher(html);
        boolean inPhase = false;
        while (m.find()) {
            String link = "<a href=\"#" + m.group(2) + "\">" + m.group(3) + "</a>";
            if (m.group(1).equals("2")) {
                b.append(inPhase ? "</ul></li>\n" : "").append("<li class=\"h2\">").append(link).append("<ul>\n");
                inPhase = true;
            } else {
                b.append("<li class=\"h3\">").append(link).append("</li>\n");
            }
        }
        return b.append(inPhase ? "</ul></li>\n" : "").append("</ul></nav>\n").toString();
    }

    private static void meta(StringBuilder html, String k, String v) {
        html.append("<dt>").append(Html.escape(k)).append("</dt><dd>").append(Html.escape(v)).append("</dd>\n");
    }

    private static void writeCsvs(Path dir, String prefix, StudyResult r) throws IOException {
        StudyReportTables csv = StudyReportTables.forCsv();
        Map<String, RenderedTable> t = new LinkedHashMap<>();
        t.put("table1", csv.table1(r));
        t.put("table2", csv.table2(r));
        t.put("table3", csv.table3(r));
        t.put("table4", csv.table4(r));
        t.put("table4_frozen", csv.table4Frozen(r));
        t.put("survival", csv.survival(r));
        t.put("table5_univariate", csv.table5Univariate(r));
        t.put("table5_multivariable", csv.table5Multivariable(r));
        t.put("icc", csv.icc(r));
        t.put("warnings", csv.warnings(r));
        for (Map.Entry<String, RenderedTable> e : t.entrySet()) {
            Files.writeString(dir.resolve(prefix + e.getKey() + ".csv"), e.getValue().toCsv(),
                    StandardCharsets.UTF_8);
        }
    }

    private static void phaseBody(PhaseReport phase, String prefix, Path figures, StringBuilder html,
            StringBuilder md, ReportTables disp) throws IOException {
        StudyResult r = phase.result();
        boolean none = r.significantFeatures().isEmpty();
        section(html, md, prefix + "summary", "Study cohort");
        para(html, md, String.format(Locale.ROOT, "%d subjects: %d %s and %d %s (grouping: %s). %d features "
                + "compared (%s, alpha %s); %s.", r.subjects(), r.positiveCount(), r.positiveLabel(),
                r.negativeCount(), r.negativeLabel(), r.groupingRule(), r.numberOfTests(),
                ReportTables.correction(r), Figures.exact(r.alpha()), none ? "no feature was significant"
                        : r.significantFeatures().size() + " significant: " + String.join(", ",
                                r.significantFeatures())));

        section(html, md, prefix + "table1", "Clinical characteristics");
        table(html, md, disp.table1(r), prefix + "t1");

        section(html, md, prefix + "table2", "Radiomic features");
        if (none) {
            para(html, md, noSignificant(r));
        } else {
            table(html, md, disp.table2(r, true), prefix + "t2");
        }
        ReportTable all = disp.table2(r, false);
        html.append("<details><summary>All ").append(r.table2().size())
                .append(" features compared (Table 2, full)</summary>\n").append(all.toHtml(prefix + "t2-all"))
                .append("</details>\n");
        md.append(all.toMarkdown());

        section(html, md, prefix + "table3", "ROC analysis (study cohort)");
        if (none) {
            para(html, md, "No feature was significant: there is no ROC analysis.");
        } else {
            table(html, md, disp.table3(r), prefix + "t3");
            for (RocSummary s : r.table3()) {
                RocCurve c = phase.rocCurves().get(s.feature());
                if (c == null) {
                    para(html, md, "ROC curve of " + s.feature() + ": no curve data was given to the report.");
                    continue;
                }
                figure(html, md, figures, prefix + "roc_" + slug(s.feature()), Figures.roc(s.feature(), c),
                        "ROC curve of " + s.feature() + " (study cohort)");
            }
        }

        section(html, md, prefix + "table4", "ROC analysis (synthetic cohort)");
        para(html, md, "The synthetic cohort is generated by ADASYN from the study cohort itself. It is not an "
                + "external validation: results on it restate the study cohort with a larger n.");
        if (none) {
            para(html, md, "No feature was significant: there is no synthetic ROC analysis.");
        } else if (!r.synthetic().generated()) {
            para(html, md, "No synthetic cohort was made: " + r.synthetic().note());
        } else {
            table(html, md, disp.table4(r), prefix + "t4");
            table(html, md, disp.table4Frozen(r), prefix + "t4b");
        }

        section(html, md, prefix + "survival", "Survival (Kaplan–Meier)");
        if (none) {
            para(html, md, "No feature was significant: there are no Kaplan–Meier curves.");
        } else if (r.survival().isEmpty()) {
            para(html, md, "The design has no survival endpoint: there are no Kaplan–Meier curves.");
        } else {
            table(html, md, disp.survival(r), prefix + "surv");
            if (r.survival().stream().anyMatch(SurvivalAnalysis::circular)) {
                para(html, md, "Circular log-rank tests (" + SurvivalAnalysis.CIRCULARITY_NOTE.substring(
                        "circular: ".length()) + "): their curves are in the appendix, for description only.");
            }
            List<SurvivalAnalysis> main = mainKaplanMeier(r);
            for (SurvivalAnalysis a : main) {
                kaplanMeierFigure(html, md, figures, prefix, r, a);
            }
            int rest = r.survival().size() - main.size();
            para(html, md, main.isEmpty() ? "No non-circular log-rank test had P < " + Figures.exact(r.alpha())
                    + ": every Kaplan–Meier curve is in the appendix." : rest == 0 ? ""
                            : "The " + rest + " other Kaplan–Meier curve(s) (log-rank P ≥ " + Figures.exact(r.alpha())
                                    + ", or circular) are in the appendix.");
        }

        section(html, md, prefix + "table5", "Logistic regression");
        if (r.table5Univariate().isEmpty() && !r.table5Multivariable().performed()) {
            para(html, md, "The design has no logistic outcome: there is no Table 5. "
                    + r.table5Multivariable().note());
        } else {
            table(html, md, disp.table5Univariate(r), prefix + "t5a");
            table(html, md, disp.table5Multivariable(r), prefix + "t5b");
            MultivariableLogistic m = r.table5Multivariable();
            if (m.performed() && m.coefficients().stream().anyMatch(t -> !"(Intercept)".equals(t.term())
                    && t.oddsRatioInterval() != null && t.oddsRatioInterval().lower() > 0
                    && Double.isFinite(t.oddsRatioInterval().upper()))) {
                figure(html, md, figures, prefix + "forest_multivariable",
                        Figures.forest("Multivariable logistic model", m.coefficients()),
                        "Odds ratios of the multivariable model");
            }
        }

        section(html, md, prefix + "icc", "Inter-reader reproducibility");
        table(html, md, disp.icc(r), prefix + "icc");

        List<SurvivalAnalysis> appendix = new ArrayList<>(r.survival());
        appendix.removeAll(mainKaplanMeier(r));
        if (!none && !appendix.isEmpty()) {
            section(html, md, prefix + "km-appendix", "Appendix: other Kaplan–Meier curves");
            para(html, md, "Log-rank P ≥ " + Figures.exact(r.alpha()) + ", or circular (the endpoint that defined the "
                    + "groups and the cutoffs): shown for completeness, not as findings.");
            for (SurvivalAnalysis a : appendix) {
                kaplanMeierFigure(html, md, figures, prefix, r, a);
            }
        }

        section(html, md, prefix + "warnings", "Warnings and exclusions");
        if (r.warnings().isEmpty()) {
            para(html, md, "No warnings.");
        } else {
            table(html, md, disp.warnings(r), prefix + "warn");
        }
        if (r.exclusions().isEmpty()) {
            para(html, md, "No subject was excluded for missing values.");
        } else {
            table(html, md, disp.exclusions(r), prefix + "excl");
        }
    }

    /** The Kaplan–Meier analyses of the main report: not circular, log-rank P below alpha. */
    private static List<SurvivalAnalysis> mainKaplanMeier(StudyResult r) {
        return r.survival().stream().filter(a -> !a.circular() && a.logRankPValue() != null
                && a.logRankPValue() < r.alpha()).toList();
    }

    private static void kaplanMeierFigure(StringBuilder html, StringBuilder md, Path figures, String prefix,
            StudyResult r, SurvivalAnalysis a) throws IOException {
        figure(html, md, figures, prefix + "km_" + slug(a.feature()) + "_" + slug(a.endpoint()),
                Figures.kaplanMeier(a, r.phase(), r.survivalTimeUnit()), Figures.endpointName(a.endpoint())
                        + " by " + Figures.readableName(a.feature(), r.phase()) + " ("
                        + StudyReportTables.armCondition(a, a.testPositiveArm(), false) + " vs "
                        + StudyReportTables.armCondition(a, a.testNegativeArm(), false) + ")"
                        + (a.circular() ? "; circular, not a finding" : ""));
    }

    private static String noSignificant(StudyResult r) {
        String s = "No feature was significant: none of the " + r.numberOfTests() + " features had a corrected P < "
                + Figures.exact(r.alpha()) + " (" + ReportTables.correction(r) + ").";
        FeatureComparison min = r.table2().stream().min(Comparator.comparingDouble(FeatureComparison::correctedPValue))
                .orElse(null);
        if (min != null) {
            s += " The smallest corrected P was " + ReportTables.p(min.correctedPValue()) + " (" + min.feature()
                    + "). There are no ROC, Kaplan–Meier or synthetic-cohort results.";
        }
        return s;
    }

    // ------------------------------------------------------------------ building blocks

    /** A report-level heading (h2), after the phases. */
    private static void topSection(StringBuilder html, StringBuilder md, String id, String title) {
        html.append("<h2 id=\"").append(Html.escape(id)).append("\">").append(Html.escape(title)).append("</h2>\n");
        md.append("## ").append(ReportTable.md(title)).append("\n\n");
    }

    private static void section(StringBuilder html, StringBuilder md, String id, String title) {
        html.append("<h3 id=\"").append(Html.escape(id)).append("\">").append(Html.escape(title)).append("</h3>\n");
        md.append("### ").append(ReportTable.md(title)).append("\n\n");
    }

    private static void para(StringBuilder html, StringBuilder md, String text) {
        html.append("<p>").append(Html.escape(text)).append("</p>\n");
        md.append(ReportTable.md(text)).append("\n\n");
    }

    private static void table(StringBuilder html, StringBuilder md, ReportTable t, String id) {
        html.append(t.toHtml(id));
        md.append(t.toMarkdown());
    }

    private static void figure(StringBuilder html, StringBuilder md, Path dir, String name, Figure f, String caption)
            throws IOException {
        f.writePng(dir.resolve(name + ".png"), 1);
        f.writeSvg(dir.resolve(name + ".svg"));
        String b64 = Base64.getEncoder().encodeToString(f.toPng(2));
        html.append("<figure class=\"plot\"><img width=\"").append(f.width()).append("\" height=\"")
                .append(f.height()).append("\" alt=\"").append(Html.escape(f.title()))
                .append("\" src=\"data:image/png;base64,").append(b64).append("\">\n<figcaption>")
                .append(Html.escape(caption)).append("</figcaption></figure>\n");
        md.append("![").append(caption.replace("[", "(").replace("]", ")")).append("](figures/").append(name)
                .append(".png)\n\n");
    }

    /** A file-name-safe form: letters, digits, '_' and '-' kept, anything else '_'. */
    static String slug(String s) {
        String t = s.replaceAll("[^A-Za-z0-9_-]", "_");
        return t.isEmpty() ? "phase" : t;
    }

    private static final String CSS = """
            body { margin: 0; background: #fafafa; color: #222;
              font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
            main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
            h1 { font-size: 26px; margin: 0 0 12px; }
            h2 { font-size: 22px; border-bottom: 2px solid #0072B2; padding-bottom: 4px; margin-top: 36px; }
            h3 { font-size: 18px; margin: 28px 0 8px; color: #0b3d5c; }
            dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 12px; }
            dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
            pre { background: #f4f4f4; padding: 8px 12px; overflow-x: auto; font-size: 13px; }
            figure { margin: 12px 0 20px; }
            figure.table figcaption { font-weight: bold; margin-bottom: 6px; }
            figure.plot img { max-width: 100%; height: auto; display: block; border: 1px solid #e4e4e4; }
            figure.plot figcaption { font-size: 13px; color: #555; margin-top: 4px; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 13.5px; font-variant-numeric: tabular-nums; }
            th, td { padding: 4px 8px; vertical-align: top; border-bottom: 1px solid #e4e4e4; }
            th { background: #eef4f8; border-bottom: 2px solid #9bb; text-align: center; }
            td.num { text-align: right; white-space: nowrap; }
            td.text { text-align: left; } td.short { white-space: nowrap; }
            td.label { text-align: left; min-width: 90px; max-width: 330px; }
            tr.sub td.label { padding-left: 26px; color: #444; }
            p.note { font-size: 12.5px; color: #555; margin: 4px 0; font-style: italic; }
            details { margin: 8px 0 16px; } summary { cursor: pointer; color: #0072B2; }
            nav.toc { background: #f4f8fb; border: 1px solid #dde8ef; padding: 8px 16px; margin: 12px 0 8px;
              font-size: 14px; }
            nav.toc ul { margin: 4px 0; padding: 0; list-style: none; columns: 2; }
            nav.toc ul ul { columns: 1; font-weight: normal; }
            nav.toc li.h2 { font-weight: bold; margin-top: 4px; break-inside: avoid; }
            nav.toc li.h3 { padding-left: 14px; }
            nav.toc a { color: #0072B2; text-decoration: none; }
            @media print { body { background: #fff; } main { max-width: none; padding: 0; }
              figure, tr { break-inside: avoid; } h2, h3 { break-after: avoid; } nav.toc { display: none; } }
            """;
}
