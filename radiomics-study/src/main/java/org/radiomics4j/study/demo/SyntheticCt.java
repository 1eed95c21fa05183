package org.radiomics4j.study.demo;

import java.util.Arrays;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * A seeded generator of CT-like abdominal volumes with a liver-like ROI, for benchmarks, demos and tests that need
 * realistic sizes (up to a whole 512×512×300 CT) without patient data.
 *
 * <p>What it draws (int16 Hounsfield units, clamped to [−1024, 3071]):
 * <ul>
 *   <li>air (−1000 HU) outside an elliptic body cylinder (semi-axes 46 % and 38 % of the field of view);</li>
 *   <li>a 12 mm subcutaneous fat ring (−100 HU), soft tissue inside (40 HU) and a vertebra-like bone cylinder
 *       (radius 14 mm, 450 HU) posterior to the centre;</li>
 *   <li>the "liver" ROI: an ellipsoid (axis ratios 1 : 0.8 : 0.7) placed right-anterior of the centre, with a
 *       lobulated boundary — its radius in direction {@code u} is scaled by {@code 1 + Σ aₖ·Pₖ(u)}, where
 *       {@code Pₖ} are the nine real polynomials of degree 1–2 in the unit vector's components and the amplitudes
 *       {@code aₖ ∈ [−0.08, 0.08]} come from the seed, so the region stays star-shaped and connected — at 60 HU;</li>
 *   <li>texture: two octaves of smooth value noise (lattices of 12 mm and 4 mm, smoothstep-weighted trilinear
 *       interpolation, amplitudes 10 and 6 HU) over the whole body, and uncorrelated voxel noise (σ ≈ 8 HU,
 *       Irwin–Hall sum of four uniforms) everywhere;</li>
 *   <li>optional lesions: spheres of radius 4–12 mm centred in the ROI, −45 HU (hypodense) or +50 HU
 *       (hyperdense) with a 2 mm linear edge; they stay part of the ROI.</li>
 * </ul>
 *
 * <p><b>ROI size.</b> The ROI is every voxel whose normalised lobulated radius is at most the
 * {@code roiVoxels}-th smallest such radius in the grid, so it holds exactly {@link Builder#roiVoxels} voxels unless
 * several voxels share the threshold radius (then a few more). A target that does not fit in the grid throws.
 *
 * <p><b>Determinism.</b> Every random number comes from a SplitMix64 hash of the seed and a position or an index,
 * and only IEEE-exact operations, {@code sqrt} and {@code StrictMath} are used, so a seed gives the same voxels on every JVM, platform
 * and run. Immutable; {@link #generate()} may be called from several threads.
 *
 * <pre>{@code
 * SyntheticCt.Case c = SyntheticCt.builder().size(512, 512, 300).spacing(0.75, 0.75, 1.25)
 *         .roiVoxels(2_400_000).lesions(3).seed(42).build().generate();
 * }</pre>
 */
public final class SyntheticCt {
    private static final double LIVER_HU = 60;
    private static final double SOFT_TISSUE_HU = 40;
    private static final double FAT_HU = -100;
    private static final double AIR_HU = -1000;
    private static final double BONE_HU = 450;
    private static final double FAT_MM = 12;
    private static final double BONE_RADIUS_MM = 14;
    private static final double WHITE_NOISE_SIGMA = 8;
    private static final double[] AXIS_RATIOS = {1.0, 0.8, 0.7};
    private static final int HARMONICS = 9;
    private static final double LOBULATION = 0.08;

    private final int nx;
    private final int ny;
    private final int nz;
    private final double[] spacing;
    private final long seed;
    private final int roiVoxels;
    private final int lesions;

    /** An image and its ROI (label 1) on the same grid. */
    public record Case(Volume image, Mask mask) {
    }

    private SyntheticCt(Builder b) {
        this.nx = b.nx;
        this.ny = b.ny;
        this.nz = b.nz;
        this.spacing = b.spacing.clone();
        this.seed = b.seed;
        this.roiVoxels = b.roiVoxels;
        this.lesions = b.lesions;
    }

    /** A builder with defaults 256×256×128 voxels, 0.75×0.75×1.25 mm, 300 000 ROI voxels, 2 lesions, seed 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this generator's parameters. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.size(nx, ny, nz).spacing(spacing[0], spacing[1], spacing[2]).seed(seed).roiVoxels(roiVoxels).lesions(lesions);
        return b;
    }

    /** The same generator with another seed. */
    public SyntheticCt withSeed(long s) {
        return toBuilder().seed(s).build();
    }

    /** The same generator with another ROI voxel target. */
    public SyntheticCt withRoiVoxels(int n) {
        return toBuilder().roiVoxels(n).build();
    }

    public long seed() {
        return seed;
    }

    public int roiVoxels() {
        return roiVoxels;
    }

    /** The voxel grid: the given size and spacing, identity direction, origin so that the grid is centred on 0. */
    public Geometry geometry() {
        double[] origin = {-(nx - 1) * spacing[0] / 2, -(ny - 1) * spacing[1] / 2, -(nz - 1) * spacing[2] / 2};
        return Geometry.of(new int[] {nx, ny, nz}, spacing, origin, Geometry.identity());
    }

    /**
     * Draws the volume and its ROI.
     *
     * @throws IllegalArgumentException if the ROI target does not fit in the grid
     */
    public Case generate() {
        Geometry g = geometry();
        double fovX = nx * spacing[0];
        double fovY = ny * spacing[1];
        double fovZ = nz * spacing[2];
        // liver centre (mm, relative to the grid centre) and nominal semi-axes for the target volume
        double[] centre = {-0.12 * fovX, -0.06 * fovY, 0};
        double volume = roiVoxels * spacing[0] * spacing[1] * spacing[2];
        double a = StrictMath.cbrt(volume / (4.0 / 3.0 * Math.PI * AXIS_RATIOS[0] * AXIS_RATIOS[1] * AXIS_RATIOS[2]));
        double[] semi = {a * AXIS_RATIOS[0], a * AXIS_RATIOS[1], a * AXIS_RATIOS[2]};
        double[] amp = new double[HARMONICS];
        for (int k = 0; k < HARMONICS; k++) {
            amp[k] = LOBULATION * (2 * uniform(seed, 1_000 + k) - 1);
        }
        float[] rho = new float[g.voxelCount()];
        float threshold = roiThreshold(rho, centre, semi, amp);
        byte[] roi = new byte[rho.length];
        int count = 0;
        for (int i = 0; i < rho.length; i++) {
            if (rho[i] <= threshold) {
                roi[i] = 1;
                count++;
            }
        }
        double[][] lesionSpec = lesions(roi, count);

        Noise coarse = new Noise(seed ^ 0x51A7E5L, 12.0, g);
        Noise fine = new Noise(seed ^ 0xF1E5L, 4.0, g);
        short[] hu = new short[rho.length];
        double bodyA = 0.46 * fovX;
        double bodyB = 0.38 * fovY;
        double boneY = 0.22 * fovY;
        int i = 0;
        for (int z = 0; z < nz; z++) {
            double pz = (z - (nz - 1) / 2.0) * spacing[2];
            for (int y = 0; y < ny; y++) {
                double py = (y - (ny - 1) / 2.0) * spacing[1];
                for (int x = 0; x < nx; x++, i++) {
                    double px = (x - (nx - 1) / 2.0) * spacing[0];
                    double e = Math.sqrt((px / bodyA) * (px / bodyA) + (py / bodyB) * (py / bodyB));
                    double v;
                    if (e > 1) {
                        v = AIR_HU;
                    } else {
                        // distance to the body outline, approximated along the normalised radius
                        double depth = (1 - e) * Math.min(bodyA, bodyB);
                        if (roi[i] != 0) {
                            v = LIVER_HU + lesionOffset(lesionSpec, px, py, pz);
                        } else if (depth < FAT_MM) {
                            v = FAT_HU;
                        } else if (Math.sqrt(px * px + (py - boneY) * (py - boneY)) < BONE_RADIUS_MM) {
                            v = BONE_HU;
                        } else {
                            v = SOFT_TISSUE_HU;
                        }
                        v += 10 * coarse.at(x, y, z) + 6 * fine.at(x, y, z);
                    }
                    v += whiteNoise(seed, i);
                    hu[i] = (short) PixelType.INT16.cast(Math.max(-1024, Math.min(3071, Math.rint(v))));
                }
            }
        }
        return new Case(Volume.wrap(hu, g, PixelType.INT16), Mask.of(toBooleans(roi), g));
    }

    private static boolean[] toBooleans(byte[] b) {
        boolean[] out = new boolean[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] != 0;
        }
        return out;
    }

    /**
     * Fills {@code rho} with each voxel's lobulated normalised radius (∞ outside the candidate box) and returns the
     * {@code roiVoxels}-th smallest value.
     */
    private float roiThreshold(float[] rho, double[] centre, double[] semi, double[] amp) {
        Arrays.fill(rho, Float.POSITIVE_INFINITY);
        double reach = 1.5 * (1 + 3 * LOBULATION);
        int[] lo = new int[3];
        int[] hi = new int[3];
        int[] n = {nx, ny, nz};
        for (int d = 0; d < 3; d++) {
            double c = centre[d] / spacing[d] + (n[d] - 1) / 2.0;
            lo[d] = Math.max(0, (int) Math.floor(c - reach * semi[d] / spacing[d]));
            hi[d] = Math.min(n[d] - 1, (int) Math.ceil(c + reach * semi[d] / spacing[d]));
        }
        int candidates = (hi[0] - lo[0] + 1) * (hi[1] - lo[1] + 1) * (hi[2] - lo[2] + 1);
        float[] values = new float[candidates];
        int k = 0;
        float border = Float.POSITIVE_INFINITY; // smallest radius on the grid's outer faces
        for (int z = lo[2]; z <= hi[2]; z++) {
            double qz = ((z - (nz - 1) / 2.0) * spacing[2] - centre[2]) / semi[2];
            for (int y = lo[1]; y <= hi[1]; y++) {
                double qy = ((y - (ny - 1) / 2.0) * spacing[1] - centre[1]) / semi[1];
                int row = nx * (y + ny * z);
                for (int x = lo[0]; x <= hi[0]; x++) {
                    double qx = ((x - (nx - 1) / 2.0) * spacing[0] - centre[0]) / semi[0];
                    double r = Math.sqrt(qx * qx + qy * qy + qz * qz);
                    float v;
                    if (r == 0) {
                        v = 0f;
                    } else {
                        double ux = qx / r;
                        double uy = qy / r;
                        double uz = qz / r;
                        double lob = 1 + amp[0] * ux + amp[1] * uy + amp[2] * uz + amp[3] * ux * uy + amp[4] * uy * uz
                                + amp[5] * ux * uz + amp[6] * (ux * ux - uy * uy) + amp[7] * (3 * uz * uz - 1) * 0.5
                                + amp[8] * (ux * ux - uz * uz);
                        v = (float) (r / lob);
                    }
                    rho[row + x] = v;
                    values[k++] = v;
                    if (x == 0 || y == 0 || z == 0 || x == nx - 1 || y == ny - 1 || z == nz - 1) {
                        border = Math.min(border, v);
                    }
                }
            }
        }
        if (roiVoxels > candidates) {
            throw new IllegalArgumentException("roiVoxels " + roiVoxels + " does not fit in a " + nx + "x" + ny + "x" + nz
                    + " grid (at most " + candidates + " candidate voxels)");
        }
        float t = kthSmallest(values, roiVoxels, (float) reach);
        if (!(t < reach * 0.999) || !(t < border)) {
            throw new IllegalArgumentException("roiVoxels " + roiVoxels + " does not fit in a " + nx + "x" + ny + "x" + nz
                    + " grid of spacing " + Arrays.toString(spacing) + ": the ROI would be clipped by the grid border");
        }
        return t;
    }

    /**
     * The {@code k}-th smallest (1-based) of {@code v}, all in [0, max] or +∞: a histogram pass finds the bin that
     * holds it, then only that bin's values are sorted.
     */
    static float kthSmallest(float[] v, int k, float max) {
        final int bins = 1 << 16;
        int[] hist = new int[bins + 1];
        double scale = bins / (double) max;
        for (float x : v) {
            hist[x >= max ? bins : (int) (x * scale)]++;
        }
        int below = 0;
        int bin = 0;
        while (below + hist[bin] < k) {
            below += hist[bin];
            bin++;
        }
        float[] in = new float[hist[bin]];
        int m = 0;
        for (float x : v) {
            if ((x >= max ? bins : (int) (x * scale)) == bin) {
                in[m++] = x;
            }
        }
        Arrays.sort(in);
        return in[k - below - 1];
    }

    /** Lesion centres (mm), radii and offsets; centres picked among ROI voxels by seeded index. */
    private double[][] lesions(byte[] roi, int count) {
        double[][] out = new double[lesions][];
        for (int l = 0; l < lesions; l++) {
            long pick = (long) (uniform(seed, 2_000 + l) * count);
            int seen = -1;
            int idx = 0;
            for (int i = 0; i < roi.length; i++) {
                if (roi[i] != 0 && ++seen == pick) {
                    idx = i;
                    break;
                }
            }
            int x = idx % nx;
            int y = (idx / nx) % ny;
            int z = idx / (nx * ny);
            double radius = 4 + 8 * uniform(seed, 3_000 + l);
            double offset = uniform(seed, 4_000 + l) < 0.7 ? -45 : 50;
            out[l] = new double[] {(x - (nx - 1) / 2.0) * spacing[0], (y - (ny - 1) / 2.0) * spacing[1],
                    (z - (nz - 1) / 2.0) * spacing[2], radius, offset};
        }
        return out;
    }

    private static double lesionOffset(double[][] spec, double px, double py, double pz) {
        double v = 0;
        for (double[] l : spec) {
            double dx = px - l[0];
            double dy = py - l[1];
            double dz = pz - l[2];
            double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double w = (l[3] - d) / 2.0;
            if (w > 0) {
                v += l[4] * Math.min(1.0, w);
            }
        }
        return v;
    }

    // ---- deterministic randomness ------------------------------------------------------------------------------

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform number in [0, 1) from the seed and a key. */
    static double uniform(long seed, long key) {
        return (mix(seed * 0x9E3779B97F4A7C15L + mix(key)) >>> 11) * 0x1.0p-53;
    }

    /** Approximately normal voxel noise, σ = {@value #WHITE_NOISE_SIGMA} HU (sum of four 16-bit uniforms). */
    private static double whiteNoise(long seed, int i) {
        long h = mix(seed + 0x632BE59BD9B4E019L * (i + 1L));
        double s = (h & 0xFFFF) + ((h >>> 16) & 0xFFFF) + ((h >>> 32) & 0xFFFF) + (h >>> 48);
        // mean 2·65535, variance 4·(65536² − 1)/12
        return (s - 2 * 65535.0) * (WHITE_NOISE_SIGMA / (65536.0 / Math.sqrt(3)));
    }

    /** Smooth value noise on a lattice of a given spacing (mm), values in [−1, 1]. */
    private static final class Noise {
        private final long seed;
        private final double[] step; // lattice cells per voxel, per axis
        private final int lx;
        private final int ly;
        private final double[] lattice;

        Noise(long seed, double cellMm, Geometry g) {
            this.seed = seed;
            this.step = new double[] {g.spacing(0) / cellMm, g.spacing(1) / cellMm, g.spacing(2) / cellMm};
            this.lx = (int) Math.ceil(g.nx() * step[0]) + 2;
            this.ly = (int) Math.ceil(g.ny() * step[1]) + 2;
            int lz = (int) Math.ceil(g.nz() * step[2]) + 2;
            this.lattice = new double[lx * ly * lz];
            for (int i = 0; i < lattice.length; i++) {
                lattice[i] = 2 * uniform(seed, i) - 1;
            }
        }

        private static double smooth(double t) {
            return t * t * (3 - 2 * t);
        }

        double at(int x, int y, int z) {
            double fx = x * step[0];
            double fy = y * step[1];
            double fz = z * step[2];
            int ix = (int) fx;
            int iy = (int) fy;
            int iz = (int) fz;
            double tx = smooth(fx - ix);
            double ty = smooth(fy - iy);
            double tz = smooth(fz - iz);
            int b = ix + lx * (iy + ly * iz);
            int sy = lx;
            int sz = lx * ly;
            double c00 = lattice[b] + (lattice[b + 1] - lattice[b]) * tx;
            double c10 = lattice[b + sy] + (lattice[b + sy + 1] - lattice[b + sy]) * tx;
            double c01 = lattice[b + sz] + (lattice[b + sz + 1] - lattice[b + sz]) * tx;
            double c11 = lattice[b + sy + sz] + (lattice[b + sy + sz + 1] - lattice[b + sy + sz]) * tx;
            double c0 = c00 + (c10 - c00) * ty;
            double c1 = c01 + (c11 - c01) * ty;
            return c0 + (c1 - c0) * tz;
        }
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private int nx = 256;
        private int ny = 256;
        private int nz = 128;
        private double[] spacing = {0.75, 0.75, 1.25};
        private long seed = 0;
        private int roiVoxels = 300_000;
        private int lesions = 2;

        private Builder() {
        }

        /** Grid size in voxels. */
        public Builder size(int nx, int ny, int nz) {
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            return this;
        }

        /** Voxel spacing in mm. */
        public Builder spacing(double sx, double sy, double sz) {
            this.spacing = new double[] {sx, sy, sz};
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Target number of ROI voxels. */
        public Builder roiVoxels(int n) {
            this.roiVoxels = n;
            return this;
        }

        /** Number of lesions inside the ROI (0 for none). */
        public Builder lesions(int n) {
            this.lesions = n;
            return this;
        }

        /**
         * The generator.
         *
         * @throws IllegalArgumentException naming the first invalid parameter
         */
        public SyntheticCt build() {
            if (nx < 8 || ny < 8 || nz < 4) {
                throw new IllegalArgumentException("size must be at least 8x8x4 but was " + nx + "x" + ny + "x" + nz);
            }
            if ((long) nx * ny * nz > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("size " + nx + "x" + ny + "x" + nz + " has too many voxels");
            }
            for (double s : spacing) {
                if (!(s > 0) || Double.isInfinite(s)) {
                    throw new IllegalArgumentException("spacing must be finite and > 0 but was " + Arrays.toString(spacing));
                }
            }
            if (roiVoxels < 1) {
                throw new IllegalArgumentException("roiVoxels must be >= 1 but was " + roiVoxels);
            }
            if (lesions < 0) {
                throw new IllegalArgumentException("lesions must be >= 0 but was " + lesions);
            }
            return new SyntheticCt(this);
        }
    }

    @Override
    public String toString() {
        return "SyntheticCt[" + nx + "x" + ny + "x" + nz + ", spacing " + Arrays.toString(spacing) + " mm, roiVoxels "
                + roiVoxels + ", lesions " + lesions + ", seed " + seed + "]";
    }
}
