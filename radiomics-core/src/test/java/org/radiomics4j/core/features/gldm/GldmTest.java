package org.radiomics4j.core.features.gldm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.FeatureClass;

class GldmTest {

    /** The 5x5 example image of PyRadiomics' GLDM docstring ({@code radiomics/gldm.py}), rows = y. */
    static final int[] DOC_IMAGE = {
        5, 2, 5, 4, 4,
        3, 3, 3, 1, 3,
        2, 1, 1, 1, 3,
        4, 2, 2, 2, 3,
        3, 5, 3, 3, 2};

    @Test
    void reproducesThePyRadiomicsDocstringExample() {
        GrayLevelSizeMatrix m = Gldm.of(ExtractionSettings.defaults()).matrix(GrayLevelVolume.of(DOC_IMAGE, 5, 5, 1));
        // expected matrix printed in the docstring (alpha = 0, delta = 1): rows level 1..5, columns dependence 1..4
        int[] expected = {
            0, 1, 2, 1,
            1, 2, 3, 0,
            1, 4, 4, 0,
            1, 2, 0, 0,
            3, 0, 0, 0};
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, m.grayLevels());
        assertArrayEquals(new int[] {1, 2, 3, 4}, m.sizes());
        assertArrayEquals(expected, m.counts());
        assertEquals(25, m.total());
    }

    @Test
    void gldmAWidensTheDependence() {
        // 1 2 in a row: with a = 0 each voxel has dependence 1, with a = 1 both have 2
        GrayLevelVolume v = GrayLevelVolume.of(new int[] {1, 2}, 2, 1, 1);
        assertArrayEquals(new int[] {1}, Gldm.of(ExtractionSettings.defaults()).matrix(v).sizes());
        assertArrayEquals(new int[] {2},
                Gldm.of(ExtractionSettings.defaults().withGldmA(1)).matrix(v).sizes());
        assertArrayEquals(new int[] {1},
                Gldm.of(ExtractionSettings.defaults().withGldmA(0.99)).matrix(v).sizes());
    }

    @Test
    void distancesEnlargeTheNeighbourhood() {
        // 1 0 1 in a row: distance 1 sees no neighbour, distances [1, 2] see the other voxel
        GrayLevelVolume v = GrayLevelVolume.of(new int[] {1, 0, 1}, 3, 1, 1);
        assertArrayEquals(new int[] {1}, Gldm.of(ExtractionSettings.defaults()).matrix(v).sizes());
        assertArrayEquals(new int[] {2}, Gldm.of(ExtractionSettings.defaults().withDistances(List.of(1, 2)))
                .matrix(v).sizes());
    }

    @Test
    void computesTheFourteenDefaultFeaturesAndDeprecatedOnesOnlyByName() {
        GrayLevelVolume v = GrayLevelVolume.of(DOC_IMAGE, 5, 5, 1);
        FamilyResult<?> r = Gldm.of(ExtractionSettings.defaults()).compute(v);
        assertEquals(14, r.byName().size());
        assertFalse(r.byName().containsKey("DependencePercentage"));
        assertFalse(r.byName().containsKey("GrayLevelNonUniformityNormalized"));
        assertEquals(List.of("SmallDependenceEmphasis", "LargeDependenceEmphasis", "GrayLevelNonUniformity",
                "DependenceNonUniformity", "DependenceNonUniformityNormalized", "GrayLevelVariance",
                "DependenceVariance", "DependenceEntropy", "LowGrayLevelEmphasis", "HighGrayLevelEmphasis",
                "SmallDependenceLowGrayLevelEmphasis", "SmallDependenceHighGrayLevelEmphasis",
                "LargeDependenceLowGrayLevelEmphasis", "LargeDependenceHighGrayLevelEmphasis"),
                List.copyOf(r.byName().keySet()));

        FamilyResult<?> d = Gldm.of(ExtractionSettings.defaults().withEnabledFeatures(Map.of(FeatureClass.GLDM,
                Set.of("DependencePercentage", "GrayLevelNonUniformityNormalized")))).compute(v);
        // PyRadiomics docs: Dependence Percentage "would always compute to 1"
        assertEquals(1.0, d.get("DependencePercentage"), 0);
        // docstring matrix row sums (level counts) 4,6,9,3,3 of 25 voxels: GLNN = Σ n_i² / 25²
        assertEquals((16 + 36 + 81 + 9 + 9) / 625.0, d.get("GrayLevelNonUniformityNormalized"), 1e-15);
        assertTrue(d.notes().isEmpty());
    }
}
