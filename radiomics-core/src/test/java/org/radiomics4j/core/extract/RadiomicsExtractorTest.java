package org.radiomics4j.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.GeometryMismatchException;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The pipeline on small synthetic images whose features follow by hand (values 1..5 in the ROI: mean 3,
 * population variance 2; see FirstOrderTest). Whole-baseline checks are in radiomics-validation.
 */
class RadiomicsExtractorTest {

    private static final Geometry G = Geometry.of(4, 3, 2, 0.5, 0.5, 2.0);

    /** Label 2 holds 1..5 in two separate blobs; label 1 and background hold 100. */
    private static Volume image() {
        double[] d = new double[G.voxelCount()];
        java.util.Arrays.fill(d, 100);
        d[G.index(0, 0, 0)] = 1;
        d[G.index(1, 0, 0)] = 2;
        d[G.index(0, 1, 0)] = 3;
        d[G.index(3, 2, 1)] = 4;
        d[G.index(2, 2, 1)] = 5;
        return Volume.of(d, G);
    }

    private static Mask mask() {
        int[] m = new int[G.voxelCount()];
        m[G.index(0, 0, 0)] = 2;
        m[G.index(1, 0, 0)] = 2;
        m[G.index(0, 1, 0)] = 2;
        m[G.index(3, 2, 1)] = 2;
        m[G.index(2, 2, 1)] = 2;
        m[G.index(3, 0, 1)] = 1;
        return Mask.of(m, G);
    }

    private static ExtractionSettings firstOrderOnLabel2() {
        return ExtractionSettings.defaults().withLabel(2).withBinWidth(1).withEnabledClasses(FeatureClass.FIRSTORDER);
    }

    @Test
    void extractsFirstOrderOfTheSelectedLabelWithPyRadiomicsKeys() {
        FeatureSet f = RadiomicsExtractor.builder().settings(firstOrderOnLabel2()).build().extract(image(), mask());
        assertEquals(18, f.size());
        assertEquals(3, f.get("original_firstorder_Mean"), 1e-12);
        assertEquals(5, f.get("original_firstorder_Maximum"), 0);
        assertEquals(2, f.get("original_firstorder_Variance"), 1e-12);
        // TotalEnergy uses the voxel volume 0.5·0.5·2
        assertEquals(0.5 * 55, f.get("original_firstorder_TotalEnergy"), 1e-9);
        assertTrue(f.names().stream().allMatch(n -> n.startsWith("original_firstorder_")));
    }

    @Test
    void diagnosticsDescribeImageAndMask() {
        FeatureSet f = RadiomicsExtractor.of(firstOrderOnLabel2()).extract(image(), mask());
        var d = f.diagnostics();
        assertEquals("(0, 0, 0, 4, 3, 2)", d.get("Mask-original_BoundingBox"));
        assertEquals("5", d.get("Mask-original_VoxelNum"));
        assertEquals("2", d.get("Mask-original_VolumeNum")); // two 26-connected blobs
        assertEquals("(4, 3, 2)", d.get("Image-original_Size"));
        assertEquals("(0.5, 0.5, 2.0)", d.get("Image-original_Spacing"));
        assertEquals("1.0", d.get("Image-original_Minimum"));
        // centre of mass index: mean of x (0,1,0,3,2)=1.2, y (0,0,1,2,2)=1.0, z (0,0,0,1,1)=0.4
        assertEquals("(1.2, 1.0, 0.4)", d.get("Mask-original_CenterOfMassIndex"));
        assertEquals("(0.6, 0.5, 0.8)", d.get("Mask-original_CenterOfMass"));
        assertTrue(d.containsKey("Versions_radiomics4j") && d.containsKey("Versions_Java"));
        assertTrue(d.get("Configuration_Settings").contains("'label': 2"), d.get("Configuration_Settings"));
        assertEquals("{'Original': {}}", d.get("Configuration_EnabledImageTypes"));
        assertEquals(40, d.get("Image-original_Hash").length());
    }

    @Test
    void resegmentationRestrictsTheRoi() {
        ExtractionSettings s = firstOrderOnLabel2().withResegmentRange(List.of(0.0, 4.5));
        FeatureSet f = RadiomicsExtractor.of(s).extract(image(), mask());
        assertEquals(4, f.get("original_firstorder_Maximum"), 0);
        assertEquals(2.5, f.get("original_firstorder_Mean"), 1e-12);
    }

    @Test
    void shapeKeepsThePreResegmentationRoiUnlessResegmentShape() {
        // VoxelVolume = N · voxel volume (README §10); voxel volume 0.5·0.5·2 = 0.5 mm³.
        // Re-segmenting to [0, 4.5] drops the voxel with value 5: shape still sees 5 voxels, unless resegmentShape.
        ExtractionSettings s = firstOrderOnLabel2().withMinimumRoiDimensions(1)
                .withEnabledFeatures(java.util.Map.of(FeatureClass.SHAPE, java.util.Set.of("VoxelVolume")))
                .withResegmentRange(List.of(0.0, 4.5));
        assertEquals(5 * 0.5, RadiomicsExtractor.of(s).extract(image(), mask()).get("original_shape_VoxelVolume"), 1e-12);
        assertEquals(4 * 0.5, RadiomicsExtractor.of(s.withResegmentShape(true)).extract(image(), mask())
                .get("original_shape_VoxelVolume"), 1e-12);
    }

