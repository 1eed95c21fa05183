package org.radiomics4j.core.ibsi;

/** The IBSI chapter 1 feature families, named as in the {@code family} column of the IBSI reference table. */
public enum IbsiFamily {
    /** Morphology (IBSI 3.1): computed by a plug-in ({@link IbsiExtractor#withFamily}). */
    MORPHOLOGY("morphology"),
    /** Local intensity (IBSI 3.2): computed by a plug-in ({@link IbsiExtractor#withFamily}). */
    LOCAL_INTENSITY("local_intensity"),
    /** Intensity statistics (IBSI 3.3). */
    INTENSITY_STATISTICS("intensity_statistics"),
    /** Intensity histogram (IBSI 3.4). */
    INTENSITY_HISTOGRAM("intensity_histogram"),
    /** Intensity-volume histogram (IBSI 3.5). */
    INTENSITY_VOLUME_HISTOGRAM("intensity_volume_histogram"),
    /** Grey level co-occurrence matrix (IBSI 3.6). */
    GLCM("glcm"),
    /** Grey level run length matrix (IBSI 3.7). */
    GLRLM("glrlm"),
    /** Grey level size zone matrix (IBSI 3.8). */
    GLSZM("glszm"),
    /** Grey level distance zone matrix (IBSI 3.9). */
    GLDZM("gldzm"),
    /** Neighbourhood grey tone difference matrix (IBSI 3.10). */
    NGTDM("ngtdm"),
    /** Neighbouring grey level dependence matrix (IBSI 3.11). */
    NGLDM("ngldm");

    private final String tableName;

    IbsiFamily(String tableName) {
        this.tableName = tableName;
    }

    /** The family name of the IBSI reference table, e.g. {@code intensity_volume_histogram}. */
    public String tableName() {
        return tableName;
    }

    /**
     * The family with this table name or enum name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and the valid names
     */
    public static IbsiFamily parse(String name) {
        for (IbsiFamily f : values()) {
            if (f.tableName.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (IbsiFamily f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.tableName);
        }
        throw new IllegalArgumentException("unknown IBSI family '" + name + "'; valid: " + sb);
    }
}
