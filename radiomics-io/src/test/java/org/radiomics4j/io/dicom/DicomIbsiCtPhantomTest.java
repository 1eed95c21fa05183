package org.radiomics4j.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.TestData;
import org.radiomics4j.io.nifti.Nifti;

/**
 * The IBSI-1 CT radiomics phantom read from its DICOM series and RTSTRUCT (testdata/ibsi/ct_phantom/dicom) against
 * its NIfTI version, converted by the IBSI (Alex Zwanenburg) from the same DICOM files: the volume must match to
 * the voxel (values and geometry within 1e-4 mm, the precision of the DS strings), the mask within the tolerance
 * stated below at the contour boundary.
 */
class DicomIbsiCtPhantomTest {
    static Path phantom() {
        return TestData.root().resolve("ibsi").resolve("ct_phantom");
    }

    static Path dicom() {
        return TestData.root().resolve("ibsi").resolve("ct_phantom").resolve("dicom");
    }

    @Test
    void volumeMatchesNiftiToTheVoxel() {
        Volume dcm = DicomReaders.readVolume(dicom().resolve("image"));
        Volume nii = Nifti.read(phantom().resolve("image.nii.gz"));
        assertArrayEquals(nii.geometry().size(), dcm.geometry().size());
        assertArrayEquals(nii.geometry().spacing(), dcm.geometry().spacing(), 1e-4);
        assertArrayEquals(nii.geometry().origin(), dcm.geometry().origin(), 1e-4);
        assertArrayEquals(nii.geometry().direction(), dcm.geometry().direction(), 1e-6);
        int differ = 0;
        for (int i = 0; i < nii.size(); i++) {
            if (nii.get(i) != dcm.get(i)) {
                differ++;
            }
        }
        assertEquals(0, differ, "voxels differing between DICOM and NIfTI");
    }

    @Test
    void rtstructMaskMatchesNiftiMaskAtTheBoundary() {
        Volume dcm = DicomReaders.readVolume(dicom().resolve("image"));
        RtStruct rs = RtStruct.read(dicom().resolve("mask").resolve("DCM_RS_00060.dcm"));
        Mask mask = rs.mask("GTV-1", dcm.geometry());
        Mask ref = ImageReaders.readMask(phantom().resolve("mask.nii.gz"));
        int differ = 0;
        int onlyDicom = 0;
        for (int i = 0; i < ref.size(); i++) {
            if (ref.inside(i) != mask.inside(i)) {
                differ++;
                if (mask.inside(i)) {
                    onlyDicom++;
                }
            }
        }
        // measured: 0 of 2,460,240 voxels differ (125,256 inside in both), so the tolerance is 0
        assertEquals(125256, ref.count());
        assertEquals(0, differ, "voxels differing (" + onlyDicom + " only in the RTSTRUCT rasterisation)");
        assertEquals(java.util.List.of("GTV-1"), rs.roiNames().stream().filter("GTV-1"::equals).toList());
    }

    /**
     * PyRadiomics-default features from DICOM + RTSTRUCT and from the NIfTI pair agree. Tolerance: relative 1e-6,
     * because the NIfTI header stores the spacing as float32 (0.977 mm becomes 0.97699999809 mm) while DICOM's DS
     * string gives 0.977 exactly; shape features scale with it (relative difference about 2e-9 per axis), and the
     * grey values and masks are identical (tests above).
     */
    @Test
    void defaultFeaturesMatchTheNiftiPair() {
        Volume dcm = DicomReaders.readVolume(dicom().resolve("image"));
        Mask dmask = RtStruct.read(dicom().resolve("mask").resolve("DCM_RS_00060.dcm")).mask("GTV-1", dcm.geometry());
        Volume nii = Nifti.read(phantom().resolve("image.nii.gz"));
        Mask nmask = ImageReaders.readMask(phantom().resolve("mask.nii.gz"));
        RadiomicsExtractor x = RadiomicsExtractor.builder().build();
        Map<String, Double> a = x.extract(dcm, dmask).toMap();
        Map<String, Double> b = x.extract(nii, nmask).toMap();
        assertEquals(b.keySet(), a.keySet());
        assertTrue(a.size() > 100, "feature count " + a.size());
        for (String k : b.keySet()) {
            double e = b.get(k);
            assertEquals(e, a.get(k), 1e-6 * Math.max(1, Math.abs(e)), k);
        }
    }

    /**
     * The same ROI rasterised by plastimatch 1.9.4 ({@code plastimatch convert --input DCM_RS_00060.dcm
     * --referenced-ct image --output-prefix pref --prefix-format nrrd}, committed as
     * testdata/ibsi/ct_phantom/dicom/plastimatch/GTV-1.nrrd). Measured: 0 differing voxels, so the tolerance is 0.
     */
    @Test
    void rtstructMaskAgainstPlastimatch() {
        Volume dcm = DicomReaders.readVolume(dicom().resolve("image"));
        Mask ours = RtStruct.read(dicom().resolve("mask").resolve("DCM_RS_00060.dcm")).mask("GTV-1", dcm.geometry());
        Mask pl = ImageReaders.readMask(dicom().resolve("plastimatch").resolve("GTV-1.nrrd"));
        assertArrayEquals(ours.geometry().size(), pl.geometry().size());
        assertArrayEquals(ours.geometry().origin(), pl.geometry().origin(), 1e-4);
        int differ = 0;
        for (int i = 0; i < ours.size(); i++) {
            if (ours.inside(i) != pl.inside(i)) {
                differ++;
            }
        }
        assertEquals(125256, pl.count());
        assertEquals(0, differ, "voxels differing from plastimatch");
    }
}
