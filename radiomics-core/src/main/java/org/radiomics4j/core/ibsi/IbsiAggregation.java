package org.radiomics4j.core.ibsi;

import java.util.EnumSet;
import java.util.Set;

/**
 * The IBSI feature aggregation methods (IBSI manual, section 3.1 "Feature aggregation", and the nomenclature table
 * of chapter 4), with the IBSI table label and permanent code of each.
 *
 * <p>GLCM and GLRLM are built per direction (4 in-plane directions in 2-D, 13 in 3-D for Chebyshev distance 1) and
 * use the six directional methods; GLSZM, GLDZM, NGTDM and NGLDM have no direction and use {@link #SLICE_2D},
 * {@link #MERGED_2_5D_SLICES} and {@link #VOLUME_3D}; the first-order families are computed once over the 3-D ROI
 * ({@link #VOLUME}). "Merging" sums matrix counts element by element (for run, zone and dependence matrices also
 * the voxel count N_v; for the NGTDM the s_i and n_i), and the features are then computed from the merged matrix.
 */
public enum IbsiAggregation {
    /** 2D:avg: one matrix per slice and in-plane direction, features averaged over slices and directions. */
    AVERAGED_2D("2D, averaged", "BTW3", true),
    /** 2D:smrg: the directional matrices of a slice are merged, features averaged over slices. */
    SLICE_MERGED_2D("2D, slice-merged", "SUJT", true),
    /** 2.5D:dmrg: each direction's matrices are merged over all slices, features averaged over directions. */
    DIRECTION_MERGED_2_5D("2.5D, direction-merged", "JJUI", true),
    /** 2.5D:vmrg: all directional matrices of all slices are merged into one. */
    MERGED_2_5D("2.5D, merged", "ZW7Z", true),
    /** 3D:avg: one matrix per 3-D direction, features averaged over the 13 directions. */
    AVERAGED_3D("3D, averaged", "ITBB", true),
    /** 3D:mrg: the 13 directional matrices are merged into one. */
    MERGED_3D("3D, merged", "IAZD", true),
    /** 2D: one matrix per slice, features averaged over slices. */
    SLICE_2D("2D", "8QNN", false),
    /** 2.5D: the per-slice matrices are merged into one. */
    MERGED_2_5D_SLICES("2.5D", "62GR", false),
    /** 3D: one matrix from the 3-D volume. */
    VOLUME_3D("3D", "KOBO", false),
    /** Computed once over the 3-D ROI (first-order families, morphology, local intensity). */
    VOLUME("", "DHQ4", false);

    private final String label;
    private final String code;
    private final boolean directional;

    IbsiAggregation(String label, String code, boolean directional) {
        this.label = label;
        this.code = code;
        this.directional = directional;
    }

    /** The label of the IBSI reference tables (the {@code aggregation} column), empty for {@link #VOLUME}. */
    public String label() {
        return label;
    }

    /** The IBSI permanent code (the {@code aggregation_code} column). */
    public String code() {
        return code;
    }

    /** Whether this is one of the six methods of the directional families (GLCM, GLRLM). */
    public boolean directional() {
        return directional;
    }

    /** Whether the method works slice by slice (2-D or 2.5-D). */
    public boolean sliceWise() {
        return this != AVERAGED_3D && this != MERGED_3D && this != VOLUME_3D && this != VOLUME;
    }

    /** The six methods of GLCM and GLRLM. */
    public static Set<IbsiAggregation> directionalMethods() {
        return EnumSet.range(AVERAGED_2D, MERGED_3D);
    }

    /** The three methods of GLSZM, GLDZM, NGTDM and NGLDM. */
    public static Set<IbsiAggregation> zoneMethods() {
        return EnumSet.range(SLICE_2D, VOLUME_3D);
    }

    /**
     * The method with this IBSI code.
     *
     * @throws IllegalArgumentException naming the code and the valid ones
     */
    public static IbsiAggregation ofCode(String code) {
        for (IbsiAggregation a : values()) {
            if (a.code.equalsIgnoreCase(code) || a.name().equalsIgnoreCase(code)) {
                return a;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (IbsiAggregation a : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(a.code).append(" (").append(a.name()).append(')');
        }
        throw new IllegalArgumentException("unknown IBSI aggregation '" + code + "'; valid: " + sb);
    }
}
