package org.radiomics4j.core.features.shape;

import org.radiomics4j.core.features.internal.DescriptorSelection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.internal.SymmetricEigen;

/**
 * PyRadiomics' 3-D shape family ({@code shape}): mesh volume and surface, diameters and PCA axes of a ROI
 * (features listed in {@link ShapeFeature}).
 *
 * <p><b>Mesh.</b> The ROI is padded with one voxel of background and swept by 2×2×2 cubes in one linear pass. Each
 * cube's 8 corners form an index (corner k = bit k, offsets (dz, dy, dx) = (0,0,0), (0,0,1), (0,1,1), (0,1,0),
 * (1,0,0), (1,0,1), (1,1,1), (1,1,0)); an index with corner 7 set is complemented and its volume counted negative;
 * triangles come from PyRadiomics' own 128-row table with vertices at edge midpoints. Coordinates are
 * {@code (index + offset) · spacing} in (z, y, x) order. Diameter vertices are the vertices on cube edges 6, 7 and 11
 * (present when corners 6, 4, 3 are set after the complement), which lists every surface vertex once. This reproduces
 * {@code calculate_coefficients} of PyRadiomics' {@code cshape.c} (see {@code testdata/pyradiomics/README.md} §10).
 *
 * <p><b>Ambiguous cubes.</b> Because the half table complements every cube with corner 7 set, a cube face with two
 * ROI voxels on one diagonal is triangulated one way in a cube and the other way in its complemented neighbour.
 * Where ROI voxels touch only along an edge, the mesh therefore has cracks and the mesh features change under
 * mirroring (two voxels touching along an edge, unit spacing: SurfaceArea 2√3 in one orientation, about 2.5√3 in the
 * mirrored one). This is PyRadiomics' behaviour and is reproduced on purpose; ROIs without such contacts give a
 * closed, consistently oriented mesh and mirror-invariant values.
 *
 * <p><b>PCA.</b> Eigenvalues of the covariance (divided by N) of the physical voxel-centre coordinates
 * {@code index · spacing}, sorted ascending; values in (−1e−10, 0) are set to 0 as PyRadiomics does.
 *
 * <p><b>Input.</b> A binary mask (non-zero = ROI), normally cropped to the ROI bounding box; cropping or not does not
 * change any value. Only the spacing of its geometry is used; origin and direction are ignored, as in PyRadiomics.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * FamilyResult<ShapeFeature> r = Shape.of(ExtractionSettings.defaults()).compute(mask.select(1).crop(box));
 * double v = r.get(ShapeFeature.MESH_VOLUME);
 * }</pre>
 */
public final class Shape {
    private final ExtractionSettings settings;

