package org.radiomics4j.study.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.roc.RocPoint;
import org.radiomics4j.stats.study.LogisticTerm;
import org.radiomics4j.stats.study.NumbersAtRisk;
import org.radiomics4j.stats.study.SurvivalAnalysis;
import org.radiomics4j.stats.study.SurvivalGroup;
import org.radiomics4j.stats.survival.SurvivalCurve;
import org.radiomics4j.stats.survival.SurvivalStep;

/**
 * The report's figures, drawn with JFreeChart: ROC curve, Kaplan–Meier curves with numbers at risk, forest plot of
 * odds ratios. Each method returns a {@link Figure} (900 × 600 CSS pixels) that renders to PNG or SVG.
 *
 * <p>Style: DejaVu/SansSerif fonts at 14–20 pt, the Okabe–Ito colour-blind-safe palette (blue #0072B2 and
 * vermillion #D55E00 for the two arms, with solid vs dashed lines so the figure also reads in grey scale), white
 * background, light grey grid. The figures only draw numbers they are given; nothing is recomputed.
 */
public final class Figures {
    /** Default figure width in CSS pixels. */
    public static final int WIDTH = 900;
    /** Default figure height in CSS pixels. */
    public static final int HEIGHT = 600;

    /** Okabe–Ito blue. */
    static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    /** Okabe–Ito vermillion. */
    static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    /** Okabe–Ito bluish green. */
    static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    /** Okabe–Ito orange. */
    static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font ANNOTATION_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private Figures() {
    }

    // ------------------------------------------------------------------ ROC

    /**
     * ROC curve: sensitivity against 1 − specificity over every threshold of {@code curve}, the diagonal of a
     * useless test, and the reported Youden criterion ({@link RocCurve#youden()}) marked and labelled in MedCalc
     * form ({@code "> c"} or {@code "<= c"}) with its sensitivity and specificity. The legend gives the AUC with
     * its DeLong confidence interval.
     *
     * @param title the title, usually the feature name
     * @param curve the curve (from {@code RocAnalysis.analyze})
     */
    public static Figure roc(String title, RocCurve curve) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(curve, "curve");
        ConfidenceInterval ci = curve.confidenceIntervalDeLong();
        String aucLabel = String.format(Locale.ROOT, "ROC curve: AUC %.3f (%.0f%% CI %.3f–%.3f)", curve.auc(),
                100 * ci.level(), ci.lower(), ci.upper());
        XYSeries line = new XYSeries(aucLabel, false, true);
        for (RocPoint p : curve.thresholds()) {
            line.add(1 - p.specificity(), p.sensitivity());
        }
        XYSeries diagonal = new XYSeries("Reference line (AUC 0.5)", false, true);
        diagonal.add(0, 0);
        diagonal.add(1, 1);
        RocPoint best = curve.youden();
        double bx = 1 - best.specificity();
        double by = best.sensitivity();
        XYSeries point = new XYSeries("Youden criterion " + best.criterionOperator().symbol() + " "
                + ReportTables.criterion(best.criterion()), false, true);
        point.add(bx, by);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(line);
        data.addSeries(diagonal);
        data.addSeries(point);

