package org.radiomics4j.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.glcm.Glcm;
import org.radiomics4j.core.features.glcm.GlcmFeature;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.shape.Shape2DFeature;

/** The shared feature descriptor, the class/enum lookups and the typed family result. */
class FeatureDescriptorTest {

    @Test
    void everyFamilyMapsToItsEnumAndBack() {
        for (FeatureClass c : FeatureClass.values()) {
            assertTrue(c.featureType().isEnum(), c + " type");
            assertSame(c, FeatureClass.ofType(c.featureType()));
            Set<String> names = new HashSet<>();
            for (FeatureDescriptor f : c.features()) {
                assertSame(c, f.featureClass(), f + " class");
                assertSame(c, FeatureClass.of(f));
                assertSame(f, c.feature(f.pyradiomicsName()), f + " by name");
                assertTrue(names.add(f.pyradiomicsName()), "duplicate name " + f.pyradiomicsName() + " in " + c);
                assertEquals(f.info().pyradiomicsName(), f.pyradiomicsName());
            }
        }
    }

    @Test
    void descriptorReadsTheSharedInfo() {
        // IBSI reference manual: GLCM correlation is NI2N; IBSI defines no 2-D morphology (shape2D) features
        assertEquals("NI2N", GlcmFeature.CORRELATION.ibsiCode());
        assertEquals("Correlation", GlcmFeature.CORRELATION.pyradiomicsName());
        assertEquals(null, Shape2DFeature.PERIMETER.ibsiCode());
        assertTrue(Shape2DFeature.SPHERICAL_DISPROPORTION.deprecated());
    }

    @Test
    void unknownNameNamesTheNearestAndTheValidOnes() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> FeatureDescriptor.byPyRadiomicsName(GlcmFeature.class, "Corelation"));
        assertTrue(e.getMessage().contains("unknown glcm feature 'Corelation'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'Correlation'?"), e.getMessage());
        assertTrue(e.getMessage().contains("JointAverage"), e.getMessage());
        assertThrows(InvalidSettingException.class, () -> FeatureClass.GLRLM.feature("correlation"));
        assertThrows(IllegalArgumentException.class, () -> FeatureClass.ofType(String.class));
    }

    @Test
    void familyResultIsKeyedByTheEnumInCanonicalOrder() {
        Map<GlcmFeature, Double> in = new java.util.LinkedHashMap<>();
        in.put(GlcmFeature.CORRELATION, 0.5);
        in.put(GlcmFeature.AUTOCORRELATION, 2.0);
        FamilyResult<GlcmFeature> r = new FamilyResult<>(GlcmFeature.class, in, List.of());
        assertEquals(List.of(GlcmFeature.AUTOCORRELATION, GlcmFeature.CORRELATION), List.copyOf(r.values().keySet()));
        assertEquals(List.of("Autocorrelation", "Correlation"), List.copyOf(r.byName().keySet()));
        assertEquals(0.5, r.get(GlcmFeature.CORRELATION));
        assertEquals(0.5, r.get("Correlation"));
        assertSame(FeatureClass.GLCM, r.featureClass());
        IllegalArgumentException notComputed = assertThrows(IllegalArgumentException.class,
                () -> r.get(GlcmFeature.CONTRAST));
        assertTrue(notComputed.getMessage().contains("Contrast not computed by glcm"), notComputed.getMessage());
        assertThrows(InvalidSettingException.class, () -> r.get("Contrastt"));
        assertThrows(UnsupportedOperationException.class, () -> r.values().put(GlcmFeature.CONTRAST, 1.0));
        Map<GlcmFeature, Double> withNull = new EnumMap<>(GlcmFeature.class);
        withNull.put(GlcmFeature.CONTRAST, null);
        assertThrows(NullPointerException.class, () -> new FamilyResult<>(GlcmFeature.class, withNull, List.of()));
    }

    @Test
    void familiesReturnTypedResults() {
        GrayLevelVolume v = GrayLevelVolume.of(new int[] {1, 1, 2, 2, 3, 1, 2, 3, 3}, 3, 3, 1);
        FamilyResult<GlcmFeature> r = Glcm.of(ExtractionSettings.defaults()).compute(v);
        for (Map.Entry<GlcmFeature, Double> e : r.values().entrySet()) {
            assertEquals(e.getValue(), r.get(e.getKey().pyradiomicsName()));
        }
        assertEquals(Set.copyOf(Glcm.of(ExtractionSettings.defaults()).features()), r.values().keySet());
    }

    @Test
    void zoneAndDependenceMatricesShareOneShape() {
        GrayLevelVolume v = GrayLevelVolume.of(new int[] {1, 1, 2, 2, 2}, 5, 1, 1);
        GrayLevelSizeMatrix z = Glszm.of(ExtractionSettings.defaults()).matrix(v);
        GrayLevelSizeMatrix d = Gldm.of(ExtractionSettings.defaults()).matrix(v);
        assertSame(FeatureClass.GLSZM, z.family());
        assertSame(FeatureClass.GLDM, d.family());
        // one zone of level 1 (size 2), one of level 2 (size 3)
        assertEquals(2, z.total());
        // GLDM counts every ROI voxel once
        assertEquals(5, d.total());
        assertEquals(5, d.roiVoxelCount());
        assertThrows(IllegalArgumentException.class,
                () -> new GrayLevelSizeMatrix(FeatureClass.GLCM, new int[] {1}, new int[] {1}, new int[] {1}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new GrayLevelSizeMatrix(FeatureClass.GLSZM, new int[] {1}, new int[] {1}, new int[] {1, 2}, 1));
    }
}
