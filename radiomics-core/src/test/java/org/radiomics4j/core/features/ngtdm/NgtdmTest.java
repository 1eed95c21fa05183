package org.radiomics4j.core.features.ngtdm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;

class NgtdmTest {

    /** The 4x4 example image of PyRadiomics' NGTDM docstring ({@code radiomics/ngtdm.py}), rows = y. */
    static final int[] DOC_IMAGE = {
        1, 2, 5, 2,
        3, 5, 1, 3,
        1, 3, 5, 5,
        3, 1, 1, 1};

    @Test
    void reproducesThePyRadiomicsDocstringExample() {
        NgtdmMatrix m = Ngtdm.of(ExtractionSettings.defaults()).matrix(GrayLevelVolume.of(DOC_IMAGE, 4, 4, 1));
        assertArrayEquals(new int[] {1, 2, 3, 5}, m.grayLevels()); // level 4 absent: row removed
        assertArrayEquals(new int[] {6, 2, 4, 4}, m.counts());
        double[] s = m.differenceSums();
        // the docstring's worked sums, term by term
        assertEquals(Math.abs(1 - 10.0 / 3) + Math.abs(1 - 30.0 / 8) + Math.abs(1 - 15.0 / 5)
                + Math.abs(1 - 13.0 / 5) + Math.abs(1 - 15.0 / 5) + Math.abs(1 - 11.0 / 3), s[0], 1e-12);
        assertEquals(13.35, s[0], 1e-12);
        assertEquals(2.0, s[1], 1e-12);
        // the docstring's worked terms for s_3 and s_5 contain slips (e.g. its first s_3 term uses 14/5 where the
        // neighbours of voxel (x=0, y=1) sum to 1+2+5+1+3 = 12), so only n_i, s_1 and s_2 are taken from it; the
        // brain1/breast1 matrices in radiomics-validation check s_i against PyRadiomics itself
    }

    @Test
    void voxelWithoutNeighbourCountsInNiButAddsNothingToSi() {
        // README §5: isolated voxel (level 2) counts in n_2 with s_2 = 0 (PyRadiomics C code)
        int[] lv = {1, 1, 0, 2};
        NgtdmMatrix m = Ngtdm.of(ExtractionSettings.defaults()).matrix(GrayLevelVolume.of(lv, 4, 1, 1));
        assertArrayEquals(new int[] {1, 2}, m.grayLevels());
        assertArrayEquals(new int[] {2, 1}, m.counts());
        assertArrayEquals(new double[] {0, 0}, m.differenceSums());
        assertEquals(3, m.total());
    }

    @Test
    void flatRegionGivesPyRadiomicsDegenerateValuesWithNotes() {
        // testdata/pyradiomics/README.md §7: Coarseness 1e6, Contrast 0, Busyness 0, Strength 0, Complexity 0
        int[] lv = new int[27];
        Arrays.fill(lv, 3);
        // ND4J lives in radiomics-nd4j; Nd4jFamiliesAgreementTest there compares it with these values
        for (ComputeBackend b : new ComputeBackend[] {ComputeBackend.JAVA}) {
            FamilyResult<?> r = Ngtdm.of(ExtractionSettings.defaults(), b)
                    .compute(GrayLevelVolume.of(lv, 3, 3, 3));
            assertEquals(List.of("Coarseness", "Contrast", "Busyness", "Complexity", "Strength"),
                    List.copyOf(r.byName().keySet()));
            assertEquals(1e6, r.get("Coarseness"), 0, b.name());
            assertEquals(0, r.get("Contrast"), 0, b.name());
            assertEquals(0, r.get("Busyness"), 0, b.name());
            assertEquals(0, r.get("Complexity"), 0, b.name());
            assertEquals(0, r.get("Strength"), 0, b.name());
            assertEquals(4, r.notes().size(), r.notes().toString());
            assertTrue(r.notes().get(0).contains("Coarseness"), r.notes().toString());
        }
    }
}
