package org.radiomics4j.core.preprocess;

import java.util.Locale;
import java.util.Objects;

import org.radiomics4j.core.image.GeometryMismatchException;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/**
 * PyRadiomics {@code correctMask}: a mask whose grid differs from the image's is resampled onto the image grid by
 * nearest neighbour ({@code imageoperations._correctMask}, SimpleITK {@code ResampleImageFilter} with
 * {@code sitkNearestNeighbor}), after checking that the ROI lies inside the image's physical extent
 * ({@code _checkROI}, tolerance 1e-3 voxel).
 *
 * <p>Nearest neighbour follows ITK: the image voxel centre is mapped to the mask's continuous index c; it is inside
 * the mask when {@code −0.5 ≤ c < size − 0.5} on every axis, and takes the label at {@code floor(c + 0.5)} (round half
 * up); outside voxels get 0.
 */
public final class MaskCorrection {
    private MaskCorrection() {
    }

    /**
     * The mask resampled onto {@code grid}.
     *
     * @param label the ROI label whose bounding box must lie inside the image
     * @throws GeometryMismatchException if the ROI's bounding box extends outside the image, naming both extents
     */
    public static Mask toGrid(Mask mask, Geometry grid, int label) {
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(grid, "grid");
        checkRoiInside(mask, grid, label);
        Geometry mg = mask.geometry();
        double[] inv = physicalToIndex(mg);
        double[] mo = mg.origin();
        int mx = mg.nx();
        int my = mg.ny();
        int mz = mg.nz();
        int[] out = new int[grid.voxelCount()];
        int i = 0;
        for (int z = 0; z < grid.nz(); z++) {
            for (int y = 0; y < grid.ny(); y++) {
                for (int x = 0; x < grid.nx(); x++, i++) {
                    double[] p = grid.indexToPhysical(x, y, z);
                    double dx = p[0] - mo[0];
                    double dy = p[1] - mo[1];
                    double dz = p[2] - mo[2];
                    double cx = inv[0] * dx + inv[1] * dy + inv[2] * dz;
                    double cy = inv[3] * dx + inv[4] * dy + inv[5] * dz;
                    double cz = inv[6] * dx + inv[7] * dy + inv[8] * dz;
                    if (cx >= -0.5 && cx < mx - 0.5 && cy >= -0.5 && cy < my - 0.5 && cz >= -0.5 && cz < mz - 0.5) {
                        int ix = (int) Math.floor(cx + 0.5);
                        int iy = (int) Math.floor(cy + 0.5);
                        int iz = (int) Math.floor(cz + 0.5);
                        out[i] = mask.label(ix, iy, iz);
                    }
                }
            }
        }
        return Mask.of(out, grid);
    }

    /**
     * Checks that the bounding box of {@code label} in {@code mask}, taken to its voxel corners, lies inside the
     * physical extent of {@code grid} (within 1e-3 voxel, PyRadiomics' {@code _checkROI}).
     *
     * @throws IllegalArgumentException if the label is absent
     * @throws GeometryMismatchException if the ROI extends outside the image
     */
    public static void checkRoiInside(Mask mask, Geometry grid, int label) {
        BoundingBox bb = mask.select(label).boundingBox().orElseThrow();
        Geometry mg = mask.geometry();
        double[] lo = mg.indexToPhysical(bb.x0() - 0.5, bb.y0() - 0.5, bb.z0() - 0.5);
        double[] hi = mg.indexToPhysical(bb.x0() + bb.sx() - 0.5, bb.y0() + bb.sy() - 0.5, bb.z0() + bb.sz() - 0.5);
        double[] inv = physicalToIndex(grid);
        double[] a = toIndex(inv, grid.origin(), lo);
        double[] b = toIndex(inv, grid.origin(), hi);
        double tol = 1e-3;
        for (int ax = 0; ax < 3; ax++) {
            double mn = Math.min(a[ax], b[ax]);
            double mxv = Math.max(a[ax], b[ax]);
            if (mn < -0.5 - tol || mxv > grid.size(ax) - 0.5 + tol) {
                throw new GeometryMismatchException(String.format(Locale.ROOT,
                        "correctMask: the ROI with label %d extends outside the image: ROI spans image index "
                                + "[%.4g, %.4g] on axis %d but the image covers [-0.5, %.4g]",
                        label, mn, mxv, ax, grid.size(ax) - 0.5));
            }
        }
    }

    private static double[] toIndex(double[] inv, double[] origin, double[] p) {
        double dx = p[0] - origin[0];
        double dy = p[1] - origin[1];
        double dz = p[2] - origin[2];
        return new double[] {inv[0] * dx + inv[1] * dy + inv[2] * dz, inv[3] * dx + inv[4] * dy + inv[5] * dz,
                inv[6] * dx + inv[7] * dy + inv[8] * dz};
    }

    /** Row-major inverse of D·diag(spacing): physical offset to continuous index. */
    static double[] physicalToIndex(Geometry g) {
        double[] m = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[3 * r + c] = g.direction(r, c) * g.spacing(c);
            }
        }
        double a = m[0];
        double b = m[1];
        double c = m[2];
        double d = m[3];
        double e = m[4];
        double f = m[5];
        double gg = m[6];
        double h = m[7];
        double k = m[8];
        double det = a * (e * k - f * h) - b * (d * k - f * gg) + c * (d * h - e * gg);
        if (det == 0 || !Double.isFinite(det)) {
            throw new GeometryMismatchException("direction matrix of " + g + " is singular");
        }
        return new double[] {
            (e * k - f * h) / det, (c * h - b * k) / det, (b * f - c * e) / det,
            (f * gg - d * k) / det, (a * k - c * gg) / det, (c * d - a * f) / det,
            (d * h - e * gg) / det, (b * gg - a * h) / det, (a * e - b * d) / det};
    }
}
