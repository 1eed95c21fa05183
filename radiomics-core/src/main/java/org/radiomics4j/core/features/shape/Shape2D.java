package org.radiomics4j.core.features.shape;

import org.radiomics4j.core.features.internal.DescriptorSelection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.internal.SymmetricEigen;

/**
 * PyRadiomics' 2-D shape family ({@code shape2D}) of a single-slice ROI (features listed in {@link Shape2DFeature}).
 *
 * <p><b>Slice axis.</b> With {@code settings.force2D()} the slice axis is {@code settings.force2Ddimension()}
 * (PyRadiomics numbering in (z, y, x) order: 0 = z, 1 = y, 2 = x); without it the mask must be a 2-D image
 * ({@code nz = 1}) and the slice axis is z, as PyRadiomics requires. The ROI must span exactly one index along the
 * slice axis. The two remaining axes, in (z, y, x) order, form the plane {@code (a0, a1)} with spacing
 * {@code (s0, s1)}.
 *
 * <p><b>Contour.</b> The slice is padded by one pixel of background and swept by 2×2 squares (corner k = bit k,
 * offsets (0,0), (0,1), (1,1), (1,0)); segments come from PyRadiomics' 16-case {@code lineTable2D} with vertices at
 * edge midpoints (diagonal-only contacts are split). MeshSurface is half the signed sum of the segment cross products,
 * Perimeter the sum of segment lengths, MaximumDiameter the largest distance between the vertices on square edges 3
 * and 2 (present when corners 0 and 2 are set after complementing indices above 7). This reproduces
 * {@code calculate_coefficients2D} of PyRadiomics' {@code cshape.c}. Axis lengths come from the 2×2 covariance of the
 * pixel centres. Immutable and thread-safe.
 */
public final class Shape2D {
    private final ExtractionSettings settings;

