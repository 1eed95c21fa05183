package org.radiomics4j.study.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.regression.PredictorScale;
import org.radiomics4j.stats.regression.Separation;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.roc.CriterionOperator;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.study.LogisticTerm;
import org.radiomics4j.stats.study.NumbersAtRisk;
import org.radiomics4j.stats.study.SurvivalAnalysis;
import org.radiomics4j.stats.study.SurvivalGroup;
import org.radiomics4j.stats.survival.MedianSurvival;
import org.radiomics4j.stats.survival.SurvivalStep;

/** The figures on small hand-checkable inputs: sizes, text drawn, determinism, degenerate inputs. */
class FiguresTest {

    /** Positives {3, 4} vs negatives {1, 2}: perfectly separated, AUC 1 and Youden criterion "&gt; 2" by hand. */
    private static RocCurve separated() {
        return RocAnalysis.withDefaults().analyze(new double[] {1, 2, 3, 4}, new int[] {0, 0, 1, 1});
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void rocFigureShowsAucAndCriterion() throws IOException {
        Figure f = Figures.roc("feature <x>", separated());
        assertEquals(900, decode(f.toPng(1)).getWidth());
        assertEquals(1200, decode(f.toPng(2)).getHeight());
        String svg = f.toSvg("roc1");
        assertTrue(svg.contains("AUC 1.000"), "AUC in the legend");
        assertTrue(svg.contains("Youden criterion &gt; 2"), "criterion in MedCalc form, XML-escaped");
        assertTrue(svg.contains("feature &lt;x&gt;"), "title escaped");
    }

    @Test
    void renderingIsDeterministic() {
        Figure a = Figures.roc("f", separated());
        Figure b = Figures.roc("f", separated());
        assertArrayEquals(a.toPng(1), b.toPng(1));
        assertEquals(a.toSvg("p"), b.toSvg("p"));
    }

    @Test
    void svgIdsCarryThePrefix() {
        String svg = Figures.roc("f", separated()).toSvg("abc_");
        assertTrue(svg.contains("id='abc_clip-"), "element ids start with the prefix");
        assertTrue(!svg.replace("id='abc_", "").contains("id='"), "every id");
        assertThrows(IllegalArgumentException.class, () -> Figures.roc("f", separated()).toSvg("1bad"));
        assertThrows(IllegalArgumentException.class, () -> Figures.roc("f", separated()).toPng(0));
    }

    private static SurvivalGroup group(String label, double... eventTimes) {
        // every subject has an event; S(t) = (n - i) / n after the i-th event
        int n = eventTimes.length;
        List<SurvivalStep> steps = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps.add(new SurvivalStep(eventTimes[i], n - i, 1, 0, (n - i - 1) / (double) n, null, null));
        }
        return new SurvivalGroup(label, n, n, n, new MedianSurvival(null, null, null, 0.95), steps);
    }

    @Test
    void kaplanMeierWithAnEmptyArmSaysSo() throws IOException {
        SurvivalAnalysis a = new SurvivalAnalysis("f", "OS", 2.5, CriterionOperator.GREATER, group("low", 1, 2, 3),
                group("high"), null, null, null, List.of(new NumbersAtRisk(0, 3, 0), new NumbersAtRisk(2, 2, 0)),
                0, false);
        Figure f = Figures.kaplanMeier(a);
        assertEquals(600, decode(f.toPng(1)).getHeight());
        String svg = f.toSvg("km");
        assertTrue(svg.contains("log-rank test not possible"));
        assertTrue(svg.contains("Number at risk"));
    }

    @Test
    void kaplanMeierShowsLogRankP() {
        SurvivalAnalysis a = new SurvivalAnalysis("f", "PFS", 2.5, CriterionOperator.GREATER,
                group("low", 4, 5, 6), group("high", 1, 2), 5.0, 0.0253, null,
                List.of(new NumbersAtRisk(0, 3, 2), new NumbersAtRisk(3, 3, 0), new NumbersAtRisk(6, 1, 0)), 0, false);
        String svg = Figures.kaplanMeier(a).toSvg("km");
        assertTrue(svg.contains("Log-rank P = 0.025"), "P to 3 decimals");
        assertTrue(svg.contains("&gt; 2.5 (test-positive)") && svg.contains("&lt;= 2.5"), "arms as in Table 3");
    }

    /**
     * Issue 8: the Kaplan–Meier figure names its time unit and endpoint, titles the feature readably, and writes
     * the arms in Table 3's notation with the test-positive arm first (previously "Time (PFS)", "Survival
     * probability", the raw column name, and "High: &gt; c" / "Low: ≤ c").
     */
    @Test
    void kaplanMeierAxesTitleAndArms() {
        SurvivalAnalysis a = new SurvivalAnalysis("original_glcm_Correlation", "OS", 0.25,
                CriterionOperator.LESS_OR_EQUAL, group("low", 4, 5, 6), group("high", 1, 2), 5.0, 0.0253, null,
                List.of(new NumbersAtRisk(0, 3, 2), new NumbersAtRisk(3, 3, 0), new NumbersAtRisk(6, 1, 0)), 0, true);
        Figure f = Figures.kaplanMeier(a, "arterial", "months");
        assertEquals("GLCM Correlation, arterial", f.title());
        String svg = f.toSvg("km");
        assertTrue(svg.contains("Time (months)"), "time axis with unit");
        // the rotated y-axis label is drawn as glyph outlines in SVG; its text comes from endpointName
        assertTrue(svg.contains("Overall survival: Log-rank P"), "endpoint named in the subtitle");
        assertTrue(svg.contains("&lt;= 0.25 (test-positive)"), "the criterion arm first, in Table 3 notation");
        assertTrue(svg.contains("circular"), "circular analysis labelled");
        assertEquals("GLSZM Large Area Low Gray Level Emphasis",
                Figures.readableName("original_glszm_LargeAreaLowGrayLevelEmphasis", null));
        assertEquals("Progression-free survival", Figures.endpointName("PFS"));
    }

    @Test
    void forestNeedsAFiniteTerm() {
        LogisticTerm separated = new LogisticTerm("x", "x", 10, 5, null, null, null, null, null,
                Separation.COMPLETE, PredictorScale.UNIT, 1, "separation (COMPLETE): no finite estimate");
        assertThrows(IllegalArgumentException.class, () -> Figures.forest("m", List.of(separated)));
        LogisticTerm ok = new LogisticTerm("age", "age", 10, 5, 0.1, 0.05, 1.105, new ConfidenceInterval(1.0, 1.2,
                0.95), 0.04, Separation.NONE, PredictorScale.UNIT, 1, null);
        String svg = Figures.forest("m", List.of(separated, ok)).toSvg("fp");
        // 1.105 is 1.10 or 1.11 depending on its binary value; the interval keeps 3 significant digits
        assertTrue(svg.contains("(1.00–1.20)"), "OR and CI label");
    }
}
