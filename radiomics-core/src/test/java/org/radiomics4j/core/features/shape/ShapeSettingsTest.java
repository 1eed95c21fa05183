package org.radiomics4j.core.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/** Enabled-feature handling, names and errors of the 3-D shape family. */
class ShapeSettingsTest {

    private static final Mask BOX = Masks.box(3, 4, 5, 1, 1, 1);

    /** The 14 default names, as listed in testdata/pyradiomics/features_default.md (PyRadiomics v3). */
    @Test
    void defaultsAreTheFourteenNonDeprecatedFeaturesInPyRadiomicsOrder() {
        FamilyResult<?> r = Shape.of(ExtractionSettings.defaults()).compute(BOX);
        assertEquals(List.of("Elongation", "Flatness", "LeastAxisLength", "MajorAxisLength", "Maximum2DDiameterColumn",
                "Maximum2DDiameterRow", "Maximum2DDiameterSlice", "Maximum3DDiameter", "MeshVolume", "MinorAxisLength",
                "Sphericity", "SurfaceArea", "SurfaceVolumeRatio", "VoxelVolume"), List.copyOf(r.byName().keySet()));
        assertEquals(FeatureClass.SHAPE, r.featureClass());
        assertTrue(r.notes().isEmpty());
    }

    /** shape2D names from features_default.md, plus the deprecated SphericalDisproportion. */
    @Test
    void shape2DNamesMatchPyRadiomics() {
        int deprecated = 0;
        for (Shape2DFeature f : Shape2DFeature.values()) {
            assertNull(f.ibsiCode());
            assertEquals(FeatureClass.SHAPE2D, f.featureClass());
            deprecated += f.deprecated() ? 1 : 0;
        }
        assertEquals(1, deprecated);
        assertEquals(List.of("Elongation", "MajorAxisLength", "MaximumDiameter", "MeshSurface", "MinorAxisLength",
                "Perimeter", "PerimeterSurfaceRatio", "PixelSurface", "SphericalDisproportion", "Sphericity"),
                java.util.Arrays.stream(Shape2DFeature.values()).map(Shape2DFeature::pyradiomicsName).toList());
    }

    /** IBSI codes as mapped in testdata/ibsi/reference_values.csv (pyradiomics_name column). */
    @Test
    void ibsiCodesFollowTheReferenceMapping() {
        Map<String, String> expected = Map.ofEntries(Map.entry("MeshVolume", "RNU0"), Map.entry("VoxelVolume", "YEKZ"),
                Map.entry("SurfaceArea", "C0JK"), Map.entry("SurfaceVolumeRatio", "2PR5"),
                Map.entry("Compactness1", "SKGS"), Map.entry("Compactness2", "BQWJ"),
                Map.entry("SphericalDisproportion", "KRCK"), Map.entry("Sphericity", "QCFX"),
                Map.entry("Maximum3DDiameter", "L0JK"), Map.entry("MajorAxisLength", "TDIC"),
                Map.entry("MinorAxisLength", "P9VJ"), Map.entry("LeastAxisLength", "7J51"),
                Map.entry("Elongation", "Q3CK"), Map.entry("Flatness", "N17B"));
        for (ShapeFeature f : ShapeFeature.values()) {
            assertEquals(expected.get(f.pyradiomicsName()), f.ibsiCode(), f.name());
        }
        assertEquals(3, java.util.Arrays.stream(ShapeFeature.values()).filter(ShapeFeature::deprecated).count());
    }

    @Test
    void namedDeprecatedFeatureIsComputedAndOthersAreNot() {
        ExtractionSettings s = ExtractionSettings.defaults().withEnabledFeatures(
                Map.of(FeatureClass.SHAPE, Set.of("Compactness2", "MeshVolume")));
        FamilyResult<?> r = Shape.of(s).compute(BOX);
        assertEquals(List.of("Compactness2", "MeshVolume"), List.copyOf(r.byName().keySet()));
    }

    @Test
    void onlyPcaFeaturesSkipTheMesh() {
        ExtractionSettings s = ExtractionSettings.defaults().withEnabledFeatures(
                Map.of(FeatureClass.SHAPE, Set.of("Elongation")));
        FamilyResult<?> r = Shape.of(s).compute(BOX);
        assertEquals(Set.of("Elongation"), r.byName().keySet());
        assertFalse(Double.isNaN(r.get("Elongation")));
    }

    @Test
    void unknownFeatureNameIsRejectedNamingValidNames() {
        ExtractionSettings s = ExtractionSettings.defaults().withEnabledFeatures(
                Map.of(FeatureClass.SHAPE, Set.of("Volume")));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> Shape.of(s).compute(BOX));
        assertTrue(e.getMessage().contains("'Volume'") && e.getMessage().contains("MeshVolume"), e.getMessage());
    }

    @Test
    void emptyRoiIsRejected() {
        Mask empty = Mask.of(new int[8], Geometry.of(2, 2, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shape.of(ExtractionSettings.defaults()).compute(empty));
        assertTrue(e.getMessage().contains("2x2x2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Shape2D.of(ExtractionSettings.defaults()).compute(Mask.of(new int[4], Geometry.of(2, 2, 1))));
    }

    /** Cropping (or not) and origin/direction do not change any value: the ROI is the same set of voxels. */
    @Test
    void paddingOriginAndDirectionDoNotMatter() {
        int[] l = new int[6 * 6 * 6];
        for (int z = 1; z < 4; z++) {
            for (int y = 2; y < 5; y++) {
                for (int x = 1; x < 3 + z; x++) {
                    l[x + 6 * (y + 6 * z)] = 1;
                }
            }
        }
        Geometry g = Geometry.of(6, 6, 6, 0.7, 0.8, 2.0).withOrigin(new double[] {10, -3, 7})
                .withDirection(new double[] {0, 1, 0, -1, 0, 0, 0, 0, 1});
        Mask m = Mask.of(l, g);
        Mask cropped = m.crop(m.boundingBox().orElseThrow());
        ShapePropertyTest.assertSame(Shape.of(ExtractionSettings.defaults()).compute(cropped).byName(),
                Shape.of(ExtractionSettings.defaults()).compute(m).byName(), Map.of(), "uncropped");
    }
}
