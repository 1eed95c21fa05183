package org.radiomics4j.core.ibsi.localintensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.ibsi.IbsiFeatureValue;
import org.radiomics4j.core.ibsi.morphology.IbsiTestData;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The two IBSI digital-phantom local intensity reference values (2.6 and 3.1, printed without tolerance, so matched
 * to 3 significant digits: |computed − value| ≤ u/2), and closed-form cases of the definition.
 */
class LocalIntensityPhantomTest {

    @Test
    void digitalPhantomReferenceValues() {
        IbsiTestData.Phantom p = IbsiTestData.digitalPhantom();
        Map<String, IbsiFeatureValue> v = LocalIntensity.compute(p.image(), p.mask()).stream()
                .collect(Collectors.toMap(IbsiFeatureValue::ibsiCode, x -> x));
        List<IbsiTestData.Reference> refs = IbsiTestData.references("local_intensity", "digital_phantom");
        assertEquals(2, refs.size());
        for (IbsiTestData.Reference r : refs) {
            IbsiFeatureValue f = v.get(r.ibsiCode());
            assertEquals("DHQ4", f.aggregationCode());
            assertTrue(r.matches(f.value()), r.featureName() + ": computed " + f.value() + ", IBSI " + r.value());
        }
    }

    /** 1 mm voxels: the sphere of radius 6.2035 mm holds every offset with dx²+dy²+dz² ≤ 38.48 (here: a count). */
    @Test
    void uniformImageGivesItsValueAndBorderVoxelsAreNotPadded() {
        Geometry g = Geometry.of(20, 20, 20, 1, 1, 1);
        double[] d = new double[8000];
        java.util.Arrays.fill(d, 7);
        d[0] = 1007; // corner voxel: its sphere is cut by the border
        int[] m = new int[8000];
        m[0] = 1;
        m[g.index(10, 10, 10)] = 1;
        List<IbsiFeatureValue> r = LocalIntensity.compute(Volume.of(d, g), Mask.of(m, g));
        int inOctant = 0;
        for (int z = 0; z <= 6; z++) {
            for (int y = 0; y <= 6; y++) {
                for (int x = 0; x <= 6; x++) {
                    if (x * x + y * y + z * z <= 38.48) {
                        inOctant++;
                    }
                }
            }
        }
        double expected = (1000.0 + 7.0 * inOctant) / inOctant;
        assertEquals(expected, r.get(0).value(), 1e-9, "local peak around the maximum voxel (corner)");
        assertEquals(expected, r.get(1).value(), 1e-9, "global peak is the larger of the two means");
    }
}
