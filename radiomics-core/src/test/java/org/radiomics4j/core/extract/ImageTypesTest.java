package org.radiomics4j.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The imageType block (PyRadiomics' per-image-type settings merged over {@code setting}) and the extractor's
 * handling of image types. The feature values of filtered images are checked against PyRadiomics in
 * radiomics-validation (PyRadiomicsFiltersTest); here only names, order, merging and errors.
 */
class ImageTypesTest {

    /** The "combined" configuration of testdata/pyradiomics-filters/configs.json. */
    private static final String COMBINED = """
            imageType:
              Original: {}
              LoG: {sigma: [1.0, 3.0]}
              Wavelet: {binWidth: 10}
              Square: {}
              SquareRoot: {}
              Logarithm: {}
              Exponential: {binWidth: 1}
              Gradient: {}
              LBP2D: {binWidth: 1, force2D: true, force2Ddimension: 0}
              LBP3D: {binWidth: 1}
            setting: {binWidth: 25}
            """;

    private static String message(String yaml) {
        return assertThrows(InvalidSettingException.class, () -> PyRadiomicsParameters.parse(yaml, "my.yaml"))
                .getMessage();
    }

    @Test
    void combinedConfigurationKeepsOrderAndMergesPerTypeSettings() {
        ExtractionSettings s = PyRadiomicsParameters.parse(COMBINED, "combined.yaml");
        assertEquals(List.of(ImageType.ORIGINAL, ImageType.LOG, ImageType.WAVELET, ImageType.SQUARE,
                ImageType.SQUARE_ROOT, ImageType.LOGARITHM, ImageType.EXPONENTIAL, ImageType.GRADIENT, ImageType.LBP2D,
                ImageType.LBP3D), List.copyOf(s.imageTypes().keySet()));
        assertEquals(new Binning.FixedBinWidth(25), s.binning());
        assertEquals(new Binning.FixedBinWidth(25), s.settingsFor(ImageType.ORIGINAL).binning());
        assertEquals(new Binning.FixedBinWidth(10), s.settingsFor(ImageType.WAVELET).binning());
        assertEquals(new Binning.FixedBinWidth(1), s.settingsFor(ImageType.EXPONENTIAL).binning());
        ExtractionSettings lbp = s.settingsFor(ImageType.LBP2D);
        assertTrue(lbp.force2D());
        assertEquals(0, lbp.force2Ddimension());
        assertFalse(s.force2D(), "the general settings are unchanged");
        assertEquals(List.of(1.0, 3.0), s.imageTypes().get(ImageType.LOG).filter().sigma());
        assertEquals(List.of(), s.imageTypes().get(ImageType.WAVELET).filter().sigma());
        assertEquals("coif1", s.imageTypes().get(ImageType.WAVELET).filter().wavelet());
        assertEquals(8, s.imageTypes().get(ImageType.LBP2D).filter().lbp2DSamples(), "the code default, not 9");
    }

    @Test
    void filterSettingsUnderSettingApplyToEveryImageTypeUnlessOverridden() {
        ExtractionSettings s = PyRadiomicsParameters.parse("""
                setting: {wavelet: haar, level: 2, sigma: [2.0]}
                imageType:
                  Wavelet: {start_level: 1}
                  LoG: {sigma: [0.5]}
                """);
        FilterParameters w = s.imageTypes().get(ImageType.WAVELET).filter();
        assertEquals("haar", w.wavelet());
        assertEquals(2, w.level());
        assertEquals(1, w.startLevel());
        assertEquals(List.of(0.5), s.imageTypes().get(ImageType.LOG).filter().sigma());
    }

    @Test
    void generalBinCountWinsOverAPerTypeBinWidthAsInPyRadiomics() {
        ExtractionSettings s = PyRadiomicsParameters.parse("""
                setting: {binCount: 32}
                imageType: {Square: {binWidth: 5}, Wavelet: {binCount: 8}}
                """);
        assertEquals(new Binning.FixedBinCount(32), s.settingsFor(ImageType.SQUARE).binning());
        assertEquals(new Binning.FixedBinCount(8), s.settingsFor(ImageType.WAVELET).binning());
    }

    @Test
    void errorsNameTheKey() {
        String m = message("imageType: {Wavelett: {}}\n");
        assertTrue(m.contains("Wavelett") && m.contains("did you mean 'Wavelet'") && m.contains("my.yaml"), m);
        m = message("imageType: {Wavelet: {wavelet: bior1.3}}\n");
        assertTrue(m.contains("'wavelet'") && m.contains("bior1.3") && m.contains("coif1") && m.contains("haar"), m);
        m = message("imageType: {Wavelet: {levle: 2}}\n");
        assertTrue(m.contains("levle") && m.contains("did you mean 'level'"), m);
        m = message("imageType: {Square: {normalize: true}}\n");
        assertTrue(m.contains("normalize") && m.contains("Square") && m.contains("under 'setting'"), m);
        m = message("imageType: {LoG: {sigma: [0.0]}}\n");
        assertTrue(m.contains("sigma") && m.contains("> 0"), m);
        m = message("setting: {lbp2DMethod: fancy}\n");
        assertTrue(m.contains("lbp2DMethod") && m.contains("uniform"), m);
        m = message("setting: {wavelt: coif1}\n");
        assertTrue(m.contains("did you mean 'wavelet'"), m);
    }

    @Test
    void everyImageTypeBuildsAnExtractorAndLoGWithoutSigmaFailsNamingIt() {
        ExtractionSettings s = PyRadiomicsParameters.parse(COMBINED);
        RadiomicsExtractor.of(s);
        for (ImageType t : List.of(ImageType.GRADIENT, ImageType.LBP2D, ImageType.LBP3D)) {
            RadiomicsExtractor.of(ExtractionSettings.defaults().withEnabledImageTypes(t));
        }
        ExtractionSettings noSigma = ExtractionSettings.defaults().withEnabledImageTypes(ImageType.LOG);
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> RadiomicsExtractor.of(noSigma));
        assertTrue(e.getMessage().contains("sigma") && e.getMessage().contains("LoG"), e.getMessage());
    }

    private static final Geometry G = Geometry.of(7, 6, 5, 1, 1, 2);

    private static Volume image() {
        double[] d = new double[G.voxelCount()];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i * 37) % 101 - 20;
        }
        return Volume.of(d, G);
    }

    private static Mask mask() {
        int[] m = new int[G.voxelCount()];
        for (int z = 1; z < 4; z++) {
            for (int y = 1; y < 5; y++) {
                for (int x = 2; x < 6; x++) {
                    m[G.index(x, y, z)] = 1;
                }
            }
        }
        return Mask.of(m, G);
    }

    @Test
    void filteredFeaturesAreNamedByImageTypeAndShapeComesOnceFromTheOriginal() {
        ExtractionSettings s = ExtractionSettings.defaults().withBinWidth(10)
                .withEnabledClasses(FeatureClass.FIRSTORDER, FeatureClass.SHAPE, FeatureClass.GLCM)
                .withEnabledImageTypes(ImageType.WAVELET, ImageType.SQUARE);
        FeatureSet f = RadiomicsExtractor.of(s).extract(image(), mask());
        List<String> names = f.names();
        assertTrue(names.contains("original_shape_VoxelVolume"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("original_firstorder")), "Original not enabled");
        assertFalse(names.stream().anyMatch(n -> n.contains("_shape_") && !n.startsWith("original_")));
        for (String t : List.of("wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH",
                "wavelet-HHL", "wavelet-HHH", "wavelet-LLL", "square")) {
            assertTrue(names.contains(t + "_firstorder_Mean"), t);
            assertTrue(names.contains(t + "_glcm_Correlation"), t);
        }
        assertEquals(14 + 9 * (18 + 24), f.size());
        assertEquals("{'Wavelet': {}, 'Square': {}}", f.diagnostics().get("Configuration_EnabledImageTypes"));
    }

    @Test
    void perTypeBinWidthChangesOnlyThatType() {
        ExtractionSettings base = ExtractionSettings.defaults().withBinWidth(10)
                .withEnabledClasses(FeatureClass.FIRSTORDER);
        FeatureSet plain = RadiomicsExtractor.of(base.withEnabledImageTypes(ImageType.ORIGINAL, ImageType.SQUARE))
                .extract(image(), mask());
        ExtractionSettings custom = base.withImageTypes(new java.util.LinkedHashMap<>(Map.of(ImageType.ORIGINAL,
                ImageTypeSettings.defaults(), ImageType.SQUARE, ImageTypeSettings.defaults().withOverrides(
                        SettingOverrides.none().withBinning(new Binning.FixedBinWidth(1))))));
        FeatureSet f = RadiomicsExtractor.of(custom).extract(image(), mask());
        assertEquals(plain.get("original_firstorder_Entropy"), f.get("original_firstorder_Entropy"), 0);
        assertEquals(plain.get("square_firstorder_Mean"), f.get("square_firstorder_Mean"), 0);
        assertTrue(f.get("square_firstorder_Entropy") > plain.get("square_firstorder_Entropy"),
                "a finer bin width gives a larger entropy");
        assertEquals(Optional.of(new Binning.FixedBinWidth(1)),
                custom.imageTypes().get(ImageType.SQUARE).overrides().binning());
    }

    @Test
    void withPreCropTheFiltersSeeTheLabelBoxGrownByPadDistanceAsInPyRadiomics() {
        ExtractionSettings s = ExtractionSettings.defaults().withBinWidth(5)
                .withEnabledClasses(FeatureClass.FIRSTORDER, FeatureClass.GLCM)
                .withEnabledImageTypes(ImageType.SQUARE, ImageType.WAVELET).withPadDistance(1);
        FeatureSet pre = RadiomicsExtractor.of(s.withPreCrop(true)).extract(image(), mask());
        org.radiomics4j.core.image.BoundingBox box = new org.radiomics4j.core.image.BoundingBox(1, 0, 0, 6, 6, 5);
        FeatureSet cropped = RadiomicsExtractor.of(s).extract(image().crop(box), mask().crop(box));
        assertEquals(cropped.names(), pre.names());
        for (String n : cropped.names()) {
            assertEquals(cropped.get(n), pre.get(n), 0, n);
        }
        FeatureSet whole = RadiomicsExtractor.of(s).extract(image(), mask());
        assertTrue(whole.get("wavelet-HHH_firstorder_Mean") != pre.get("wavelet-HHH_firstorder_Mean"),
                "the periodic wavelet sees a different image when pre-cropped");
    }
}
