package org.radiomics4j.io.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.io.ParameterFiles;
import org.radiomics4j.io.TestData;

/**
 * {@link BatchExtractor#runAndCollect}: the results of a run, with the kept rows of a resumed run read back
 * ({@link BatchRows#result}) to the very feature sets (bit for bit, diagnostics included) that single-case
 * extraction gives; PyRadiomics' brain1 and breast1 samples, firstorder and glcm, one broken case.
 */
class BatchCollectTest {
    @TempDir
    Path dir;

    @Test
    void resumedRowsReadBackToTheSameResults() throws IOException {
        StringBuilder sb = new StringBuilder("Image,Mask,Site\n");
        for (String n : List.of("brain1", "breast1")) {
            sb.append(TestData.pyradiomicsImage(n + "_image.nrrd").toAbsolutePath()).append(',')
                    .append(TestData.pyradiomicsImage(n + "_label.nrrd").toAbsolutePath()).append(',').append(n)
                    .append('\n');
        }
        sb.append(TestData.pyradiomicsImage("brain1_image.nrrd").toAbsolutePath()).append(",missing.nrrd,x\n");
        Files.writeString(dir.resolve("cases.csv"), sb.toString());
        Files.writeString(dir.resolve("p.yaml"), "setting: {binWidth: 25}\nfeatureClass: {firstorder: [], glcm: []}\n");
        ExtractionSettings settings = ParameterFiles.read(dir.resolve("p.yaml"));
        BatchCases cases = BatchCases.read(dir.resolve("cases.csv"));
        BatchExtractor batch = BatchExtractor.of(settings, BatchConfig.defaults().withJobs(2).withResume(true))
                .withReader(CaseReader.files(cases.baseDirectory()));
        Path out = dir.resolve("features.csv");
        List<CaseResult> first = batch.runAndCollect(cases, out, BatchListener.NONE);
        assertEquals(3, first.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(batch.extract(cases.cases().get(i)).features(), first.get(i).features(), "case " + (i + 1));
        }
        assertTrue(first.get(2).error().contains("missing.nrrd"), first.get(2).error());

        // keep the header and the first two rows (brain1, breast1): the third case is computed again
        List<String> lines = Files.readAllLines(out);
        Files.writeString(out, String.join("\n", lines.subList(0, 3)) + "\n");
        List<Integer> resumed = new ArrayList<>();
        List<CaseResult> second = batch.runAndCollect(cases, out, new BatchListener() {
            @Override
            public void batchStarted(BatchProgress p) {
                resumed.add(p.resumed());
            }
        });
        assertEquals(List.of(2), resumed);
        for (int i = 0; i < 3; i++) {
            assertEquals(first.get(i).features(), second.get(i).features(), "case " + (i + 1));
            assertEquals(first.get(i).error(), second.get(i).error(), "case " + (i + 1));
            assertEquals(first.get(i).batchCase(), second.get(i).batchCase());
        }
    }

    @Test
    void aRowThatIsNotAResultIsRefusedNamingTheCaseAndColumn() {
        BatchCase c = new BatchCase(4, Map.of("Image", "a", "Mask", "b"));
        BatchException e = assertThrows(BatchException.class, () -> BatchRows.result(c,
                Map.of("Case", "4", "Image", "a", "Mask", "b", "original_firstorder_Mean", "abc")));
        assertTrue(e.getMessage().contains("case 4") && e.getMessage().contains("original_firstorder_Mean")
                && e.getMessage().contains("abc"), e.getMessage());
        e = assertThrows(BatchException.class, () -> BatchRows.result(c, Map.of("Case", "4", "Image", "a")));
        assertTrue(e.getMessage().contains("case 4"), e.getMessage());
        assertEquals("boom", BatchRows.result(c, Map.of("Case", "4", "Error", "boom")).error());
    }
}
