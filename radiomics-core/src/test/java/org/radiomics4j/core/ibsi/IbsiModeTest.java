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
        ExtractionSettings s = PyRadiomicsParameters.read(PARAMS);
        assertEquals(ComplianceMode.IBSI, s.mode());
        FeatureSet f = RadiomicsExtractor.of(s).extract(IbsiReference.phantomImage(), IbsiReference.phantomMask());
        FeatureSet byCode = FeatureNaming.IBSI_CODES.apply(f);
        assertEquals(f.size(), byCode.size());
        int checked = 0;
        for (IbsiReference.Row r : IbsiReference.rows()) {
            if (!r.configuration().equals("digital_phantom") || r.family().equals("morphology")
                    || r.family().equals("local_intensity")) {
                continue;
            }
            String key = r.ibsiCode() + ivhSuffix(r.featureName()) + ":" + r.aggregationCode();
            assertTrue(byCode.contains(key), "missing key " + key + " for " + r);
            assertTrue(r.matches(byCode.get(key)), r + ": " + byCode.get(key));
            checked++;
        }
        assertEquals(455, checked);
        assertEquals(455, byCode.size(), "one output per reference value");
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
    void resegmentationWithoutPreprocessorFailsInsteadOfBeingIgnored() {
        IbsiSettings s = IbsiSettings.withDefaults().withResegmentationRange(1, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IbsiExtractor.of(s)
                .extract(IbsiReference.phantomImage(), IbsiReference.phantomMask()));
        assertTrue(e.getMessage().contains("preprocessor"), e.getMessage());
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> IbsiExtractor.of(
                IbsiSettings.withDefaults().withFamilies(java.util.Set.of(IbsiFamily.MORPHOLOGY)))
                .extract(IbsiReference.phantomImage(), IbsiReference.phantomMask()));
        assertTrue(m.getMessage().contains("morphology"), m.getMessage());
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
