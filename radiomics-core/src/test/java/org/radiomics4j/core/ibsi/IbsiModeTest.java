package org.radiomics4j.core.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ComplianceMode;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureNaming;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.PyRadiomicsParameters;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.ibsi.intensity.IvhDiscretisation;

/**
 * IBSI mode through the public facade: the shipped parameter file radiomics-examples/params/ibsi/digital-phantom.yaml,
 * RadiomicsExtractor in IBSI mode on the digital phantom, {@code --names ibsi-codes} keys checked against every
 * digital-phantom reference value of our families (testdata/ibsi/reference_values.csv), and the YAML rules.
 */
class IbsiModeTest {
    private static final Path PARAMS = Path.of("..", "radiomics-examples", "params", "ibsi", "digital-phantom.yaml");

    @Test
    void shippedDigitalPhantomParametersReproduceEveryReferenceValueByCode() throws IOException {
        ExtractionSettings s = PyRadiomicsParameters.parse(Files.readString(PARAMS), PARAMS.toString());
        assertEquals(ComplianceMode.IBSI, s.mode());
        FeatureSet f = RadiomicsExtractor.of(s).extract(IbsiReference.phantomImage(), IbsiReference.phantomMask());
        FeatureSet byCode = FeatureNaming.IBSI_CODES.apply(f);
        assertEquals(f.size(), byCode.size());
        int checked = 0;
        for (IbsiReference.Row r : IbsiReference.rows()) {
            if (!r.configuration().equals("digital_phantom")) {
                continue;
            }
            String key = r.ibsiCode() + ivhSuffix(r.featureName()) + ":" + r.aggregationCode();
            assertTrue(byCode.contains(key), "missing key " + key + " for " + r);
            assertTrue(r.matches(byCode.get(key)), r + ": " + byCode.get(key));
            checked++;
        }
        assertEquals(482, checked);
        assertEquals(482, byCode.size(), "one output per reference value");
        assertTrue(f.contains("glcm_JointMaximum_GYBY_BTW3"), f.names().toString());
        assertEquals("IBSI", f.diagnostics().get("Configuration_ComplianceMode"));
    }

    private static String ivhSuffix(String featureName) {
        if (featureName.contains("10%")) {
            return "_10";
        }
        return featureName.contains("90%") ? "_90" : "";
    }

    @Test
    void pyRadiomicsModeStaysTheDefault() {
        assertEquals(ComplianceMode.PYRADIOMICS, ExtractionSettings.defaults().mode());
        assertEquals(ComplianceMode.PYRADIOMICS, PyRadiomicsParameters.parse("setting: {binWidth: 25}").mode());
    }

    @Test
    void yamlIbsiKeysAreRead() {
        ExtractionSettings s = PyRadiomicsParameters.parse("setting: {complianceMode: IBSI, binCount: 32,"
                + " resegmentRange: [-1000, 400], ibsiOutlierSigma: 3, ibsiIvhBinCount: 1000,"
                + " ibsiAggregations: [ITBB, IAZD, KOBO]}");
        IbsiSettings i = s.ibsi();
        assertEquals(new IbsiDiscretisation.FixedBinNumber(32), i.discretisation());
        assertEquals(new IvhDiscretisation.FixedBinNumber(1000), i.ivhDiscretisation());
        assertEquals(-1000, i.resegmentationLower());
        assertEquals(400, i.resegmentationUpper());
        assertEquals(3, i.outlierSigma());
        assertEquals(3, i.aggregations().size());
    }

