package org.radiomics4j.core.ibsi.texture;

import java.util.List;
import org.radiomics4j.core.ibsi.IbsiFeature;

/** The six IBSI texture families and the features each computes, in output order. */
public enum IbsiTextureFamily {
    /** Grey level co-occurrence matrix (directional). */
    GLCM("glcm", true, IbsiGlcmFeature.values()),
    /** Grey level run length matrix (directional). */
    GLRLM("glrlm", true, IbsiGlrlmFeature.values()),
    /** Grey level size zone matrix. */
    GLSZM("glszm", false, IbsiGlszmFeature.values()),
    /** Grey level distance zone matrix. */
    GLDZM("gldzm", false, IbsiGldzmFeature.values()),
    /** Neighbourhood grey tone difference matrix. */
    NGTDM("ngtdm", false, IbsiNgtdmFeature.values()),
    /** Neighbouring grey level dependence matrix. */
    NGLDM("ngldm", false, IbsiNgldmFeature.values());

    private final String family;
    private final boolean directional;
    private final IbsiFeature[] features;

    IbsiTextureFamily(String family, boolean directional, IbsiFeature[] features) {
        this.family = family;
        this.directional = directional;
        this.features = features;
    }

    /** The family name of the IBSI reference table. */
    public String family() {
        return family;
    }

    /** Whether the family is built per direction (GLCM, GLRLM) and uses the six directional aggregations. */
    public boolean directional() {
        return directional;
    }

    /** The features, in output order. */
    public List<IbsiFeature> features() {
        return List.of(features);
    }
}
