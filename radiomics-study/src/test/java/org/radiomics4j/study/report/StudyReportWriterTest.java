package org.radiomics4j.study.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.stats.study.FeatureComparison;
import org.radiomics4j.stats.study.StudyDesign;
import org.radiomics4j.stats.study.StudyResult;
import org.radiomics4j.stats.table.CohortTable;
import org.w3c.dom.Document;

/**
 * The report writer on the reference cohort {@code testdata/stats/cohort/inputs/cohort_01.csv}. The statistics are
 * checked against R/scipy elsewhere (radiomics-stats); here: the files, their completeness, self-containment,
 * escaping, image formats and determinism.
 */
class StudyReportWriterTest {
    private static PhaseReport phase;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyse() {
        phase = PhaseReport.analyze(Cohort01.design(), Cohort01.table());
    }

    private static StudyReport report(PhaseReport p, List<ExtractionError> errors) {
        return StudyReport.of("Cohort 01 <study> & \"report\"", List.of(p), errors, new RunMetadata(
                "config: <cohort_01.csv>", "0.1.0-SNAPSHOT", "17", LocalDate.of(2026, 1, 2)));
    }

    @Test
    void writesEveryFile() throws IOException {
        Path html = StudyReportWriter.write(report(phase, List.of()), dir);
        assertEquals(dir.resolve("report.html"), html);
        for (String f : List.of("table1.csv", "table2.csv", "table3.csv", "table4.csv", "survival.csv",
                "table5_univariate.csv", "table5_multivariable.csv", "icc.csv", "warnings.csv", "report.md",
                "report.html")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f + " written and not empty");
        }
        assertFalse(Files.exists(dir.resolve("extraction_errors.csv")), "no extraction errors, no file");
        // table2.csv: header + one line per Table 2 feature
        assertEquals(phase.result().table2().size() + 1, Files.readAllLines(dir.resolve("table2.csv")).size());
        String md = Files.readString(dir.resolve("report.md"));
        for (String f : phase.result().significantFeatures()) {
            assertTrue(md.contains("(figures/roc_" + f + ".png)"), "report.md links the ROC figure of " + f);
        }
    }

    @Test
    void htmlIsSelfContained() throws IOException {
        String html = Files.readString(StudyReportWriter.write(report(phase, List.of()), dir));
        assertFalse(html.contains("src=\"http"), "no remote src");
        assertFalse(html.contains("<link"), "no linked stylesheet");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("url("), "no CSS url()");
        assertFalse(html.contains("@import"), "no CSS import");
        Matcher src = Pattern.compile("\\ssrc=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (src.find()) {
            assertTrue(src.group(1).startsWith("data:image/png;base64,"), "inline image, not " + src.group(1));
            images++;
        }
        assertTrue(images >= 1 + phase.result().survival().size(), "every figure inline");
        Matcher href = Pattern.compile("\\shref=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#"), "only in-page links, not " + href.group(1));
        }
    }

    @Test
    void everySignificantFeatureHasRocRowAndFigures() throws IOException {
        StudyResult r = phase.result();
        List<String> significant = r.table2().stream().filter(FeatureComparison::significant)
                .map(FeatureComparison::feature).toList();
        assertFalse(significant.isEmpty(), "cohort_01 has a significant feature (testdata/stats/cohort/"
                + "expected.json)");
        String html = Files.readString(StudyReportWriter.write(report(phase, List.of()), dir));
        List<String> table3 = Files.readAllLines(dir.resolve("table3.csv"));
        for (String f : significant) {
            assertTrue(table3.stream().anyMatch(l -> l.startsWith(f + ",")), "Table 3 row for " + f);
            assertTrue(Files.exists(dir.resolve("figures/roc_" + f + ".png")), "ROC PNG of " + f);
            assertTrue(Files.exists(dir.resolve("figures/roc_" + f + ".svg")), "ROC SVG of " + f);
            assertTrue(html.contains("alt=\"" + f + "\""), "ROC figure inline for " + f);
            assertTrue(html.contains("alt=\"" + Figures.readableName(f, r.phase()) + "\""), "KM title");
            for (String endpoint : List.of("PFS", "OS")) {
                assertTrue(Files.exists(dir.resolve("figures/km_" + f + "_" + endpoint + ".png")),
                        "KM PNG of " + f + " " + endpoint);
                assertTrue(html.contains(Figures.endpointName(endpoint) + " by " + Figures.readableName(f, r.phase())),
                        "KM figure inline");
            }
        }
    }

    @Test
    void escapesText() throws IOException {
        String html = Files.readString(StudyReportWriter.write(report(phase, List.of(
                new ExtractionError("P<99>", "portal", "r1", "mask <b>empty</b> & 'odd'"))), dir));
        assertTrue(html.contains("<title>Cohort 01 &lt;study&gt; &amp; &quot;report&quot;</title>"));
        assertTrue(html.contains("mask &lt;b&gt;empty&lt;/b&gt; &amp; &#39;odd&#39;"));
        assertTrue(html.contains("P&lt;99&gt;"));
        assertFalse(html.contains("<b>empty"));
        assertFalse(html.contains("<cohort_01.csv>"));
        assertTrue(Files.readString(dir.resolve("extraction_errors.csv")).contains("P<99>"));
    }

    @Test
    void figuresDecodeWithTheExpectedSize() throws Exception {
        StudyReportWriter.write(report(phase, List.of()), dir);
        List<Path> pngs;
        List<Path> svgs;
        try (Stream<Path> s = Files.list(dir.resolve("figures"))) {
            List<Path> all = s.sorted().toList();
            pngs = all.stream().filter(p -> p.toString().endsWith(".png")).toList();
            svgs = all.stream().filter(p -> p.toString().endsWith(".svg")).toList();
        }
        assertEquals(pngs.size(), svgs.size(), "one SVG per PNG");
        assertTrue(pngs.size() >= 3, "ROC, 2 KM");
        for (Path p : pngs) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertNotNull(img, p + " decodes");
            assertEquals(Figures.WIDTH, img.getWidth(), p + " width");
            if (!p.getFileName().toString().startsWith("forest")) {
                assertEquals(Figures.HEIGHT, img.getHeight(), p + " height");
            }
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        for (Path p : svgs) {
            Document d = f.newDocumentBuilder().parse(p.toFile());
            assertEquals("svg", d.getDocumentElement().getLocalName(), p + " is an SVG document");
        }
        // inline PNGs are the 2x renderings
        String html = Files.readString(dir.resolve("report.html"));
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([^\"]*)\"").matcher(html);
        assertTrue(m.find());
        BufferedImage inline = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        assertEquals(2 * Figures.WIDTH, inline.getWidth());
    }

    @Test
    void sameReportSameBytes() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        StudyReportWriter.write(report(phase, List.of()), a);
        // a fresh analysis of the same input: nothing may depend on object identity, time or hash order
        StudyReportWriter.write(report(PhaseReport.analyze(Cohort01.design(), Cohort01.table()), List.of()), b);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(a)) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 10);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))),
                    "same bytes: " + a.relativize(f));
        }
    }

    @Test
    void zeroSignificantFeaturesSaidPlainly() throws IOException {
        StudyDesign strict = Cohort01.design().withAlpha(1e-6);
        CohortTable t = Cohort01.table();
        PhaseReport none = PhaseReport.analyze(strict, t);
        assertTrue(none.result().significantFeatures().isEmpty(), "no feature has corrected P < 1e-6");
        String html = Files.readString(StudyReportWriter.write(report(none, List.of()), dir));
        assertTrue(html.contains("No feature was significant: none of the 10 features"));
        assertTrue(html.contains("No feature was significant: there is no ROC analysis."));
        assertTrue(html.contains("No feature was significant: there are no Kaplan–Meier curves."));
        try (Stream<Path> s = Files.list(dir.resolve("figures"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("roc_")
                    || p.getFileName().toString().startsWith("km_")), "no ROC or KM figure");
        }
    }

    @Test
    void mismatchedCohortIsRejected() {
        StudyResult r = phase.result();
        CohortTable other = Cohort01.table().filter(row -> row.index() != 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhaseReport.of(Cohort01.design(), other, r));
        assertTrue(e.getMessage().contains("must belong together"), e.getMessage());
    }

    @Test
    void twoPhasesArePrefixed() throws IOException {
        PhaseReport portal = new PhaseReport("portal", phase.result(), phase.rocCurves());
        PhaseReport arterial = new PhaseReport("arterial", phase.result(), phase.rocCurves());
        StudyReportWriter.write(StudyReport.of("two phases", List.of(portal, arterial), List.of(),
                new RunMetadata("", "v", "17", LocalDate.of(2026, 1, 2))), dir);
        assertTrue(Files.exists(dir.resolve("portal_table1.csv")));
        assertTrue(Files.exists(dir.resolve("arterial_icc.csv")));
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"portal_phase\">Phase: portal</h2>"));
        assertTrue(html.contains("<h2 id=\"arterial_phase\">Phase: arterial</h2>"));
    }
}