    private Shape(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The family configured by {@code settings} (only its enabled {@code shape} features are read). */
    public static Shape of(ExtractionSettings settings) {
        return new Shape(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Computes the enabled features: those named in {@code settings.enabledFeatures().get(SHAPE)}, or every
     * non-deprecated one if that set is empty or the class is absent.
     *
     * @param roi binary mask of the ROI (non-zero voxels are inside)
     * @return values in {@link ShapeFeature} order, with notes on degenerate ROIs
     * @throws IllegalArgumentException if {@code roi} has no voxel inside
     * @throws org.radiomics4j.core.InvalidSettingException if an enabled feature name is unknown
     */
    public FamilyResult<ShapeFeature> compute(Mask roi) {
        Objects.requireNonNull(roi, "roi");
        EnumSet<ShapeFeature> enabled = DescriptorSelection.select(ShapeFeature.class, settings, FeatureClass.SHAPE);
        Geometry g = roi.geometry();
        double[] spacing = {g.spacing(2), g.spacing(1), g.spacing(0)};
        List<String> notes = new ArrayList<>();

        // PCA on voxel centres (two passes: exact integer sums for the mean, then centred products)
        PaddedBits bits = PaddedBits.of(roi);
        long count = bits.count;
        if (count == 0) {
            throw new IllegalArgumentException("roi must contain at least one voxel but mask of size " + g.nx() + "x"
                    + g.ny() + "x" + g.nz() + " has none");
        }
        double n = count;
        double mz = bits.sumZ / n * spacing[0];
        double my = bits.sumY / n * spacing[1];
        double mx = bits.sumX / n * spacing[2];
        double[] c = centredProducts(bits, spacing, mz, my, mx);
        double czz = c[0];
        double czy = c[1];
        double czx = c[2];
        double cyy = c[3];
        double cyx = c[4];
        double cxx = c[5];
        double[] ev = SymmetricEigen.eigenvalues(new double[][] {
            {czz / n, czy / n, czx / n}, {czy / n, cyy / n, cyx / n}, {czx / n, cyx / n, cxx / n}});
        for (int k = 0; k < 3; k++) {
            if (ev[k] < 0 && ev[k] > -1e-10) {
                ev[k] = 0;
            }
        }
        double least = ev[0];
        double minor = ev[1];
        double major = ev[2];

        boolean needMesh = false;
        boolean[] diam = new boolean[4];
        for (ShapeFeature f : enabled) {
            switch (f) {
                case MAXIMUM_2D_DIAMETER_SLICE -> diam[0] = true;
                case MAXIMUM_2D_DIAMETER_COLUMN -> diam[1] = true;
                case MAXIMUM_2D_DIAMETER_ROW -> diam[2] = true;
                case MAXIMUM_3D_DIAMETER -> diam[3] = true;
                case COMPACTNESS1, COMPACTNESS2, SPHERICAL_DISPROPORTION, SPHERICITY, SURFACE_AREA,
                        SURFACE_VOLUME_RATIO, MESH_VOLUME -> needMesh = true;
                default -> { }
            }
        }
        boolean needVertices = diam[0] || diam[1] || diam[2] || diam[3];
        double area = Double.NaN;
        double volume = Double.NaN;
        double[] diameters = new double[4];
        if (needMesh || needVertices) {
            VertexLines lines = needVertices ? new VertexLines(bits.px, bits.py, bits.pz) : null;
            Mesh3D mesh = Mesh3D.of(bits, spacing, lines);
            area = mesh.surfaceArea;
            volume = mesh.volume;
            if (needVertices) {
                diameters = Diameters.compute(lines, spacing, diam);
            }
        }

        if (count == 1) {
            notes.add("shape: ROI is a single voxel; all PCA eigenvalues are 0, so the axis lengths are 0 and"
                    + " Elongation and Flatness are 0/0 = NaN (as PyRadiomics)");
        } else if (minor == 0) {
            notes.add("shape: ROI is a line (PCA eigenvalues least = minor = 0); MinorAxisLength, LeastAxisLength,"
                    + " Elongation and Flatness are 0");
        } else if (least == 0) {
            notes.add("shape: ROI is planar (least PCA eigenvalue 0); LeastAxisLength and Flatness are 0");
        }

        Map<ShapeFeature, Double> values = new EnumMap<>(ShapeFeature.class);
        for (ShapeFeature f : enabled) {
            double v = switch (f) {
                case COMPACTNESS1 -> volume / (Math.pow(area, 3.0 / 2.0) * Math.sqrt(Math.PI));
                case COMPACTNESS2 -> (36.0 * Math.PI) * (volume * volume) / Math.pow(area, 3.0);
                case ELONGATION -> ratio(minor, major, "shape", "Elongation", notes);
                case FLATNESS -> ratio(least, major, "shape", "Flatness", notes);
                case LEAST_AXIS_LENGTH -> axis(least, "shape", "LeastAxisLength", notes);
                case MAJOR_AXIS_LENGTH -> axis(major, "shape", "MajorAxisLength", notes);
                case MAXIMUM_2D_DIAMETER_COLUMN -> diameters[1];
                case MAXIMUM_2D_DIAMETER_ROW -> diameters[2];
                case MAXIMUM_2D_DIAMETER_SLICE -> diameters[0];
                case MAXIMUM_3D_DIAMETER -> diameters[3];
                case MESH_VOLUME -> volume;
                case MINOR_AXIS_LENGTH -> axis(minor, "shape", "MinorAxisLength", notes);
                case SPHERICAL_DISPROPORTION -> area / Math.pow(36 * Math.PI * (volume * volume), 1.0 / 3.0);
                case SPHERICITY -> Math.pow(36 * Math.PI * (volume * volume), 1.0 / 3.0) / area;
                case SURFACE_AREA -> area;
                case SURFACE_VOLUME_RATIO -> area / volume;
                case VOXEL_VOLUME -> n * (spacing[0] * spacing[2] * spacing[1]);
            };
            values.put(f, v);
        }
        return new FamilyResult<>(ShapeFeature.class, values, notes);
    }

    /**
     * {Σdz², Σdz·dy, Σdz·dx, Σdy², Σdy·dx, Σdx²} of the centred physical voxel coordinates, each sum in voxel order
     * (z, then y, then x ascending).
     */
    static double[] centredProducts(PaddedBits bits, double[] spacing, double mz, double my, double mx) {
        double[] acc = new double[6];
        for (int z = 1; z < bits.pz - 1; z++) {
            double dz = z * spacing[0] - mz;
            for (int y = 1; y < bits.py - 1; y++) {
                rowProducts(bits, bits.row(z, y), dz, y * spacing[1] - my, spacing[2], mx, acc);
            }
        }
        return acc;
    }

    /** Adds the products of one row's voxels to {@code acc} (one method per row: compiled early in a cold JVM). */
    private static void rowProducts(PaddedBits bits, int row, double dz, double dy, double sx, double mx,
            double[] acc) {
        double czz = acc[0];
        double czy = acc[1];
        double czx = acc[2];
        double cyy = acc[3];
        double cyx = acc[4];
        double cxx = acc[5];
        long[] b = bits.bits;
        for (int k = 0; k < bits.words; k++) {
            long word = b[row + k];
            while (word != 0) {
                int x = k << 6 | Long.numberOfTrailingZeros(word);
                word &= word - 1;
                double dx = x * sx - mx;
                czz += dz * dz;
                czy += dz * dy;
                czx += dz * dx;
                cyy += dy * dy;
                cyx += dy * dx;
                cxx += dx * dx;
            }
        }
        acc[0] = czz;
        acc[1] = czy;
        acc[2] = czx;
        acc[3] = cyy;
        acc[4] = cyx;
        acc[5] = cxx;
    }

    /** {@code 4√λ}; NaN with a note for a negative eigenvalue (cannot happen for a covariance, kept as PyRadiomics). */
    static double axis(double lambda, String family, String name, List<String> notes) {
        if (lambda < 0) {
            notes.add(family + ": " + name + " is NaN because its eigenvalue is negative (" + lambda + ")");
            return Double.NaN;
        }
        return Math.sqrt(lambda) * 4;
    }

    /** {@code √(a/b)}; NaN for a negative eigenvalue or 0/0, as PyRadiomics (the 0/0 case is noted by the caller). */
    static double ratio(double a, double b, String family, String name, List<String> notes) {
        if (a < 0 || b < 0) {
            notes.add(family + ": " + name + " is NaN because an eigenvalue is negative (" + a + ", " + b + ")");
            return Double.NaN;
        }
        return Math.sqrt(a / b);
    }
}