    @Test
    void geometryMismatchIsReportedUnlessCorrected() {
        Mask moved = mask().withGeometry(G.withOrigin(new double[] {0.5, 0, 0}));
        GeometryMismatchException e = assertThrows(GeometryMismatchException.class,
                () -> RadiomicsExtractor.of(firstOrderOnLabel2()).extract(image(), moved));
        assertTrue(e.getMessage().contains("origin differs") && e.getMessage().contains("correctMask"), e.getMessage());
        // with correctMask the mask is resampled onto the image grid (shifted one voxel in x): ROI lies inside
        int[] m = new int[G.voxelCount()];
        m[G.index(0, 0, 0)] = 2;
        m[G.index(1, 0, 0)] = 2;
        Mask small = Mask.of(m, G.withOrigin(new double[] {0.5, 0, 0}));
        FeatureSet f = RadiomicsExtractor.of(firstOrderOnLabel2().withCorrectMask(true).withMinimumRoiDimensions(1))
                .extract(image(), small);
        // voxels x=0,1 of the mask sit at image x=1,2 -> values 2 and 100
        assertEquals(51, f.get("original_firstorder_Mean"), 1e-12);
        assertEquals("(1, 0, 0, 2, 1, 1)", f.diagnostics().get("Mask-corrected_BoundingBox"));
    }

    @Test
    void missingLabelAndIbsiModeFail() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RadiomicsExtractor.of(firstOrderOnLabel2().withLabel(7)).extract(image(), mask()));
        assertTrue(e.getMessage().contains("label 7") && e.getMessage().contains("[1, 2]"), e.getMessage());
        assertThrows(InvalidSettingException.class,
                () -> RadiomicsExtractor.of(firstOrderOnLabel2().withMode(ComplianceMode.IBSI).withNormalize(true)));
        InvalidSettingException n = assertThrows(InvalidSettingException.class, () -> RadiomicsExtractor.of(
                firstOrderOnLabel2().withEnabledFeatures(java.util.Map.of(FeatureClass.GLCM, java.util.Set.of("Corelation")))));
        assertTrue(n.getMessage().contains("did you mean 'Correlation'"), n.getMessage());
    }

    @Test
    void shape2DNeedsForce2DAndOneSlice() {
        ExtractionSettings s = firstOrderOnLabel2().withEnabledClasses(FeatureClass.SHAPE2D);
        RadiomicsException e = assertThrows(RadiomicsException.class,
                () -> RadiomicsExtractor.of(s).extract(image(), mask()));
        assertTrue(e.getMessage().contains("force2D"), e.getMessage());
        RadiomicsException e2 = assertThrows(RadiomicsException.class,
                () -> RadiomicsExtractor.of(s.withForce2D(true)).extract(image(), mask()));
        assertTrue(e2.getMessage().contains("spans 2 slices"), e2.getMessage());
    }

    @Test
    void recordKeepsOtherFamiliesAndParallelRunsAreIdentical() {
        ExtractionSettings s = firstOrderOnLabel2().withEnabledClasses(FeatureClass.FIRSTORDER, FeatureClass.SHAPE2D);
        ExecutionSettings record = ExecutionSettings.defaults().withOnFeatureError(OnFeatureError.RECORD);
        FeatureSet one = RadiomicsExtractor.of(s, record).extract(image(), mask());
        FeatureSet four = RadiomicsExtractor.of(s, record.withThreads(4)).extract(image(), mask());
        assertEquals(18, one.size());
        assertTrue(one.diagnostics().get("Error_shape2D").contains("force2D"), one.diagnostics().toString());
        assertEquals(one.toMap(), four.toMap());
        assertEquals(one.diagnostics().get("Error_shape2D"), four.diagnostics().get("Error_shape2D"));
    }

    @Test
    void singleVoxelRoiFailsClearly() {
        int[] m = new int[G.voxelCount()];
        m[3] = 1;
        RadiomicsException e = assertThrows(RadiomicsException.class,
                () -> RadiomicsExtractor.of(ExtractionSettings.defaults()).extract(image(), Mask.of(m, G)));
        assertTrue(e.getMessage().contains("label 1") && e.getMessage().contains("1 voxel"), e.getMessage());
    }

    @Test
    void flatRegionNotesReachTheDiagnostics() {
        double[] d = new double[G.voxelCount()];
        java.util.Arrays.fill(d, 7);
        FeatureSet f = RadiomicsExtractor.of(firstOrderOnLabel2()).extract(Volume.of(d, G), mask());
        assertEquals(0, f.get("original_firstorder_Skewness"));
        assertFalse(f.diagnostics().getOrDefault("Notes_firstorder", "").isEmpty());
    }

    @Test
    void pythonFloatFormatting() {
        assertEquals("385.6564080810547", Diagnostics.pyFloat(385.6564080810547));
        assertEquals("2.0", Diagnostics.pyFloat(2));
        assertEquals("1e-05", Diagnostics.pyFloat(1e-5));
        assertEquals("0.0001", Diagnostics.pyFloat(1e-4));
        assertEquals("10000000.0", Diagnostics.pyFloat(1e7));
        assertEquals("1e+16", Diagnostics.pyFloat(1e16));
    }
}
