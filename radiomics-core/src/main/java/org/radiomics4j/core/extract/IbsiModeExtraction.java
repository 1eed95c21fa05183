package org.radiomics4j.core.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.ibsi.IbsiExtractor;
import org.radiomics4j.core.ibsi.IbsiNames;
import org.radiomics4j.core.image.GeometryMismatchException;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.preprocess.MaskCorrection;

/**
 * {@link RadiomicsExtractor}'s path in {@link ComplianceMode#IBSI} mode: label selection and the geometry check as
 * in PyRadiomics mode, then {@link IbsiExtractor} with {@link ExtractionSettings#ibsi()}; feature names as
 * {@link IbsiNames#featureName}. {@link IbsiExtractor#of} registers the IBSI image processing
 * ({@link org.radiomics4j.core.ibsi.IbsiSettings#preprocessing()}) and the morphology and local-intensity
 * computers; {@link #extractor} is the one place to plug in others. Package-private.
 */
final class IbsiModeExtraction {
    private IbsiModeExtraction() {
    }

    /**
     * Rejects PyRadiomics-mode settings that would have no effect in IBSI mode.
     *
     * @throws InvalidSettingException naming the setting
     */
    static void check(ExtractionSettings s) {
        if (s.resamples()) {
            throw new InvalidSettingException("resampledPixelSpacing " + s.resampledPixelSpacing() + " has no effect in"
                    + " IBSI mode: IBSI interpolation is set in the IBSI settings");
        }
        if (s.normalize()) {
            throw new InvalidSettingException("normalize has no effect in IBSI mode (IBSI defines no normalisation)");
        }
    }

    /**
     * The IBSI extractor for these settings: the standard one (every family, IBSI image processing); the plug-in
     * point for other computers ({@code .withFamily(...)}, {@code .withPreprocessor(...)}).
     */
    static IbsiExtractor extractor(ExtractionSettings s) {
        return IbsiExtractor.of(s.ibsi());
    }

    static FeatureSet extract(ExtractionSettings s, Volume image, Mask mask) {
        String difference = image.geometry().difference(mask.geometry(), s.geometryTolerance());
        if (difference != null) {
            if (!s.correctMask()) {
                throw new GeometryMismatchException("mask does not match image: " + difference + " (geometryTolerance "
                        + s.geometryTolerance() + "); if the mask's ROI lies inside the image, correctMask resamples"
                        + " the mask onto the image grid");
            }
            mask = MaskCorrection.toGrid(mask, image.geometry(), s.label());
        }
        Mask roi = mask.select(s.label());
        Map<String, String> diag = new LinkedHashMap<>();
        Provenance prov = Provenance.current(s);
        diag.put("Versions_radiomics4j", prov.radiomics4jVersion());
        diag.put("Versions_Java", prov.javaVersion() + " (" + prov.javaVendor() + ")");
        diag.put("Versions_Platform", prov.osName() + "/" + prov.osArch());
        diag.put("Configuration_ComplianceMode", "IBSI");
        diag.put("Configuration_IbsiSettings", s.ibsi().discretisation().describe() + ", IVH "
                + s.ibsi().ivhDiscretisation() + ", resegmentation [" + s.ibsi().resegmentationLower() + ", "
                + s.ibsi().resegmentationUpper() + "], outlier sigma " + s.ibsi().outlierSigma() + ", families "
                + s.ibsi().families() + ", aggregations " + s.ibsi().aggregations() + ", image processing "
                + s.ibsi().preprocessing());
        return FeatureSet.of(IbsiNames.byFeatureName(extractor(s).extract(image, roi)), diag);
    }
}
