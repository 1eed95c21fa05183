package org.radiomics4j.io.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.io.ParameterFiles;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.TestData;
import org.radiomics4j.io.nrrd.SlicerSegmentation;

/**
 * The {@code MaskName} column of a batch: a case whose image is the IBSI CT phantom's DICOM series and whose mask is
 * its RTSTRUCT's ROI {@code GTV-1} (testdata/ibsi/ct_phantom/dicom) gives the same features as the case of the
 * IBSI's own NIfTI conversion of the phantom (image.nii.gz, mask.nii.gz), the outside reference of docs/dicom.md
 * (identical voxels, 0 differing mask voxels). Tolerance 1e-6 relative: the NIfTI header stores the spacing as
 * float32 (about 7 significant digits), the DICOM series as decimal strings, so spacing-dependent features differ
 * in their 7th digit. A wrong ROI name becomes an error row naming the ROIs present; a name on a label volume is an
 * error; a {@code .seg.nrrd} mask is chosen by segment name.
 */
class BatchMaskNameTest {
    @TempDir
    static Path dir;
    static List<Map<String, String>> rows;

    static Path phantom() {
        return TestData.root().resolve("ibsi/ct_phantom").toAbsolutePath().normalize();
    }

    @BeforeAll
    static void run() throws IOException {
        Path p = phantom();
        String dicom = p.resolve("dicom/image").toString();
        String rs = p.resolve("dicom/mask/DCM_RS_00060.dcm").toString();
        Files.writeString(dir.resolve("cases.csv"), "ID,Image,Mask,MaskName\n"
                + "dicom," + dicom + "," + rs + ",GTV-1\n"
                + "nifti," + p.resolve("image.nii.gz") + "," + p.resolve("mask.nii.gz") + ",\n"
                + "wrong," + dicom + "," + rs + ",GTV-2\n"
                + "named-label," + p.resolve("image.nii.gz") + "," + p.resolve("mask.nii.gz") + ",GTV-1\n");
        Files.writeString(dir.resolve("p.yaml"), "setting: {binWidth: 25}\n"
                + "featureClass: {firstorder: [], shape: [], glcm: []}\n");
        ExtractionSettings settings = ParameterFiles.read(dir.resolve("p.yaml"));
        Path out = dir.resolve("features.csv");
        BatchSummary s = BatchExtractor.of(settings, BatchConfig.defaults().withJobs(2))
                .run(BatchCases.read(dir.resolve("cases.csv")), out, BatchListener.NONE);
        assertEquals(4, s.total());
        assertEquals(2, s.failed(), s.failures().toString());
        rows = BatchExtractorTest.records(out).stream().map(r -> r.toMap()).toList();
    }

    @Test
    void dicomSeriesAndRtstructGiveTheFeaturesOfTheNifti() {
        Map<String, String> d = rows.get(0);
        Map<String, String> n = rows.get(1);
        assertEquals("dicom", d.get("ID"));
        assertEquals("GTV-1", d.get(BatchCase.MASK_NAME));
        assertTrue(d.get(BatchRows.ERROR) == null || d.get(BatchRows.ERROR).isEmpty(), d.get(BatchRows.ERROR));
        int compared = 0;
        for (Map.Entry<String, String> e : n.entrySet()) {
            if (!e.getKey().startsWith("original_")) {
                continue;
            }
            double want = Double.parseDouble(e.getValue());
            double got = Double.parseDouble(d.get(e.getKey()));
            assertTrue(Math.abs(got - want) <= 1e-6 * Math.abs(want) + 1e-12, e.getKey() + ": " + got + " vs " + want);
            compared++;
        }
        // firstorder 18 + shape 14 (3D) + glcm 24 features
        assertTrue(compared > 50, "compared " + compared);
        assertEquals("125256", n.get("diagnostics_Mask-original_VoxelNum"));
        assertEquals(n.get("diagnostics_Mask-original_VoxelNum"), d.get("diagnostics_Mask-original_VoxelNum"));
    }

    @Test
    void wrongRoiNameIsAnErrorRowNamingTheRoisPresent() {
        Map<String, String> w = rows.get(2);
        assertEquals("wrong", w.get("ID"));
        String err = w.get(BatchRows.ERROR);
        assertTrue(err.contains("GTV-2") && err.contains("GTV-1") && err.contains("DCM_RS_00060.dcm"), err);
        assertFalse(w.entrySet().stream().anyMatch(e -> e.getKey().startsWith("original_") && !e.getValue().isEmpty()),
                w.toString());
    }

    @Test
    void aNameOnALabelVolumeIsAnError() {
        String err = rows.get(3).get(BatchRows.ERROR);
        assertTrue(err.contains("mask.nii.gz") && err.contains("MaskName") && err.contains("GTV-1"), err);
    }

    @Test
    void segNrrdSegmentByName() {
        Path seg = Path.of("src/test/resources/seg/one_layer.seg.nrrd");
        SlicerSegmentation s = SlicerSegmentation.read(seg);
        Mask lesion = CaseReader.readMask(seg, "lesion", s.geometry());
        Mask expected = s.mask("lesion");
        int n = expected.geometry().voxelCount();
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = lesion.label(i);
            b[i] = expected.label(i);
        }
        assertArrayEquals(b, a);
        assertTrue(java.util.Arrays.stream(a).sum() > 0, "the lesion segment is not empty");
        ImageFormatException e = assertThrows(ImageFormatException.class,
                () -> CaseReader.readMask(seg, "tumor", s.geometry()));
        String m = e.getMessage();
        assertTrue(m.contains("tumor") && m.contains("liver") && m.contains("lesion")
                && m.contains("one_layer.seg.nrrd"), m);
    }

    @Test
    void maskNameCell() {
        BatchCase c = new BatchCase(1, Map.of("Image", "a", "Mask", "b", "MaskName", "  GTV-1 "));
        assertEquals("GTV-1", c.maskName().orElseThrow());
        assertTrue(new BatchCase(1, Map.of("Image", "a", "Mask", "b", "MaskName", " ")).maskName().isEmpty());
        assertTrue(new BatchCase(1, Map.of("Image", "a", "Mask", "b")).maskName().isEmpty());
    }
}
