package org.radiomics4j.core.ibsi.intensity;

import org.radiomics4j.core.ibsi.IbsiFeature;

/**
 * The IBSI intensity-volume histogram features with reference values (IBSI manual, section 3.5, family code
 * P88C), over the 3-D ROI (DHQ4). With ν(i) the fraction of the ROI volume with intensity ≥ i and γ(i) the
 * intensity fraction (see {@link IvhDiscretisation}), both evaluated on the IVH grid:
 * <ul>
 *   <li>V_x = ν(i*) with i* the lowest grid intensity whose γ(i*) ≥ x;</li>
 *   <li>I_x = the lowest grid intensity i with ν(i) ≤ x.</li>
 * </ul>
 * The IBSI code BC2M covers both V10 and V90 and GBPN both I10 and I90; their code keys carry the suffixes
 * {@code _10} and {@code _90}. The area under the IVH curve (9CMM) has no IBSI reference value and is not computed.
 */
public enum IntensityVolumeHistogramFeature implements IbsiFeature {
    /** BC2M (V10): volume fraction at 10 % intensity. */
    VOLUME_FRACTION_AT_10("BC2M", "_10", "VolumeFractionAt10PercentIntensity"),
    /** BC2M (V90): volume fraction at 90 % intensity. */
    VOLUME_FRACTION_AT_90("BC2M", "_90", "VolumeFractionAt90PercentIntensity"),
    /** GBPN (I10): intensity at 10 % volume. */
    INTENSITY_AT_10("GBPN", "_10", "IntensityAt10PercentVolume"),
    /** GBPN (I90): intensity at 90 % volume. */
    INTENSITY_AT_90("GBPN", "_90", "IntensityAt90PercentVolume"),
    /** DDTU: V10 − V90. */
    VOLUME_FRACTION_DIFFERENCE("DDTU", "", "VolumeFractionDifference"),
    /** CNV2: I10 − I90. */
    INTENSITY_FRACTION_DIFFERENCE("CNV2", "", "IntensityFractionDifference");

    private final String code;
    private final String suffix;
    private final String outputName;

    IntensityVolumeHistogramFeature(String code, String suffix, String outputName) {
        this.code = code;
        this.suffix = suffix;
        this.outputName = outputName;
    }

    @Override
    public String family() {
        return "intensity_volume_histogram";
    }

    @Override
    public String ibsiCode() {
        return code;
    }

    @Override
    public String codeKey() {
        return code + suffix;
    }

    @Override
    public String outputName() {
        return outputName;
    }

    /** The feature with this output name, if any (used to recover the code key of a value). */
    public static java.util.Optional<IntensityVolumeHistogramFeature> ofOutputName(String name) {
        for (IntensityVolumeHistogramFeature f : values()) {
            if (f.outputName.equals(name)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