    private Shape2D(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The family configured by {@code settings} (force2D, force2Ddimension and enabled {@code shape2D} features). */
    public static Shape2D of(ExtractionSettings settings) {
        return new Shape2D(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Computes the enabled features: those named in {@code settings.enabledFeatures().get(SHAPE2D)}, or every
     * non-deprecated one if that set is empty or the class is absent.
     *
     * @param roi binary mask of the ROI (non-zero pixels are inside), one slice thick along the slice axis
     * @return values in {@link Shape2DFeature} order, with notes on degenerate ROIs
     * @throws InvalidSettingException if the ROI spans more than one slice along the slice axis (naming the ROI
     *     size), if force2D is off for a 3-D mask, or if an enabled feature name is unknown
     * @throws IllegalArgumentException if {@code roi} has no voxel inside
     */
    public FamilyResult<Shape2DFeature> compute(Mask roi) {
        Objects.requireNonNull(roi, "roi");
        EnumSet<Shape2DFeature> enabled = DescriptorSelection.select(Shape2DFeature.class, settings, FeatureClass.SHAPE2D);
        Geometry g = roi.geometry();
        BoundingBox box = roi.boundingBox().orElseThrow(() -> new IllegalArgumentException(
                "roi must contain at least one voxel but mask of size " + g.nx() + "x" + g.ny() + "x" + g.nz()
                        + " has none"));
        int sliceAxis; // PyRadiomics numbering: 0 = z, 1 = y, 2 = x
        if (settings.force2D()) {
            sliceAxis = settings.force2Ddimension();
        } else if (g.nz() == 1) {
            sliceAxis = 0;
        } else {
            throw new InvalidSettingException("shape2D on a 3-D mask (size " + g.nx() + "x" + g.ny() + "x" + g.nz()
                    + ") needs force2D = true and force2Ddimension naming the slice axis, but force2D was false");
        }
        int sliceAxisXyz = 2 - sliceAxis; // our axis numbering: 0 = x, 1 = y, 2 = z
        if (box.size(sliceAxisXyz) != 1) {
            throw new InvalidSettingException("shape2D needs a ROI one slice thick along force2Ddimension "
                    + sliceAxis + " (" + "zyx".charAt(sliceAxis) + ") but the ROI size (x, y, z) is (" + box.sx() + ", "
                    + box.sy() + ", " + box.sz() + ")");
        }
        // in-plane axes in (z, y, x) order, as our axis numbers
        int[] planeXyz = new int[2];
        int k = 0;
        for (int a = 2; a >= 0; a--) {
            if (a != sliceAxisXyz) {
                planeXyz[k++] = a;
            }
        }
        int n0 = g.size(planeXyz[0]);
        int n1 = g.size(planeXyz[1]);
        double s0 = g.spacing(planeXyz[0]);
        double s1 = g.spacing(planeXyz[1]);
        int sliceIndex = box.start(sliceAxisXyz);
        int p0 = n0 + 2;
        int p1 = n1 + 2;
        byte[] m = new byte[p0 * p1];
        int[] idx = new int[3];
        idx[sliceAxisXyz] = sliceIndex;
        long count = 0;
        long sum0 = 0;
        long sum1 = 0;
        for (int i0 = 0; i0 < n0; i0++) {
            idx[planeXyz[0]] = i0;
            for (int i1 = 0; i1 < n1; i1++) {
                idx[planeXyz[1]] = i1;
                if (roi.label(idx[0], idx[1], idx[2]) != 0) {
                    m[(i0 + 1) * p1 + i1 + 1] = 1;
                    count++;
                    sum0 += i0;
                    sum1 += i1;
                }
            }
        }
        double n = count;

        // PCA
        double mean0 = sum0 / n * s0;
        double mean1 = sum1 / n * s1;
        double c00 = 0;
        double c01 = 0;
        double c11 = 0;
        for (int i0 = 0; i0 < n0; i0++) {
            double d0 = i0 * s0 - mean0;
            for (int i1 = 0; i1 < n1; i1++) {
                if (m[(i0 + 1) * p1 + i1 + 1] != 0) {
                    double d1 = i1 * s1 - mean1;
                    c00 += d0 * d0;
                    c01 += d0 * d1;
                    c11 += d1 * d1;
                }
            }
        }
        double[] ev = SymmetricEigen.eigenvalues(new double[][] {{c00 / n, c01 / n}, {c01 / n, c11 / n}});
        for (int e = 0; e < 2; e++) {
            if (ev[e] < 0 && ev[e] > -1e-10) {
                ev[e] = 0;
            }
        }
        double minor = ev[0];
        double major = ev[1];

        // marching squares, following calculate_coefficients2D
        double perimeter = 0;
        double surface = 0;
        int cap = 256;
        double[] v0 = new double[cap];
        double[] v1 = new double[cap];
        int nv = 0;
        double[][] vl = MeshTables.VERT_LIST_2D;
        for (int iy = 0; iy < p0 - 1; iy++) {
            for (int ix = 0; ix < p1 - 1; ix++) {
                int b = iy * p1 + ix;
                int sq = m[b] | m[b + 1] << 1 | m[b + p1 + 1] << 2 | m[b + p1] << 3;
                if (sq == 0 || sq == 0xF) {
                    continue;
                }
                int[] lines = MeshTables.LINE_TABLE_2D[sq];
                for (int t = 0; lines[2 * t] >= 0; t++) {
                    double a0 = (iy + vl[lines[2 * t]][0]) * s0;
                    double a1 = (ix + vl[lines[2 * t]][1]) * s1;
                    double b0 = (iy + vl[lines[2 * t + 1]][0]) * s0;
                    double b1 = (ix + vl[lines[2 * t + 1]][1]) * s1;
                    surface += (a0 * b1) - (b0 * a1);
                    double d0 = a0 - b0;
                    double d1 = a1 - b1;
                    perimeter += Math.sqrt(d0 * d0 + d1 * d1);
                }
                if (sq > 7) {
                    sq ^= 0xF;
                }
                if (nv + 2 > cap) {
                    cap *= 2;
                    v0 = Arrays.copyOf(v0, cap);
                    v1 = Arrays.copyOf(v1, cap);
                }
                if ((sq & 1) != 0) { // corner 0 -> vertex on edge 3 at (0.5, 0)
                    v0[nv] = (iy + vl[3][0]) * s0;
                    v1[nv] = (ix + vl[3][1]) * s1;
                    nv++;
                }
                if ((sq & 4) != 0) { // corner 2 -> vertex on edge 2 at (1, 0.5)
                    v0[nv] = (iy + vl[2][0]) * s0;
                    v1[nv] = (ix + vl[2][1]) * s1;
                    nv++;
                }
            }
        }
        surface = surface / 2;
        boolean needDiameter = enabled.contains(Shape2DFeature.MAXIMUM_DIAMETER);
        double diameter = needDiameter ? Math.sqrt(Diameters.maxDistanceSq(v0, v1, new double[nv], nv)) : 0;

        List<String> notes = new ArrayList<>();
        if (count == 1) {
            notes.add("shape2D: ROI is a single pixel; both PCA eigenvalues are 0, so the axis lengths are 0 and"
                    + " Elongation is 0/0 = NaN (as PyRadiomics)");
        } else if (minor == 0) {
            notes.add("shape2D: ROI is a line (minor PCA eigenvalue 0); MinorAxisLength and Elongation are 0");
        }
        Map<Shape2DFeature, Double> values = new EnumMap<>(Shape2DFeature.class);
        for (Shape2DFeature f : enabled) {
            double v = switch (f) {
                case ELONGATION -> Shape.ratio(minor, major, "shape2D", "Elongation", notes);
                case MAJOR_AXIS_LENGTH -> Shape.axis(major, "shape2D", "MajorAxisLength", notes);
                case MAXIMUM_DIAMETER -> diameter;
                case MESH_SURFACE -> surface;
                case MINOR_AXIS_LENGTH -> Shape.axis(minor, "shape2D", "MinorAxisLength", notes);
                case PERIMETER -> perimeter;
                case PERIMETER_SURFACE_RATIO -> perimeter / surface;
                case PIXEL_SURFACE -> n * (s1 * s0);
                case SPHERICAL_DISPROPORTION -> 1.0 / (2 * Math.sqrt(Math.PI * surface) / perimeter);
                case SPHERICITY -> 2 * Math.sqrt(Math.PI * surface) / perimeter;
            };
            values.put(f, v);
        }
        return new FamilyResult<>(Shape2DFeature.class, values, notes);
    }
}
