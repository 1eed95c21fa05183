package org.radiomics4j.core.ibsi;

/**
 * A discretised IBSI ROI: one grey level in {@code 1..ng} per voxel of the intensity mask, 0 elsewhere, on the grid
 * of the {@link IbsiRoi} it came from (which also supplies the morphological mask for the GLDZM distance map).
 * The level array is owned by this object and never handed out.
 */
public final class IbsiGreyLevels {
    private final IbsiRoi roi;
    private final int[] levels;
    private final int ng;

    IbsiGreyLevels(IbsiRoi roi, int[] levels, int ng) {
        this.roi = roi;
        this.levels = levels;
        this.ng = ng;
    }

    /** The ROI these levels were computed from. */
    public IbsiRoi roi() {
        return roi;
    }

    /** N_g: the number of grey levels the matrices span (levels are 1..ng). */
    public int ng() {
        return ng;
    }

    /** The grey level of voxel {@code i} (0 outside the intensity mask). */
    public int level(int i) {
        return levels[i];
    }

    public int nx() {
        return roi.nx();
    }

    public int ny() {
        return roi.ny();
    }

    public int nz() {
        return roi.nz();
    }

    /** The grey levels inside the intensity mask, in voxel order (a new array). */
    public int[] roiLevels() {
        int[] out = new int[roi.intensityCount()];
        int k = 0;
        for (int level : levels) {
            if (level > 0) {
                out[k++] = level;
            }
        }
        return out;
    }
}
