package org.radiomics4j.core.features.glszm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.FeatureClass;

class GlszmTest {

    /** The 5x5 example image of PyRadiomics' GLSZM docstring ({@code radiomics/glszm.py}), rows = y. */
    static final int[] DOC_IMAGE = {
        5, 2, 5, 4, 4,
        3, 3, 3, 1, 3,
        2, 1, 1, 1, 3,
        4, 2, 2, 2, 3,
        3, 5, 3, 3, 2};

    @Test
    void reproducesThePyRadiomicsDocstringExample() {
        GrayLevelSizeMatrix m = Glszm.of(ExtractionSettings.defaults()).matrix(GrayLevelVolume.of(DOC_IMAGE, 5, 5, 1));
        // expected matrix printed in the docstring: rows grey level 1..5, columns zone size 1..5
        int[] expected = {
            0, 0, 0, 1, 0,
            1, 0, 0, 0, 1,
            1, 0, 1, 0, 1,
            1, 1, 0, 0, 0,
            3, 0, 0, 0, 0};
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, m.grayLevels());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, m.sizes());
        assertArrayEquals(expected, m.counts());
        assertEquals(25, m.roiVoxelCount());
    }

    @Test
    void removesAbsentLevelsAndEmptySizes() {
        // levels 1 and 3 only (2 absent), ng = 4; zones: one of size 3 (level 1), one of size 1 (level 3)
        int[] lv = {1, 1, 1, 0, 3};
        GrayLevelSizeMatrix m = Glszm.of(ExtractionSettings.defaults()).matrix(new GrayLevelVolume(5, 1, 1, lv, 4,
                new double[] {1, 1, 1}));
        assertArrayEquals(new int[] {1, 3}, m.grayLevels());
        assertArrayEquals(new int[] {1, 3}, m.sizes());
        assertArrayEquals(new int[] {0, 1, 1, 0}, m.counts());
    }

    @Test
    void diagonalNeighboursJoinZonesIn3DButNotAcrossSlicesWithForce2D() {
        // two voxels of level 1 touching only by a corner across slices: (0,0,0) and (1,1,1)
        int[] lv = new int[8];
        lv[0] = 1;
        lv[7] = 1;
        GrayLevelVolume v = new GrayLevelVolume(2, 2, 2, lv, 1, new double[] {1, 1, 1});
        assertArrayEquals(new int[] {2}, Glszm.of(ExtractionSettings.defaults()).matrix(v).sizes());
        assertArrayEquals(new int[] {1}, Glszm.of(ExtractionSettings.defaults().withForce2D(true)).matrix(v)
                .sizes());
    }

    @Test
    void computesAllSixteenFeaturesInPyRadiomicsOrder() {
        FamilyResult<?> r = Glszm.of(ExtractionSettings.defaults()).compute(GrayLevelVolume.of(DOC_IMAGE, 5, 5, 1));
        assertEquals(List.of("SmallAreaEmphasis", "LargeAreaEmphasis", "GrayLevelNonUniformity",
                "GrayLevelNonUniformityNormalized", "SizeZoneNonUniformity", "SizeZoneNonUniformityNormalized",
                "ZonePercentage", "GrayLevelVariance", "ZoneVariance", "ZoneEntropy", "LowGrayLevelZoneEmphasis",
                "HighGrayLevelZoneEmphasis", "SmallAreaLowGrayLevelEmphasis", "SmallAreaHighGrayLevelEmphasis",
                "LargeAreaLowGrayLevelEmphasis", "LargeAreaHighGrayLevelEmphasis"), List.copyOf(r.byName().keySet()));
        assertEquals(FeatureClass.GLSZM, r.featureClass());
        // ZonePercentage = N_z / N_p: the docstring matrix holds 11 zones in 25 voxels
        assertEquals(11.0 / 25.0, r.get("ZonePercentage"), 1e-15);
    }

    @Test
    void computesOnlyTheNamedFeatures() {
        ExtractionSettings s = ExtractionSettings.defaults().withEnabledFeatures(
                Map.of(FeatureClass.GLSZM, Set.of("ZoneEntropy", "SmallAreaEmphasis")));
        FamilyResult<?> r = Glszm.of(s).compute(GrayLevelVolume.of(DOC_IMAGE, 5, 5, 1));
        assertEquals(List.of("SmallAreaEmphasis", "ZoneEntropy"), List.copyOf(r.byName().keySet()));
    }

    @Test
    void rejectsUnknownFeatureNamesListingValidOnes() {
        ExtractionSettings s = ExtractionSettings.defaults().withEnabledFeatures(
                Map.of(FeatureClass.GLSZM, Set.of("SmallZoneEmphasis")));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> Glszm.of(s));
        assertTrue(e.getMessage().contains("SmallZoneEmphasis") && e.getMessage().contains("SmallAreaEmphasis"),
                e.getMessage());
    }

    @Test
    void rejectsEmptyRoiAndLevelsAboveNg() {
        Glszm g = Glszm.of(ExtractionSettings.defaults());
        assertThrows(IllegalArgumentException.class,
                () -> g.compute(new GrayLevelVolume(2, 1, 1, new int[] {0, 0}, 1, new double[] {1, 1, 1})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> g.compute(new GrayLevelVolume(2, 1, 1, new int[] {1, 3}, 2, new double[] {1, 1, 1})));
        assertTrue(e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void handlesOneLargeZoneWithoutRecursion() {
        // a 200^3 box of one level: 8M voxels in a single zone; a recursive fill would overflow the stack
        int n = 200;
        int[] lv = new int[n * n * n];
        java.util.Arrays.fill(lv, 1);
        GrayLevelSizeMatrix m = Glszm.of(ExtractionSettings.defaults()).matrix(GrayLevelVolume.of(lv, n, n, n));
        assertArrayEquals(new int[] {n * n * n}, m.sizes());
        assertArrayEquals(new int[] {1}, m.counts());
    }
}
