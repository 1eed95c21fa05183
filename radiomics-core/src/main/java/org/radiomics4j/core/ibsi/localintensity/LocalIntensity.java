package org.radiomics4j.core.ibsi.localintensity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.ibsi.IbsiFeatureValue;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The IBSI local intensity family (IBSI reference manual, section 3.2, family code 9ST6), computed over the 3-D
 * image (aggregation code {@code DHQ4}).
 *
 * <p>The neighbourhood of a voxel is the 1 cm³ sphere centred on its centre: every image voxel whose centre lies
 * within {@code r = (3/(4π))^{1/3} cm ≈ 6.2035 mm} (Euclidean distance in mm, using the voxel spacing), the centre
 * voxel included. The neighbourhood draws on every image voxel, inside the ROI or not; voxels beyond the image
 * border are absent (the mean is over the voxels that exist). Only intensity-mask voxels are centres.
 *
 * <ul>
 *   <li><b>Local intensity peak</b> (VJGA, {@code loc.peak.local}): the mean intensity of the sphere centred on the
 *   intensity-mask voxel of maximum intensity; if several voxels share the maximum, the highest of their means
 *   (manual: "the highest local intensity peak is chosen").</li>
 *   <li><b>Global intensity peak</b> (0F91, {@code loc.peak.global}): the highest sphere mean over every
 *   intensity-mask voxel.</li>
 * </ul>
 *
 * <p>Cost: one pass over the sphere's offsets per intensity-mask voxel (about 350 offsets at 0.98×0.98×3 mm), i.e. a
 * spherical mean filter evaluated at ROI voxels only.
 *
 * <p>Reference: Zwanenburg et al., IBSI reference manual, arXiv:1612.07003; Wahl et al., J Nucl Med 2009;50:122S;
 * Frings et al., Radiology 2014;273:539.
 */
public final class LocalIntensity {

    /** Family name in {@link IbsiFeatureValue#family()}. */
    public static final String FAMILY = "local_intensity";
    /** Radius (mm) of the sphere of 1 cm³: {@code 10 · (3/(4π))^{1/3}}. */
    public static final double RADIUS_MM = 10 * Math.cbrt(3 / (4 * Math.PI));

    private LocalIntensity() {
    }

    /**
     * Local and global intensity peaks, in that order.
     *
     * @param image         the whole image (not cropped: the spheres reach beyond the ROI)
     * @param intensityMask the intensity mask on the same grid (non-zero = ROI)
     * @throws IllegalArgumentException if the mask is empty or the grids differ
     */
    public static List<IbsiFeatureValue> compute(Volume image, Mask intensityMask) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(intensityMask, "intensityMask");
        Geometry g = image.geometry();
        intensityMask.geometry().requireSameGrid(g, 1e-6, "intensity mask vs image");
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        double sx = g.spacing(0);
        double sy = g.spacing(1);
        double sz = g.spacing(2);
        int rx = (int) Math.floor(RADIUS_MM / sx);
        int ry = (int) Math.floor(RADIUS_MM / sy);
        int rz = (int) Math.floor(RADIUS_MM / sz);
        List<int[]> offsets = new ArrayList<>();
        double r2 = RADIUS_MM * RADIUS_MM;
        for (int dz = -rz; dz <= rz; dz++) {
            for (int dy = -ry; dy <= ry; dy++) {
                for (int dx = -rx; dx <= rx; dx++) {
                    double d2 = dx * sx * dx * sx + dy * sy * dy * sy + dz * sz * dz * sz;
                    if (d2 <= r2) {
                        offsets.add(new int[] {dx, dy, dz});
                    }
                }
            }
        }
        double[] v = image.toDoubleArray();
        double max = Double.NEGATIVE_INFINITY;
        int count = 0;
        for (int i = 0; i < v.length; i++) {
            if (intensityMask.label(i) != 0) {
                count++;
                max = Math.max(max, v[i]);
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("intensity mask must contain at least one voxel but is empty");
        }
        double local = Double.NEGATIVE_INFINITY;
        double global = Double.NEGATIVE_INFINITY;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = g.index(x, y, z);
                    if (intensityMask.label(i) == 0) {
                        continue;
                    }
                    double sum = 0;
                    int n = 0;
                    for (int[] o : offsets) {
                        int qx = x + o[0];
                        int qy = y + o[1];
                        int qz = z + o[2];
                        if (qx >= 0 && qx < nx && qy >= 0 && qy < ny && qz >= 0 && qz < nz) {
                            sum += v[(qz * ny + qy) * nx + qx];
                            n++;
                        }
                    }
                    double mean = sum / n;
                    global = Math.max(global, mean);
                    if (v[i] == max) {
                        local = Math.max(local, mean);
                    }
                }
            }
        }
        return List.of(new IbsiFeatureValue(FAMILY, "loc.peak.local", "VJGA", "DHQ4", local),
                new IbsiFeatureValue(FAMILY, "loc.peak.global", "0F91", "DHQ4", global));
    }
}
