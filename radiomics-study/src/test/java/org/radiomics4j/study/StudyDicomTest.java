package org.radiomics4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.extract.FeatureSet;

/**
 * A study whose cases file mixes the IBSI CT phantom as a DICOM series with its RTSTRUCT ROI {@code GTV-1}
 * ({@code maskname_<reader>_<phase>} column) and as the IBSI's own NIfTI conversion (image.nii.gz, mask.nii.gz;
 * testdata/ibsi/ct_phantom): both give the same features, 1e-6 relative (the NIfTI header stores the spacing as
 * float32, about 7 significant digits; docs/dicom.md: identical voxels, 0 differing mask voxels). A wrong ROI name
 * is an error row naming the ROIs present, and the study goes on.
 */
class StudyDicomTest {
    @TempDir
    static Path dir;
    static StudyRun run;
    static final List<String> PROGRESS = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void runStudy() throws IOException {
        Path data = Path.of(System.getProperty("radiomics.testdata", "../testdata")).resolve("ibsi/ct_phantom")
                .toAbsolutePath().normalize();
        String dicom = data.resolve("dicom/image").toString();
        String rs = data.resolve("dicom/mask/DCM_RS_00060.dcm").toString();
        String nii = data.resolve("image.nii.gz").toString();
        String niiMask = data.resolve("mask.nii.gz").toString();
        StringBuilder sb = new StringBuilder("patient_id,image_ct,mask_r1_ct,maskname_r1_ct,responder,age\n");
        sb.append("P1,").append(dicom).append(',').append(rs).append(",GTV-1,1,50\n");
        sb.append("P2,").append(nii).append(',').append(niiMask).append(",,1,60\n");
        sb.append("P3,").append(dicom).append(',').append(rs).append(",GTV-2,1,55\n");
        sb.append("P4,").append(nii).append(',').append(niiMask).append(",,0,65\n");
        sb.append("P5,").append(dicom).append(',').append(rs).append(",GTV-1,0,70\n");
        Files.writeString(dir.resolve("cases.csv"), sb.toString());
        Files.writeString(dir.resolve("params.yaml"), "setting: {binWidth: 25}\n"
                + "featureClass: {firstorder: [], glcm: []}\n");
        Files.writeString(dir.resolve("study.yaml"), """
                cases: cases.csv
                phases: [ct]
                readers: [r1]
                parameters: params.yaml
                grouping: {column: responder}
                clinical:
                  - {name: age, kind: continuous}
                synthetic: {positive: 0, negative: 0}
                output: out
                threads: 2
                """);
        run = StudyRunner.of(StudyConfig.read(dir.resolve("study.yaml"))).withProgress(PROGRESS::add).run();
    }

    @Test
    void dicomSeriesAndRtstructGiveTheFeaturesOfTheNifti() {
        assertEquals(5, run.rows().size());
        ExtractionRow nifti = run.rows().get(1);
        assertEquals("P2", nifti.patientId());
        assertNull(nifti.error());
        FeatureSet want = nifti.features();
        int compared = 0;
        for (int i : new int[] {0, 4}) {
            ExtractionRow d = run.rows().get(i);
            assertNull(d.error(), d.error());
            for (String f : want.names()) {
                if (!f.startsWith("original_")) {
                    continue;
                }
                double w = want.get(f);
                double g = d.features().get(f);
                assertTrue(Math.abs(g - w) <= 1e-6 * Math.abs(w) + 1e-12, d.patientId() + " " + f + ": " + g + " vs "
                        + w);
                compared++;
            }
        }
        // firstorder 18 + glcm 24 features, twice
        assertEquals(2 * (18 + 24), compared);
    }

    @Test
    void wrongRoiNameIsAnErrorRowAndTheStudyGoesOn() {
        assertEquals(1, run.errors().size(), run.errors().toString());
        ExtractionRow e = run.errors().get(0);
        assertEquals("P3", e.patientId());
        assertTrue(e.error().contains("GTV-2") && e.error().contains("ROIs present: [GTV-1]"), e.error());
        assertTrue(PROGRESS.stream().anyMatch(s -> s.startsWith("[3/5] P3 ct r1 ... FAILED: ")), PROGRESS.toString());
        assertEquals(5, PROGRESS.stream().filter(s -> s.startsWith("[")).count(), PROGRESS.toString());
        assertTrue(run.results().containsKey("ct"));
    }
}