    @Test
    void yamlErrorsNameTheKey() {
        InvalidSettingException a = assertThrows(InvalidSettingException.class, () -> PyRadiomicsParameters.parse(
                "setting: {complianceMode: IBSI, binWidth: 1, ibsiAgregations: [BTW3]}", "p.yaml"));
        assertTrue(a.getMessage().contains("ibsiAgregations") && a.getMessage().contains("p.yaml"), a.getMessage());
        InvalidSettingException b = assertThrows(InvalidSettingException.class, () -> PyRadiomicsParameters.parse(
                "setting: {complianceMode: IBSI, binWidth: 1, force2D: true}", "p.yaml"));
        assertTrue(b.getMessage().contains("'force2D'") && b.getMessage().contains("IBSI"), b.getMessage());
        InvalidSettingException c = assertThrows(InvalidSettingException.class, () -> PyRadiomicsParameters.parse(
                "setting: {binWidth: 1, ibsiOutlierSigma: 3}", "p.yaml"));
        assertTrue(c.getMessage().contains("ibsiOutlierSigma") && c.getMessage().contains("complianceMode"),
                c.getMessage());
        InvalidSettingException d = assertThrows(InvalidSettingException.class, () -> PyRadiomicsParameters.parse(
                "setting: {complianceMode: IBSI, binWidth: 1, ibsiAggregations: [XXXX]}", "p.yaml"));
        assertTrue(d.getMessage().contains("XXXX") && d.getMessage().contains("BTW3"), d.getMessage());
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> PyRadiomicsParameters.parse(
                "setting: {complianceMode: IBSI}", "p.yaml"));
        assertTrue(e.getMessage().contains("binWidth"), e.getMessage());
        InvalidSettingException f = assertThrows(InvalidSettingException.class, () -> PyRadiomicsParameters.parse(
                "setting: {complianceMode: IBSX}", "p.yaml"));
        assertTrue(f.getMessage().contains("complianceMode") && f.getMessage().contains("IBSX"), f.getMessage());
    }

    @Test
    void rangeResegmentationChangesTheIntensityMaskOnly() {
        // digital phantom grey levels {1, 3, 4, 6}; range [1, 4] drops the grey level 6 voxels from the intensity
        // mask (IBSI 2.5, SEFI) but not from the morphological mask (G5KJ): voxel-count volume stays 74 x 8 mm^3 =
        // 592 mm^3 (IBSI reference YEKZ), the maximum intensity becomes 4
        IbsiSettings s = IbsiSettings.withDefaults().withResegmentationRange(1, 4).withFamilies(java.util.Set.of(
                IbsiFamily.MORPHOLOGY, IbsiFamily.INTENSITY_STATISTICS));
        Map<String, Double> out = new java.util.HashMap<>();
        for (IbsiFeatureValue v : IbsiExtractor.of(s).extract(IbsiReference.phantomImage(),
                IbsiReference.phantomMask())) {
            out.put(v.codeKey(), v.value());
        }
        assertEquals(592, out.get("YEKZ:DHQ4"), 1e-9);
        assertEquals(4, out.get("84IY:DHQ4"), 0);
        assertEquals(1, out.get("1GSF:DHQ4"), 0);
    }

    @Test
    void yamlInterpolationKeysAreRead() {
        ExtractionSettings s = PyRadiomicsParameters.parse("setting: {complianceMode: IBSI, binCount: 32,"
                + " ibsiInterpolation: 3D, ibsiResampledSpacing: [2, 2, 2], ibsiInterpolator: cubicSpline,"
                + " ibsiRoundIntensities: true, ibsiPartialVolumeThreshold: 0.5, resegmentRange: [-1000, 400],"
                + " ibsiOutlierSigma: 3}");
        assertEquals(org.radiomics4j.core.ibsi.preprocess.IbsiPreprocessing.ctConfiguration('E'),
                s.ibsi().preprocessing());
        ExtractionSettings b = PyRadiomicsParameters.parse("setting: {complianceMode: IBSI, binCount: 32,"
                + " ibsiInterpolation: 2D, ibsiResampledSpacing: [2, 2], ibsiRoundIntensities: true,"
                + " resegmentRange: [-500, 400]}");
        assertEquals(org.radiomics4j.core.ibsi.preprocess.IbsiPreprocessing.ctConfiguration('B'),
                b.ibsi().preprocessing());
        Map<String, String> badToKey = Map.of(
                "ibsiInterpolation: 2D, ibsiResampledSpacing: [2, 2, 2]", "ibsiResampledSpacing",
                "ibsiInterpolation: 3D", "ibsiResampledSpacing",
                "ibsiResampledSpacing: [2, 2, 2]", "ibsiResampledSpacing",
                "ibsiInterpolation: 4D", "ibsiInterpolation",
                "ibsiInterpolator: cubic", "ibsiInterpolator",
                "ibsiRoundIntensities: 1", "ibsiRoundIntensities",
                "ibsiPartialVolumeThreshold: 0", "ibsiPartialVolumeThreshold",
                "ibsiInterpolaton: 3D", "ibsiInterpolaton");
        for (Map.Entry<String, String> bad : badToKey.entrySet()) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> PyRadiomicsParameters
                    .parse("setting: {complianceMode: IBSI, binWidth: 1, " + bad.getKey() + "}", "p.yaml"),
                    bad.getKey());
            assertTrue(e.getMessage().contains("p.yaml") && e.getMessage().contains("'" + bad.getValue() + "'"),
                    bad.getKey() + " -> " + e.getMessage());
        }
    }

    @Test
    void textureFamilyWithoutOneOfItsAggregationsFails() {
        IbsiSettings s = IbsiSettings.withDefaults().withFamilies(java.util.Set.of(IbsiFamily.GLCM))
                .withAggregations(java.util.Set.of(IbsiAggregation.VOLUME_3D));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IbsiExtractor.of(s)
                .extract(IbsiReference.phantomImage(), IbsiReference.phantomMask()));
        assertTrue(e.getMessage().contains("glcm") && e.getMessage().contains("AVERAGED_2D"), e.getMessage());
    }

    @Test
    void settingsIterateInEnumOrder() {
        IbsiSettings s = IbsiSettings.withDefaults().withAggregations(java.util.Set.of(IbsiAggregation.VOLUME_3D,
                IbsiAggregation.AVERAGED_2D, IbsiAggregation.MERGED_3D));
        assertEquals("[AVERAGED_2D, MERGED_3D, VOLUME_3D]", s.aggregations().toString());
    }

    @Test
    void pluginFamilyValuesAreIncluded() {
        IbsiFeatureValue v = new IbsiFeatureValue("morphology", "VolumeVoxelCounting", "YEKZ", "DHQ4", 592);
        List<IbsiFeatureValue> out = IbsiExtractor.of(IbsiSettings.withDefaults()
                        .withFamilies(java.util.Set.of(IbsiFamily.MORPHOLOGY)))
                .withFamily(IbsiFamily.MORPHOLOGY, (roi, settings) -> List.of(v))
                .extract(IbsiReference.phantomImage(), IbsiReference.phantomMask());
        assertEquals(List.of(v), out);
        assertEquals("YEKZ:DHQ4", IbsiNames.ibsiCodeKey(IbsiNames.featureName(v)));
        assertEquals(Map.of("morphology_VolumeVoxelCounting_YEKZ_DHQ4", 592.0), IbsiNames.byFeatureName(out));
    }
}