        // a little room beyond [0, 1] so that a criterion point on the border is not clipped
        NumberAxis x = axis("1 − Specificity", -0.015, 1.015, 0.1);
        NumberAxis y = axis("Sensitivity", -0.015, 1.015, 0.1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, BLUE);
        r.setSeriesStroke(0, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesPaint(1, Color.GRAY);
        r.setSeriesStroke(1, dashed(1.5f));
        r.setSeriesPaint(2, VERMILLION);
        r.setSeriesLinesVisible(2, false);
        r.setSeriesShapesVisible(2, true);
        r.setSeriesShape(2, new Ellipse2D.Double(-7, -7, 14, 14));
        XYPlot plot = plot(data, x, y, r);
        String label = String.format(Locale.ROOT, "%s %s  (sens %.3f, spec %.3f)", best.criterionOperator().symbol(),
                ReportTables.criterion(best.criterion()), best.sensitivity(), best.specificity());
        XYTextAnnotation text = new XYTextAnnotation(label, bx + (bx < 0.5 ? 0.04 : -0.04), by - 0.06);
        text.setFont(ANNOTATION_FONT);
        text.setPaint(VERMILLION);
        text.setTextAnchor(bx < 0.5 ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        text.setBackgroundPaint(new Color(255, 255, 255, 220));
        plot.addAnnotation(text);

        JFreeChart chart = chart(title, plot, String.format(Locale.ROOT,
                "%d positive / %d negative; Youden criterion %s %s (J = %.3f)", curve.positives(),
                curve.negatives(), best.criterionOperator().symbol(), ReportTables.criterion(best.criterion()), best.youdenIndex()));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return new Figure(title, WIDTH, HEIGHT, g -> chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT)));
    }

    // ------------------------------------------------------------------ Kaplan–Meier

    /**
     * Kaplan–Meier curves of the two arms of a dichotomised feature: step functions (high arm vermillion dashed,
     * low arm blue solid), censored subjects as '+' ticks on the curve, the log-rank P in the subtitle and the
     * numbers at risk ({@link SurvivalAnalysis#numbersAtRisk()}) in a table under the time axis, aligned with the
     * ticks.
     *
     * @param analysis the analysis (from {@code StudyResult.survival()})
     */
    public static Figure kaplanMeier(SurvivalAnalysis analysis) {
        return kaplanMeier(analysis, null, null);
    }

    /**
     * As {@link #kaplanMeier(SurvivalAnalysis)}, titled with the readable feature name and the phase ("GLCM
     * Correlation, arterial"), the time axis in {@code timeUnit} ("Time (months)") and the y axis named for the
     * endpoint ("Overall survival probability"). The arm meeting the Table 3 criterion comes first in the legend,
     * both arms written as in Table 3 ({@code <= c}, {@code > c}); a circular analysis says so in the subtitle.
     *
     * @param phase    the imaging phase (null = not stated)
     * @param timeUnit the unit of the times (null = not stated)
     */
    public static Figure kaplanMeier(SurvivalAnalysis analysis, String phase, String timeUnit) {
        Objects.requireNonNull(analysis, "analysis");
        String title = readableName(analysis.feature(), phase);
        String p = analysis.logRankPValue() == null ? "log-rank test not possible (an arm is empty)"
                : String.format(Locale.ROOT, "Log-rank P %s (χ² = %.2f, 1 df)", pText(analysis.logRankPValue()),
                        analysis.logRankChiSquare());
        String subtitle = endpointName(analysis.endpoint()) + ": " + p + (analysis.circular()
                ? " — circular (cutoff chosen on this endpoint), not a finding" : "");
        boolean lowPositive = analysis.testPositiveArm() == analysis.low();
        String lowText = org.radiomics4j.stats.study.StudyReportTables.armCondition(analysis, analysis.low(), false);
        String highText = org.radiomics4j.stats.study.StudyReportTables.armCondition(analysis, analysis.high(),
                false);
        Arm high = new Arm(highText, highText + (lowPositive ? "" : " (test-positive)"), analysis.high(), VERMILLION,
                dashed(3f));
        Arm low = new Arm(lowText, lowText + (lowPositive ? " (test-positive)" : ""), analysis.low(), BLUE,
                new BasicStroke(3f));
        List<Arm> arms = lowPositive ? List.of(low, high) : List.of(high, low);
        List<NumbersAtRisk> risk = analysis.numbersAtRisk();
        double[] times = risk.stream().mapToDouble(NumbersAtRisk::time).toArray();
        int[][] counts = new int[2][risk.size()];
        for (int i = 0; i < risk.size(); i++) {
            counts[lowPositive ? 1 : 0][i] = risk.get(i).high();
            counts[lowPositive ? 0 : 1][i] = risk.get(i).low();
        }
        String timeLabel = timeUnit == null ? "Time" : "Time (" + timeUnit + ")";
        return kaplanMeier(title, subtitle, timeLabel, endpointName(analysis.endpoint()) + " probability", arms,
                times, counts);
    }

    /**
     * A readable feature name: {@code original_glcm_Correlation} → "GLCM Correlation", {@code
     * original_firstorder_JointEntropy} → "First order Joint Entropy", an image type other than original kept
     * ("wavelet-LLH GLCM Correlation"), then ", phase" when a phase is given. Names not in the
     * {@code <imageType>_<family>_<Feature>} form are returned unchanged (plus the phase).
     */
    public static String readableName(String feature, String phase) {
        String[] parts = feature.split("_", 3);
        String name = feature;
        if (parts.length == 3) {
            String family = switch (parts[1]) {
                case "firstorder" -> "First order";
                case "shape", "shape2D" -> "Shape";
                default -> parts[1].toUpperCase(Locale.ROOT);
            };
            String words = parts[2].replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
            name = (parts[0].equals("original") ? "" : parts[0] + " ") + family + " " + words;
        }
        return phase == null || phase.isBlank() ? name : name + ", " + phase;
    }

    /** "Overall survival" for OS, "Progression-free survival" for PFS (also DFS, RFS, EFS); else the name. */
    public static String endpointName(String endpoint) {
        return switch (endpoint.toUpperCase(Locale.ROOT)) {
            case "OS" -> "Overall survival";
            case "PFS" -> "Progression-free survival";
            case "DFS" -> "Disease-free survival";
            case "RFS" -> "Recurrence-free survival";
            case "EFS" -> "Event-free survival";
            default -> endpoint;
        };
    }

    /**
     * Kaplan–Meier curves of up to four groups from plain {@link SurvivalCurve}s (e.g. {@code KaplanMeier
     * .estimateByGroup}), with censor ticks, an optional log-rank P in the subtitle and the numbers at risk at
     * {@code atRiskTimes} ({@link SurvivalCurve#numberAtRisk(double...)}) under the axis.
     *
     * @param title       the title
     * @param timeLabel   the time axis label, e.g. "Months"
     * @param labels      one label per curve (short: also the row label of the at-risk table)
     * @param curves      the curves, in the same order
     * @param logRankP    the log-rank P (null = not shown)
     * @param atRiskTimes increasing, equally spaced times from 0 (empty = no at-risk table)
     * @throws IllegalArgumentException if labels and curves differ in size, there are no or more than 4 curves,
     *                                  or the times are not increasing
     */
    public static Figure kaplanMeier(String title, String timeLabel, List<String> labels, List<SurvivalCurve> curves,
            Double logRankP, double[] atRiskTimes) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeLabel, "timeLabel");
        if (labels.size() != curves.size() || curves.isEmpty() || curves.size() > 4) {
            throw new IllegalArgumentException("curves must be 1..4 with one label each but were " + curves.size()
                    + " curves and " + labels.size() + " labels");
        }
        for (int i = 1; i < atRiskTimes.length; i++) {
            if (!(atRiskTimes[i] > atRiskTimes[i - 1])) {
                throw new IllegalArgumentException("atRiskTimes must increase but were "
                        + java.util.Arrays.toString(atRiskTimes));
            }
        }
        Color[] colors = {VERMILLION, BLUE, GREEN, ORANGE};
        BasicStroke[] strokes = {dashed(3f), new BasicStroke(3f), dotted(3f), new BasicStroke(2f)};
        List<Arm> arms = new ArrayList<>();
        int[][] counts = new int[curves.size()][];
        for (int i = 0; i < curves.size(); i++) {
            SurvivalCurve c = curves.get(i);
            arms.add(new Arm(labels.get(i), labels.get(i), new SurvivalGroup(labels.get(i), c.subjects(), c.events(),
                    Double.NaN, c.median(), c.steps()), colors[i], strokes[i]));
            counts[i] = c.numberAtRisk(atRiskTimes);
        }
        String subtitle = logRankP == null ? null
                : String.format(Locale.ROOT, "Log-rank P %s", pText(logRankP));
        return kaplanMeier(title, subtitle, timeLabel, "Survival probability", arms, atRiskTimes.clone(), counts);
    }

    private record Arm(String shortLabel, String label, SurvivalGroup group, Color color, BasicStroke stroke) {
    }

    private static Figure kaplanMeier(String title, String subtitle, String timeLabel, String yLabel,
            List<Arm> arms, double[] times, int[][] atRisk) {
        XYSeriesCollection curves = new XYSeriesCollection();
        XYSeriesCollection censors = new XYSeriesCollection();
        double maxTime = times.length == 0 ? 0 : times[times.length - 1];
        for (Arm a : arms) {
            SurvivalGroup g = a.group();
            XYSeries s = new XYSeries(String.format(Locale.ROOT, "%s (n = %d, %d events)", a.label(), g.subjects(),
                    g.events()), false, true);
            XYSeries c = new XYSeries(a.label() + " censored", false, true);
            s.add(0, 1);
            double last = 1;
            for (SurvivalStep st : g.curve()) {
                s.add(st.time(), st.survival());
                last = st.survival();
                if (st.censored() > 0) {
                    c.add(st.time(), st.survival());
                }
                maxTime = Math.max(maxTime, st.time());
            }
            if (g.curve().isEmpty()) {
                s.add(0, last);
            }
            curves.addSeries(s);
            censors.addSeries(c);
        }
        double tick = times.length >= 2 ? times[1] - times[0] : niceTick(maxTime);
        double upper = Math.max(tick, Math.ceil(maxTime / tick - 1e-9) * tick);
        NumberAxis x = axis(timeLabel, 0, upper, tick);
        NumberAxis y = axis(yLabel, 0, 1.02, 0.2);
        XYStepRenderer step = new XYStepRenderer();
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        Shape plus = plus(7);
        for (int i = 0; i < arms.size(); i++) {
            step.setSeriesPaint(i, arms.get(i).color());
            step.setSeriesStroke(i, arms.get(i).stroke());
            marks.setSeriesPaint(i, arms.get(i).color());
            marks.setSeriesOutlinePaint(i, arms.get(i).color());
            marks.setSeriesShape(i, plus);
            marks.setSeriesOutlineStroke(i, new BasicStroke(2f));
            marks.setSeriesVisibleInLegend(i, false);
        }
        marks.setUseOutlinePaint(true);
        marks.setDrawOutlines(true);
        for (int i = 0; i < arms.size(); i++) {
            marks.setSeriesShapesFilled(i, false);
        }
        marks.setDefaultShapesFilled(false);
        XYPlot plot = plot(curves, x, y, step);
        plot.setDataset(1, censors);
        plot.setRenderer(1, marks);
        int rows = arms.size();
        int lineH = 22;
        int tableH = times.length == 0 ? 0 : (rows + 1) * lineH + 14;
        // the at-risk row labels sit left of the plot: leave them room so that they do not run into the numbers
        int longest = arms.stream().mapToInt(a -> a.shortLabel().length()).max().orElse(0);
        plot.setInsets(new RectangleInsets(4, times.length == 0 ? 60 : Math.max(60, 10 * longest - 20), 4, 16));
        JFreeChart chart = chart(title, plot, subtitle);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        // room between the legend entries so that they do not run together
        chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 28));
        int chartH = HEIGHT - tableH;
        return new Figure(title, WIDTH, HEIGHT, g -> {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, chartH), info);
            if (times.length == 0) {
                return;
            }
            Rectangle2D area = info.getPlotInfo().getDataArea();
            ValueAxis ax = plot.getDomainAxis();
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.setColor(TEXT);
            int top = chartH + 4;
            g.drawString("Number at risk", 12, top + lineH - 6);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
            FontMetrics fm = g.getFontMetrics();
            for (int a = 0; a < rows; a++) {
                int baseline = top + (a + 2) * lineH - 6;
                g.setColor(arms.get(a).color());
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
                g.drawString(arms.get(a).shortLabel(), 12, baseline);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
                g.setColor(TEXT);
                for (int i = 0; i < times.length; i++) {
                    double px = ax.valueToJava2D(times[i], area, plot.getDomainAxisEdge());
                    String s = Integer.toString(atRisk[a][i]);
                    g.drawString(s, (float) (px - fm.stringWidth(s) / 2.0), baseline);
                }
            }
        });
    }

    // ------------------------------------------------------------------ forest plot

    /**
     * Forest plot of odds ratios with their confidence intervals on a log axis, one line per term, with the line
     * of no effect (OR = 1). Terms without a finite estimate (separation) and the intercept are left out.
     *
     * @param title the title
     * @param terms the model terms (e.g. {@code MultivariableLogistic.coefficients()})
     * @throws IllegalArgumentException if no term has a finite odds ratio and interval
     */
    public static Figure forest(String title, List<LogisticTerm> terms) {
        Objects.requireNonNull(title, "title");
        List<LogisticTerm> shown = new ArrayList<>();
        for (LogisticTerm t : terms) {
            if (!"(Intercept)".equals(t.term()) && t.oddsRatio() != null && t.oddsRatioInterval() != null
                    && Double.isFinite(t.oddsRatioInterval().lower()) && t.oddsRatioInterval().lower() > 0
                    && Double.isFinite(t.oddsRatioInterval().upper())) {
                shown.add(t);
            }
        }
        if (shown.isEmpty()) {
            throw new IllegalArgumentException("terms: no term with a finite odds ratio and interval to plot");
        }
        XYIntervalSeries s = new XYIntervalSeries("Odds ratio (95% CI)");
        String[] names = new String[shown.size()];
        double lo = 1;
        double hi = 1;
        for (int i = 0; i < shown.size(); i++) {
            LogisticTerm t = shown.get(i);
            int yIndex = shown.size() - 1 - i;
            names[yIndex] = t.term() + "  " + ReportTables.estimateWithInterval(t.oddsRatio(),
                    t.oddsRatioInterval().lower(), t.oddsRatioInterval().upper());
            s.add(t.oddsRatio(), t.oddsRatioInterval().lower(), t.oddsRatioInterval().upper(), yIndex, yIndex,
                    yIndex);
            lo = Math.min(lo, t.oddsRatioInterval().lower());
            hi = Math.max(hi, t.oddsRatioInterval().upper());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        LogAxis x = new LogAxis("Odds ratio (log scale)");
        x.setBase(10);
        x.setSmallestValue(1e-12);
        x.setRange(lo / 1.5, hi * 1.5);
        double decades = Math.log10(hi * 1.5) - Math.log10(lo / 1.5);
        x.setTickUnit(new NumberTickUnit(decades <= 3 ? Math.log10(2) : Math.ceil(decades / 8)));
        x.setLabelFont(LABEL_FONT);
        x.setTickLabelFont(TICK_FONT);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0.###",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
        SymbolAxis y = new SymbolAxis(null, names);
        y.setTickLabelFont(TICK_FONT);
        y.setRange(-0.7, shown.size() - 0.3);
        y.setGridBandsVisible(false);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(true);
        r.setDrawYError(false);
        r.setErrorPaint(BLUE);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(10);
        r.setSeriesPaint(0, BLUE);
        r.setSeriesShape(0, new Rectangle2D.Double(-6, -6, 12, 12));
        r.setDefaultLinesVisible(false);
        r.setSeriesLinesVisible(0, false);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        style(plot);
        plot.addDomainMarker(marker());
        JFreeChart chart = chart(title, plot, "Wald confidence intervals");
        chart.removeLegend();
        int h = Math.max(300, Math.min(HEIGHT, 160 + 60 * shown.size()));
        return new Figure(title, WIDTH, h, g -> chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, h)));
    }

    private static ValueMarker marker() {
        ValueMarker m = new ValueMarker(1.0, Color.GRAY, dashed(1.5f));
        return m;
    }

    // ------------------------------------------------------------------ shared style

    private static NumberAxis axis(String label, double lower, double upper, double tick) {
        NumberAxis a = new NumberAxis(label);
        a.setRange(lower, upper);
        java.text.DecimalFormat f = new java.text.DecimalFormat(tick >= 1 ? "0.#" : "0.0#",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        if (lower >= -tick) {
            f.setNegativePrefix(""); // the only negative tick possible is -0.0: print it as 0.0
        }
        a.setTickUnit(new NumberTickUnit(tick, f));
        a.setLabelFont(LABEL_FONT);
        a.setTickLabelFont(TICK_FONT);
        a.setLabelPaint(TEXT);
        a.setTickLabelPaint(TEXT);
        return a;
    }

    private static XYPlot plot(XYSeriesCollection data, ValueAxis x, ValueAxis y,
            org.jfree.chart.renderer.xy.XYItemRenderer r) {
        XYPlot plot = new XYPlot(data, x, y, r);
        style(plot);
        return plot;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    }

    private static JFreeChart chart(String title, XYPlot plot, String subtitle) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(TEXT);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (subtitle != null) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
            sub.setPaint(TEXT);
            sub.setPadding(2, 2, 6, 2);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {3 * width, 2 * width}, 0f);
    }

    private static BasicStroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {0.5f, 2.5f * width}, 0f);
    }

    private static Shape plus(double half) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-half, 0);
        p.lineTo(half, 0);
        p.moveTo(0, -half);
        p.lineTo(0, half);
        return p;
    }

    private static double niceTick(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    /** A P value as printed in figures: "&lt; 0.001" or 3 decimals ("= 0.023"). */
    static String pText(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", p);
    }

    /** The shortest decimal that round-trips (an observed criterion is printed as observed). */
    static String exact(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "NaN" : x > 0 ? "Inf" : "-Inf";
        }
        String s = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
