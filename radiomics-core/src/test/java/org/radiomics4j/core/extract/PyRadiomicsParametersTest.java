package org.radiomics4j.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.features.FeatureClass;

/** Parameter files modelled on PyRadiomics' examples/exampleSettings (test resources under params/). */
class PyRadiomicsParametersTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PyRadiomicsParametersTest.class.getResource("/params/" + name).toURI());
    }

    /** The core parses text; the test opens the file (radiomics-io's ParameterFiles does it for users). */
    private static ExtractionSettings read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PyRadiomicsParameters.parse(in, file.toString());
        }
    }

    @Test
    void exampleParamsFile() throws URISyntaxException, IOException {
        Path file = resource("Params.yaml");
        ExtractionSettings s = ExtractionSettings.fromPyRadiomicsYaml(Files.readString(file), file.toString());
        assertEquals(new Binning.FixedBinWidth(25), s.binning());
        assertEquals(1, s.label());
        assertFalse(s.resamples());
        assertEquals(WeightingNorm.NONE, s.weightingNorm());
        assertEquals(Set.of(FeatureClass.SHAPE, FeatureClass.FIRSTORDER, FeatureClass.GLCM, FeatureClass.GLRLM,
                FeatureClass.GLSZM, FeatureClass.GLDM, FeatureClass.NGTDM), s.enabledFeatures().keySet());
        assertTrue(s.enabledFeatures().get(FeatureClass.FIRSTORDER).isEmpty());
        assertTrue(s.enabledFeatures().get(FeatureClass.SHAPE).isEmpty());
        assertEquals(22, s.enabledFeatures().get(FeatureClass.GLCM).size());
        assertFalse(s.enabledFeatures().get(FeatureClass.GLCM).contains("SumAverage"));
    }

    @Test
    void everySettingMaps() throws URISyntaxException, IOException {
        ExtractionSettings s = read(resource("ResampledMR.yaml"));
        assertEquals(new Binning.FixedBinCount(32), s.binning());
        assertTrue(s.normalize());
        assertEquals(100, s.normalizeScale());
        assertEquals(OptionalDouble.of(3), s.removeOutliers());
        assertEquals(Interpolator.BSPLINE, s.interpolator());
        assertEquals(List.of(3.0, 3.0, 3.0), s.resampledPixelSpacing());
        assertEquals(10, s.padDistance());
        assertEquals(300, s.voxelArrayShift());
        assertEquals(List.of(-3.0, 3.0), s.resegmentRange());
        assertEquals(ResegmentMode.SIGMA, s.resegmentMode());
        assertEquals(List.of(1, 2), s.distances());
        assertEquals(WeightingNorm.NO_WEIGHTING, s.weightingNorm());
        assertEquals(OptionalInt.of(50), s.minimumRoiSize());
        assertTrue(s.correctMask());
        assertEquals(1e-4, s.geometryTolerance());
        assertTrue(s.preCrop());
        assertEquals(2, s.label());
        assertEquals(Set.of(FeatureClass.FIRSTORDER, FeatureClass.SHAPE), s.enabledFeatures().keySet());
    }

    @Test
    void emptyFileAndMissingBlocksGiveDefaults() {
        assertEquals(ExtractionSettings.defaults(), PyRadiomicsParameters.parse(""));
        assertEquals(ExtractionSettings.defaults(), PyRadiomicsParameters.parse("setting:\n  binWidth: 25\n"));
    }

    @Test
    void nullInterpolatorDisablesResampling() {
        ExtractionSettings s = PyRadiomicsParameters.parse("setting:\n  interpolator:\n  resampledPixelSpacing: [2, 2, 2]\n");
        assertFalse(s.resamples());
        ExtractionSettings t = PyRadiomicsParameters.parse(
                "setting:\n  interpolator: sitkLinear\n  resampledPixelSpacing: [2, 2, 0]\n");
        assertEquals(Interpolator.LINEAR, t.interpolator());
        assertEquals(List.of(2.0, 2.0, 0.0), t.resampledPixelSpacing());
    }

    private static String message(String yaml) {
        return assertThrows(InvalidSettingException.class, () -> PyRadiomicsParameters.parse(yaml, "my.yaml"))
                .getMessage();
    }

    @Test
    void unknownSettingNamesKeyFileAndNearestKey() {
        String m = message("setting:\n  binwidht: 10\n");
        assertTrue(m.contains("binwidht") && m.contains("my.yaml") && m.contains("did you mean 'binWidth'"), m);
    }

    @Test
    void unsupportedSettingsAndBlocksAreNamed() {
        String m = message("setting:\n  kernelRadius: 2\n");
        assertTrue(m.contains("kernelRadius") && m.contains("not support"), m);
        m = message("voxelSetting:\n  kernelRadious: 2\n");
        assertTrue(m.contains("kernelRadious") && m.contains("my.yaml") && m.contains("did you mean 'kernelRadius'"), m);
        m = message("imageType:\n  Orignal: {}\n");
        assertTrue(m.contains("did you mean 'Original'"), m);
        m = message("settings:\n  binWidth: 10\n");
        assertTrue(m.contains("did you mean 'setting'"), m);
    }

    @Test
    void unknownFeatureClassesAndFeaturesNameTheNearest() {
        String m = message("featureClass:\n  glmc:\n");
        assertTrue(m.contains("glmc") && m.contains("did you mean 'glcm'"), m);
        m = message("featureClass:\n  firstorder: ['Entropie']\n");
        assertTrue(m.contains("Entropie") && m.contains("did you mean 'Entropy'"), m);
    }

    @Test
    void wrongValueTypesAndDomainsAreReported() {
        String m = message("setting:\n  binWidth: abc\n");
        assertTrue(m.contains("binWidth") && m.contains("number"), m);
        m = message("setting:\n  binWidth: 0\n");
        assertTrue(m.contains("binWidth must be > 0") && m.contains("my.yaml"), m);
        m = message("setting:\n  interpolator: sitkGaussian\n");
        assertTrue(m.contains("sitkGaussian"), m);
        m = message("setting:\n  resegmentMode: percent\n");
        assertTrue(m.contains("absolute, relative, sigma"), m);
        m = message("setting:\n  force2D: 1\n");
        assertTrue(m.contains("force2D") && m.contains("true or false"), m);
    }

    @Test
    void invalidYamlAndUnreadableTextAreRadiomicsExceptions() {
        RadiomicsException y = assertThrows(RadiomicsException.class,
                () -> PyRadiomicsParameters.parse("setting: [unclosed", "x.yaml"));
        assertTrue(y.getMessage().contains("x.yaml"), y.getMessage());
        Reader broken = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        RadiomicsException e = assertThrows(RadiomicsException.class,
                () -> PyRadiomicsParameters.parse(broken, "broken.yaml"));
        assertTrue(e.getMessage().contains("broken.yaml") && e.getMessage().contains("disk on fire"),
                e.getMessage());
    }

    @Test
    void aReaderParsesLikeAString() {
        String yaml = "setting:\n  binWidth: 10\n  label: 2\nfeatureClass:\n  glcm: [Contrast]\n";
        assertEquals(PyRadiomicsParameters.parse(yaml, "a"), PyRadiomicsParameters.parse(new StringReader(yaml), "a"));
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> PyRadiomicsParameters.parse(new StringReader("setting:\n  binWidht: 10\n"), "mine.yaml"));
        assertTrue(e.getMessage().contains("mine.yaml") && e.getMessage().contains("binWidht")
                && e.getMessage().contains("binWidth"), e.getMessage());
    }

    @Test
    void describeWritesPythonLiterals() {
        String d = PyRadiomicsParameters.describe(ExtractionSettings.defaults().withResampledPixelSpacing(List.of(2.0, 2.0, 2.0)));
        assertTrue(d.startsWith("{'label': 1, 'binWidth': 25.0"), d);
        assertTrue(d.contains("'resampledPixelSpacing': [2.0, 2.0, 2.0]") && d.contains("'weightingNorm': None"), d);
    }
}
