package org.radiomics4j.study.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The properties DemoCohort's javadoc states (the expected values come from that specification, which mirrors the
 * published study's cohort: 25 patients, 15 responders, 10 non-responders, PFS threshold 11 months).
 */
class DemoCohortTest {

    @Test
    void sameSeedSameCohortAndVoxels() {
        DemoCohort a = DemoCohort.withSeed(7);
        DemoCohort b = DemoCohort.withSeed(7);
        assertEquals(a.patients(), b.patients());
        DemoCohort.Patient p = a.patients().get(3);
        DemoCohort.Images ia = a.images(p);
        DemoCohort.Images ib = b.images(p);
        assertArrayEquals(ia.arterial().toDoubleArray(), ib.arterial().toDoubleArray());
        assertArrayEquals(ia.portal().toDoubleArray(), ib.portal().toDoubleArray());
        assertArrayEquals(ia.reader2().toIntArray(), ib.reader2().toIntArray());
        // another seed gives another cohort
        assertNotEquals(a.patients(), DemoCohort.withSeed(8).patients());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 12345})
    void groupSizesSurvivalAndDeathsAsStated(long seed) {
        System.out.println("DemoCohortTest seed " + seed);
        List<DemoCohort.Patient> ps = DemoCohort.withSeed(seed).patients();
        assertEquals(25, ps.size());
        assertEquals(15, ps.stream().filter(DemoCohort.Patient::responder).count(), "responders");
        assertEquals(10, ps.stream().mapToInt(DemoCohort.Patient::death).sum(), "deaths (40 %)");
        assertEquals(6, ps.stream().filter(p -> !p.responder()).mapToInt(DemoCohort.Patient::death).sum(),
                "deaths among non-responders");
        for (DemoCohort.Patient p : ps) {
            // the study's rule recovers the planted outcome
            assertEquals(p.responder(), p.pfsMonths() > 11, p.id() + " PFS " + p.pfsMonths());
            assertTrue(p.osMonths() >= p.pfsMonths(), p.id() + " OS >= PFS");
            assertTrue(p.age() >= 30 && p.age() <= 85, p.id() + " age");
            assertTrue(p.ki67() >= 1 && p.ki67() <= 20, p.id() + " Ki67");
            assertTrue(Set.of("pancreas", "ileum", "other").contains(p.primarySite()));
            assertTrue(Set.of("G1", "G2").contains(p.grade()));
            assertTrue(Set.of("M", "F").contains(p.sex()));
            assertTrue(p.heterogeneity() >= 3);
        }
        Set<String> ids = ps.stream().map(DemoCohort.Patient::id).collect(Collectors.toSet());
        assertEquals(25, ids.size());
    }

    @Test
    void secondReaderDiceInStatedRangeAndMasksDiffer() {
        DemoCohort c = DemoCohort.withSeed(1);
        for (DemoCohort.Patient p : c.patients().subList(0, 6)) {
            DemoCohort.Images im = c.images(p);
            assertTrue(im.dice() >= 0.90 && im.dice() <= 0.96, p.id() + " Dice " + im.dice());
            assertFalse(im.dice() == 1.0);
            assertEquals(DemoCohort.dice(im.reader1(), im.reader2()), im.dice());
            // same anatomy in both phases; the portal phase is enhanced more inside the liver
            double art = meanInside(im.arterial().toDoubleArray(), im.reader1().toIntArray());
            double por = meanInside(im.portal().toDoubleArray(), im.reader1().toIntArray());
            assertTrue(por > art + 15, p.id() + " portal " + por + " vs arterial " + art);
        }
    }

    @Test
    void diceOfKnownMasks() {
        // |A| = 4, |B| = 2, |A∩B| = 2: Dice = 2*2/(4+2) = 2/3 (definition)
        var a = org.radiomics4j.core.image.Mask.of(new int[] {1, 1, 1, 1, 0, 0, 0, 0}, 2, 2, 2);
        var b = org.radiomics4j.core.image.Mask.of(new int[] {1, 1, 0, 0, 0, 0, 0, 0}, 2, 2, 2);
        assertEquals(2.0 / 3.0, DemoCohort.dice(a, b), 1e-15);
    }

    @Test
    void invalidParametersNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoCohort.builder().patients(2).build());
        assertTrue(e.getMessage().contains("patients"), e.getMessage());
    }

    private static double meanInside(double[] v, int[] mask) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (mask[i] == 1) {
                s += v[i];
                n++;
            }
        }
        return s / n;
    }
}
