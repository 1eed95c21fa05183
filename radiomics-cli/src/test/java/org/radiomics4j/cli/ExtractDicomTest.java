package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code radiomics extract} on the IBSI CT phantom as DICOM (series folder + RTSTRUCT, {@code --roi}) gives the
 * features of the same phantom as IBSI publishes it in NIfTI (testdata/ibsi/ct_phantom). Tolerance 1e-6 relative:
 * the NIfTI header stores the voxel spacing as float32, the DICOM files as decimal strings, so spacing-dependent
 * values differ at float32 round-off (about 6e-8 relative per length).
 */
class ExtractDicomTest {
    private static final Path DATA = Path.of(System.getProperty("radiomics.testdata", "../testdata"));
    private static final Path PHANTOM = DATA.resolve("ibsi/ct_phantom");

    @Test
    void dicomSeriesAndRtstructGiveTheFeaturesOfTheNiftiPhantom(@TempDir Path dir) throws IOException {
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "setting: {binWidth: 25}\nfeatureClass: {firstorder: [], shape: [], glcm: []}\n");
        Map<String, Double> dicom = features(ExitCodesTest.run("extract", PHANTOM.resolve("dicom/image").toString(),
                PHANTOM.resolve("dicom/mask/DCM_RS_00060.dcm").toString(), "--roi", "GTV-1", "-p", params.toString(),
                "--format", "json"));
        Map<String, Double> nifti = features(ExitCodesTest.run("extract", PHANTOM.resolve("image.nii.gz").toString(),
                PHANTOM.resolve("mask.nii.gz").toString(), "-p", params.toString(), "--format", "json"));
        assertEquals(nifti.keySet(), dicom.keySet());
        assertTrue(nifti.size() > 50, "firstorder + shape + glcm: " + nifti.size());
        for (var e : nifti.entrySet()) {
            double want = e.getValue();
            double got = dicom.get(e.getKey());
            assertTrue(Math.abs(got - want) <= 1e-6 * Math.abs(want) + 1e-12, e.getKey() + ": " + got + " vs " + want);
        }
    }

    @Test
    void aWrongRoiNameListsTheStructuresThatExist() {
        ExitCodesTest.Run r = ExitCodesTest.run("extract", PHANTOM.resolve("dicom/image").toString(),
                PHANTOM.resolve("dicom/mask/DCM_RS_00060.dcm").toString(), "--roi", "Liver");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("Liver") && r.err().contains("GTV-1"), r.err());
    }

    private static Map<String, Double> features(ExitCodesTest.Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        Map<String, Double> out = new TreeMap<>();
        json.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("diagnostics_")) {
                out.put(e.getKey(), e.getValue().asDouble());
            }
        });
        return out;
    }
}
