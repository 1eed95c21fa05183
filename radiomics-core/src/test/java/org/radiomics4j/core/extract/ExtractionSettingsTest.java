package org.radiomics4j.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.firstorder.FirstOrderFeature;
import org.radiomics4j.core.features.glcm.GlcmFeature;
import org.radiomics4j.core.features.gldm.GldmFeature;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The science/execution split ({@link ExtractionSettings} / {@link ExecutionSettings}) and feature selection by
 * enum constant. Every comparison is between two runs of our own code (selection by constant against selection by
 * PyRadiomics name, one thread against four): no expected value is computed here.
 */
class ExtractionSettingsTest {
    private static final Geometry G = Geometry.of(7, 6, 5, 0.8, 0.8, 1.5);

    private static Volume image(long seed) {
        System.out.println("ExtractionSettingsTest seed " + seed);
        Random r = new Random(seed);
        double[] d = new double[G.voxelCount()];
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextInt(200);
        }
        return Volume.of(d, G);
    }

    private static Mask mask() {
        int[] m = new int[G.voxelCount()];
        for (int z = 1; z < 4; z++) {
            for (int y = 1; y < 5; y++) {
                for (int x = 1; x < 6; x++) {
                    m[G.index(x, y, z)] = 1;
                }
            }
        }
        return Mask.of(m, G);
    }

    @Test
    void featuresByEnumSelectExactlyThoseFeatures() {
        ExtractionSettings s = ExtractionSettings.defaults().withFeatures(GlcmFeature.CONTRAST, FirstOrderFeature.MEAN);
        assertEquals(Map.of(FeatureClass.GLCM, Set.of("Contrast"), FeatureClass.FIRSTORDER, Set.of("Mean")),
                s.enabledFeatures());
        ExtractionSettings byName = ExtractionSettings.defaults().withEnabledFeatures(
                Map.of(FeatureClass.FIRSTORDER, Set.of("Mean"), FeatureClass.GLCM, Set.of("Contrast")));
        assertEquals(byName, s);
        FeatureSet f = RadiomicsExtractor.of(s).extract(image(3), mask());
        assertEquals(List.of("original_firstorder_Mean", "original_glcm_Contrast"), List.copyOf(f.toMap().keySet()));
        assertEquals(RadiomicsExtractor.of(byName).extract(image(3), mask()).toMap(), f.toMap());
    }

    @Test
    void builderAndCollectionFormsAgreeAndDeprecatedFeaturesMayBeAsked() {
        ExtractionSettings a = ExtractionSettings.builder().binWidth(10)
                .features(GlcmFeature.DISSIMILARITY, GlcmFeature.CONTRAST, GldmFeature.values()[0]).build();
        ExtractionSettings b = ExtractionSettings.defaults().withBinWidth(10)
                .withFeatures(List.of(GlcmFeature.DISSIMILARITY, GlcmFeature.CONTRAST, GldmFeature.values()[0]));
        assertEquals(a, b);
        assertEquals(Set.of(FeatureClass.GLCM, FeatureClass.GLDM), a.enabledFeatures().keySet());
        FeatureSet f = RadiomicsExtractor.of(a).extract(image(5), mask());
        assertTrue(f.toMap().containsKey("original_glcm_Dissimilarity"), f.toMap().keySet().toString());
        assertTrue(f.toMap().containsKey("original_glcm_Contrast"), f.toMap().keySet().toString());
        assertEquals(3, f.size());
    }

    @Test
    void noFeatureIsAnError() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> ExtractionSettings.defaults().withFeatures());
        assertTrue(e.getMessage().contains("features"), e.getMessage());
    }

    @Test
    void executionDefaultsAndValidation() {
        ExecutionSettings d = ExecutionSettings.defaults();
        assertEquals(new ExecutionSettings(1, ComputeBackend.JAVA, OnFeatureError.THROW), d);
        assertEquals(4, d.withThreads(4).threads());
        assertEquals(OnFeatureError.RECORD, d.withOnFeatureError(OnFeatureError.RECORD).onFeatureError());
        assertEquals(ComputeBackend.ND4J, d.withBackend(ComputeBackend.ND4J).backend());
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> d.withThreads(0));
        assertTrue(e.getMessage().contains("threads") && e.getMessage().contains("0"), e.getMessage());
        assertThrows(NullPointerException.class, () -> d.withBackend(null));
    }

    @Test
    void executionNeverChangesAValueNorTheRecordedSettings() {
        ExtractionSettings s = ExtractionSettings.defaults().withBinWidth(20);
        RadiomicsExtractor plain = RadiomicsExtractor.of(s);
        assertSame(s, plain.settings());
        assertEquals(ExecutionSettings.defaults(), plain.execution());
        ExecutionSettings x = ExecutionSettings.defaults().withThreads(4).withOnFeatureError(OnFeatureError.RECORD);
        RadiomicsExtractor parallel = RadiomicsExtractor.builder().settings(s).execution(x).build();
        assertEquals(x, parallel.execution());
        FeatureSet one = plain.extract(image(7), mask());
        FeatureSet four = parallel.extract(image(7), mask());
        assertEquals(one.toMap(), four.toMap());
        String settings = one.diagnostics().get("Configuration_Settings");
        assertEquals(PyRadiomicsParameters.describe(s), settings);
        assertTrue(settings.contains("'binWidth': 20.0"), settings);
        assertEquals(settings, four.diagnostics().get("Configuration_Settings"));
    }
}
