package org.radiomics4j.core.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.firstorder.FirstOrder;
import org.radiomics4j.core.features.firstorder.FirstOrderInput;
import org.radiomics4j.core.features.glcm.Glcm;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.glrlm.Glrlm;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.ngtdm.Ngtdm;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Voxel-based maps against PyRadiomics' definition (base.py {@code _calculateVoxels}): each map voxel equals the
 * family's whole-ROI code run on that voxel's neighbourhood mask (cube of side 2r+1, clipped to the ROI's box padded
 * by r, restricted to the ROI when maskedKernel) with the grey levels discretised once over the ROI; elsewhere
 * initValue. The expected side builds each neighbourhood as a mask on the input grid and crops it to its own
 * bounding box (the implementation works on the clipped cube), and, for the features that do not depend on the
 * numbering of the grey levels, runs the whole {@link RadiomicsExtractor} on that neighbourhood mask.
 */
class VoxelBasedExtractorTest {

    private record Case(Volume image, Mask mask) {
    }

    private static Case randomCase(long seed, int nx, int ny, int nz) {
        Random rnd = new Random(seed);
        double[] v = new double[nx * ny * nz];
        int[] m = new int[v.length];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = x + nx * (y + ny * z);
                    v[i] = rnd.nextInt(300) - 50;
                    boolean inner = x > 0 && y > 0 && x < nx - 1 && y < ny - 1;
                    m[i] = inner && rnd.nextDouble() < 0.75 ? 1 : 0;
                }
            }
        }
        Geometry g = Geometry.of(new int[] {nx, ny, nz}, new double[] {0.8, 0.9, 1.5}, new double[] {-3, 4, 10},
                Geometry.identity());
        return new Case(Volume.of(v, g), Mask.of(m, g));
    }

    /** The voxels of {@code box} as a mask array of grid {@code g}. */
    private static boolean[] boxMask(Geometry g, BoundingBox box) {
        boolean[] m = new boolean[g.voxelCount()];
        for (int z = box.z0(); z < box.z0() + box.sz(); z++) {
            for (int y = box.y0(); y < box.y0() + box.sy(); y++) {
                for (int x = box.x0(); x < box.x0() + box.sx(); x++) {
                    m[g.index(x, y, z)] = true;
                }
            }
        }
        return m;
    }

    /** Discretised once, as the maps are: over the ROI, or over the whole padded box when the kernel is not masked. */
    private static Discretizer.Discretized discretizedOnce(ExtractionSettings s, Volume image, Mask roi,
            boolean[] boxMask, boolean masked) {
        return Discretizer.of(s.binning()).discretize(image, masked ? roi : Mask.of(boxMask, image.geometry()));
    }

    private static ExecutionSettings execution(int threads) {
        return ExecutionSettings.defaults().withOnFeatureError(OnFeatureError.RECORD).withThreads(threads);
    }

    private static ExtractionSettings settings() {
        return ExtractionSettings.defaults().withBinWidth(25).withMinimumRoiDimensions(1)
                .withEnabledClasses(FeatureClass.FIRSTORDER, FeatureClass.GLCM, FeatureClass.GLRLM,
                        FeatureClass.GLSZM, FeatureClass.GLDM, FeatureClass.NGTDM, FeatureClass.SHAPE);
    }

    /** The family's whole-ROI code on neighbourhood {@code nb} (input grid) with the discretisation {@code d}. */
    private static FamilyResult<?> expected(FeatureClass c, ExtractionSettings s, Volume image, Mask nb,
            Discretizer.Discretized d) {
        BoundingBox b = nb.boundingBox().orElseThrow();
        Geometry g = image.geometry();
        int[] lv = new int[(int) b.voxelCount()];
        List<Double> x = new ArrayList<>();
        long[] hist = new long[d.ng()];
        int k = 0;
        for (int z = b.z0(); z < b.z0() + b.sz(); z++) {
            for (int y = b.y0(); y < b.y0() + b.sy(); y++) {
                for (int xx = b.x0(); xx < b.x0() + b.sx(); xx++, k++) {
                    int i = g.index(xx, y, z);
                    if (nb.inside(i)) {
                        lv[k] = d.levels().levels()[i];
                        hist[lv[k] - 1]++;
                        x.add(image.get(i));
                    }
                }
            }
        }
        GrayLevelVolume grid = new GrayLevelVolume(b.sx(), b.sy(), b.sz(), lv, d.ng(), g.spacing());
        return switch (c) {
            case FIRSTORDER -> FirstOrder.of(s).compute(new FirstOrderInput(
                    x.stream().mapToDouble(Double::doubleValue).toArray(), hist, g.voxelVolume()));
            case GLCM -> Glcm.of(s).compute(grid);
            case GLRLM -> Glrlm.of(s).compute(grid);
            case GLSZM -> Glszm.of(s).compute(grid);
            case GLDM -> Gldm.of(s).compute(grid);
            case NGTDM -> Ngtdm.of(s).compute(grid);
            default -> throw new IllegalStateException(c.toString());
        };
    }

    /** GLCM features that do not depend on the grey levels' numbering or Ng (see IBSI / PyRadiomics formulas). */
    private static final Set<String> GLCM_SHIFT_INVARIANT = Set.of("Contrast", "Correlation", "DifferenceAverage",
            "DifferenceEntropy", "DifferenceVariance", "Id", "Idm", "Imc1", "Imc2", "InverseVariance", "JointEnergy",
            "JointEntropy", "MaximumProbability", "SumEntropy", "SumSquares", "ClusterProminence", "ClusterShade",
            "ClusterTendency");

    @ParameterizedTest(name = "seed {0}, r {1}, masked {2}")
    @CsvSource({"11, 1, true", "12, 2, true", "13, 1, false", "14, 2, false"})
    void everyMapVoxelIsTheFamilyCodeOnItsNeighbourhood(long seed, int r, boolean masked) {
        System.out.println("VoxelBasedExtractorTest seed " + seed);
        Case c = randomCase(seed, 8, 7, 6);
        ExtractionSettings s = settings();
        VoxelSettings v = VoxelSettings.defaults().withKernelRadius(r).withMaskedKernel(masked).withInitValue(-7);
        VoxelBasedExtractor.Maps maps = RadiomicsExtractor.of(s, execution(1)).extractMaps(c.image, c.mask, v, null);

        Geometry g = c.image.geometry();
        Mask roi = c.mask.select(1);
        BoundingBox box = roi.boundingBox().orElseThrow().pad(r, g);
        assertEquals(box, maps.box());
        assertArrayEquals(g.indexToPhysical(box.x0(), box.y0(), box.z0()), maps.grid().origin(), 1e-12);
        assertArrayEquals(g.spacing(), maps.grid().spacing());
        assertEquals(roi.count(), maps.roiVoxels());
        assertTrue(maps.maps().containsKey("original_glcm_Correlation"), maps.maps().keySet().toString());
        assertTrue(maps.maps().containsKey("original_firstorder_Entropy"));
        assertFalse(maps.maps().keySet().stream().anyMatch(k -> k.contains("_shape_")));

        boolean[] boxMask = boxMask(g, box);
        Discretizer.Discretized d = discretizedOnce(s, c.image, roi, boxMask, masked);
        int checked = 0;
        int viaExtractor = 0;
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    boolean inBox = x >= box.x0() && x < box.x0() + box.sx() && y >= box.y0()
                            && y < box.y0() + box.sy() && z >= box.z0() && z < box.z0() + box.sz();
                    if (!inBox) {
                        continue;
                    }
                    int mi = (x - box.x0()) + box.sx() * ((y - box.y0()) + box.sy() * (z - box.z0()));
                    if (!roi.inside(g.index(x, y, z))) {
                        for (Volume m : maps.maps().values()) {
                            assertEquals(-7.0, m.get(mi));
                        }
                        continue;
                    }
                    boolean[] nb = new boolean[g.voxelCount()];
                    for (int dz = -r; dz <= r; dz++) {
                        for (int dy = -r; dy <= r; dy++) {
                            for (int dx = -r; dx <= r; dx++) {
                                int xx = x + dx;
                                int yy = y + dy;
                                int zz = z + dz;
                                if (xx < 0 || yy < 0 || zz < 0 || xx >= g.nx() || yy >= g.ny() || zz >= g.nz()) {
                                    continue;
                                }
                                int i = g.index(xx, yy, zz);
                                nb[i] = boxMask[i] && (!masked || roi.inside(i));
                            }
                        }
                    }
                    Mask nbMask = Mask.of(nb, g);
                    for (FeatureClass fc : List.of(FeatureClass.FIRSTORDER, FeatureClass.GLCM, FeatureClass.GLRLM,
                            FeatureClass.GLSZM, FeatureClass.GLDM, FeatureClass.NGTDM)) {
                        FamilyResult<?> want;
                        try {
                            want = expected(fc, s, c.image, nbMask, d);
                        } catch (RuntimeException e) {
                            want = null; // the family fails on this kernel: the map keeps initValue
                        }
                        String prefix = "original_" + fc.pyradiomicsName() + "_";
                        for (Map.Entry<String, Volume> e : maps.maps().entrySet()) {
                            if (!e.getKey().startsWith(prefix)) {
                                continue;
                            }
                            String name = e.getKey().substring(prefix.length());
                            double got = e.getValue().get(mi);
                            double exp = want == null ? -7.0 : want.byName().get(name);
                            assertEquals(Double.doubleToLongBits(exp), Double.doubleToLongBits(got),
                                    e.getKey() + " at (" + x + "," + y + "," + z + "): " + exp + " vs " + got);
                            checked++;
                        }
                    }
                    // the whole extractor on the neighbourhood mask (its own discretisation: with a bin width the
                    // edges are multiples of the width, so only the numbering of the levels differs)
                    if (masked && nbMask.count() > 1 && nbMask.boundingBox().orElseThrow().dimensionality() > 0) {
                        FeatureSet f = RadiomicsExtractor.of(s.withEnabledClasses(FeatureClass.FIRSTORDER,
                                FeatureClass.GLCM), execution(1)).extract(c.image, nbMask);
                        for (Map.Entry<String, Volume> e : maps.maps().entrySet()) {
                            String k = e.getKey();
                            boolean fo = k.startsWith("original_firstorder_");
                            boolean glcm = k.startsWith("original_glcm_")
                                    && GLCM_SHIFT_INVARIANT.contains(k.substring("original_glcm_".length()));
                            if ((fo || glcm) && f.contains(k)) {
                                double want = f.get(k);
                                double got = e.getValue().get(mi);
                                assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), k + " at (" + x + ","
                                        + y + "," + z + ") vs whole extractor");
                                viaExtractor++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
        assertTrue(!masked || viaExtractor > 100, "via extractor " + viaExtractor);
    }

    /**
     * The sliding GLCM counts (slab added and removed as the kernel moves along x, afresh at each new row or gap)
     * against the whole-ROI GLCM code on each neighbourhood, bit for bit, for every GLCM setting that changes the
     * counts: distances, asymmetric matrices, weighting norms, force2D; long rows with gaps (sparse ROI), so the
     * kernel slides over non-ROI centres and across box edges.
     */
    @ParameterizedTest(name = "seed {0}, r {1}, masked {2}, variant {3}")
    @CsvSource({"41, 1, true, distances12", "42, 2, true, asymmetric", "43, 2, false, euclidean",
            "44, 1, false, force2D", "45, 2, true, plain", "46, 3, true, distances12"})
    void slidingGlcmEqualsTheWholeRoiCodeForEveryGlcmSetting(long seed, int r, boolean masked, String variant) {
        System.out.println("VoxelBasedExtractorTest seed " + seed);
        Case c = randomCase(seed, 17, 6, 5);
        ExtractionSettings s = settings().withEnabledClasses(FeatureClass.GLCM);
        s = switch (variant) {
            case "distances12" -> s.withDistances(List.of(1, 2));
            case "asymmetric" -> s.withSymmetricalGlcm(false);
            case "euclidean" -> s.withWeightingNorm(WeightingNorm.EUCLIDEAN);
            case "force2D" -> s.withForce2D(true);
            default -> s;
        };
        VoxelSettings v = VoxelSettings.defaults().withKernelRadius(r).withMaskedKernel(masked).withInitValue(-7);
        VoxelBasedExtractor.Maps maps = RadiomicsExtractor.of(s).extractMaps(c.image, c.mask, v, null);
        Geometry g = c.image.geometry();
        Mask roi = c.mask.select(1);
        BoundingBox box = maps.box();
        boolean[] boxMask = boxMask(g, box);
        Discretizer.Discretized d = discretizedOnce(s, c.image, roi, boxMask, masked);
        int checked = 0;
        for (int z = box.z0(); z < box.z0() + box.sz(); z++) {
            for (int y = box.y0(); y < box.y0() + box.sy(); y++) {
                for (int x = box.x0(); x < box.x0() + box.sx(); x++) {
                    if (!roi.inside(g.index(x, y, z))) {
                        continue;
                    }
                    int mi = (x - box.x0()) + box.sx() * ((y - box.y0()) + box.sy() * (z - box.z0()));
                    boolean[] nb = new boolean[g.voxelCount()];
                    for (int zz = Math.max(0, z - r); zz <= Math.min(g.nz() - 1, z + r); zz++) {
                        for (int yy = Math.max(0, y - r); yy <= Math.min(g.ny() - 1, y + r); yy++) {
                            for (int xx = Math.max(0, x - r); xx <= Math.min(g.nx() - 1, x + r); xx++) {
                                int i = g.index(xx, yy, zz);
                                nb[i] = boxMask[i] && (!masked || roi.inside(i));
                            }
                        }
                    }
                    FamilyResult<?> want;
                    try {
                        want = expected(FeatureClass.GLCM, s, c.image, Mask.of(nb, g), d);
                    } catch (RuntimeException e) {
                        want = null;
                    }
                    for (Map.Entry<String, Volume> e : maps.maps().entrySet()) {
                        String name = e.getKey().substring("original_glcm_".length());
                        double exp = want == null ? -7.0 : want.get(name);
                        double got = e.getValue().get(mi);
                        assertEquals(Double.doubleToLongBits(exp), Double.doubleToLongBits(got),
                                e.getKey() + " at (" + x + "," + y + "," + z + "): " + exp + " vs " + got);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 5000, "checked " + checked);
    }

    @Test
    void mapsAreIdenticalForAnyThreadCountAndBatch() {
        long seed = 21;
        System.out.println("VoxelBasedExtractorTest seed " + seed);
        Case c = randomCase(seed, 10, 9, 7);
        VoxelSettings v = VoxelSettings.defaults().withKernelRadius(2);
        Map<String, Volume> one = RadiomicsExtractor.of(settings(), execution(1)).extractMaps(c.image, c.mask, v, null).maps();
        List<long[]> progress = new ArrayList<>();
        for (int[] tb : new int[][] {{2, -1}, {3, 7}, {2, 1000}, {1, 5}}) {
            Map<String, Volume> other = RadiomicsExtractor.of(settings(), execution(tb[0]))
                    .extractMaps(c.image, c.mask, v.withVoxelBatch(tb[1]), (done, total) -> progress.add(
                            new long[] {done, total})).maps();
            assertEquals(one.keySet().stream().toList(), other.keySet().stream().toList());
            for (String k : one.keySet()) {
                assertArrayEquals(one.get(k).toDoubleArray(), other.get(k).toDoubleArray(), k + " threads " + tb[0]);
            }
        }
        long roi = c.mask.count(1);
        assertTrue(progress.stream().allMatch(p -> p[1] == roi && p[0] > 0 && p[0] <= roi));
        assertEquals(roi, progress.get(progress.size() - 1)[0]);
        assertTrue(progress.size() >= 4 + (roi + 6) / 7, "at least one report per batch: " + progress.size());
        long ends = progress.stream().filter(p -> p[0] == roi).count();
        assertEquals(4, ends, "each run ends with done == total");
    }

    @Test
    void defaultExtractMapsUsesPyRadiomicsDefaults() {
        Case c = randomCase(31, 6, 6, 5);
        ExtractionSettings s = settings().withEnabledClasses(FeatureClass.FIRSTORDER);
        Map<String, Volume> a = RadiomicsExtractor.of(s, execution(1)).extractMaps(c.image, c.mask);
        Map<String, Volume> b = RadiomicsExtractor.of(s, execution(1)).extractMaps(c.image, c.mask,
                new VoxelSettings(1, true, 0, -1), null).maps();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, m) -> assertArrayEquals(m.toDoubleArray(), b.get(k).toDoubleArray(), k));
    }

    /**
     * A kernel is clipped to the image, so once the radius reaches the image's largest side every kernel is the whole
     * padded box and a larger radius changes nothing; radii that would overflow {@code (2r+1)^3} as an int must give
     * those same maps, not an error or garbage (it did: a negative array size for kernelRadius 1000).
     */
    @Test
    void aRadiusBeyondTheImageEqualsTheRadiusThatCoversIt() {
        Case c = randomCase(33, 6, 5, 4);
        ExtractionSettings s = settings().withEnabledClasses(FeatureClass.FIRSTORDER, FeatureClass.GLCM);
        Map<String, Volume> covering = RadiomicsExtractor.of(s, execution(1)).extractMaps(c.image, c.mask,
                VoxelSettings.defaults().withKernelRadius(6), null).maps();
        for (int r : new int[] {1000, Integer.MAX_VALUE / 2, Integer.MAX_VALUE}) {
            Map<String, Volume> huge = RadiomicsExtractor.of(s, execution(2)).extractMaps(c.image, c.mask,
                    VoxelSettings.defaults().withKernelRadius(r), null).maps();
            assertEquals(covering.keySet(), huge.keySet());
            covering.forEach((k, m) -> assertArrayEquals(m.toDoubleArray(), huge.get(k).toDoubleArray(), 0.0,
                    k + " at radius " + r));
        }
    }

    @Test
    void voxelSettingBlockIsParsedAndCheckedByKey() {
        VoxelSettings v = PyRadiomicsParameters.parseVoxelSettings(
                "setting:\n  binWidth: 10\nvoxelSetting:\n  kernelRadius: 2\n  maskedKernel: false\n"
                        + "  initValue: .nan\n  voxelBatch: 500\n", "p.yaml");
        assertEquals(2, v.kernelRadius());
        assertFalse(v.maskedKernel());
        assertTrue(Double.isNaN(v.initValue()));
        assertEquals(500, v.voxelBatch());
        assertEquals(VoxelSettings.defaults(), PyRadiomicsParameters.parseVoxelSettings("setting: {}\n", "p.yaml"));
        // the main parser accepts (and validates) the block
        PyRadiomicsParameters.parse("voxelSetting:\n  kernelRadius: 3\n", "p.yaml");
        for (String[] bad : new String[][] {
                {"voxelSetting:\n  kernelradius: 2\n", "kernelradius", "did you mean 'kernelRadius'"},
                {"voxelSetting:\n  kernelRadius: 0\n", "kernelRadius", ">= 1"},
                {"voxelSetting:\n  kernelRadius: 1.5\n", "kernelRadius", "integer"},
                {"voxelSetting:\n  voxelBatch: 0\n", "voxelBatch", "-1"},
                {"voxelSetting:\n  maskedKernel: 3\n", "maskedKernel", "true or false"},
                {"voxelSetting:\n  initValue: abc\n", "initValue", "number"}}) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class,
                    () -> PyRadiomicsParameters.parseVoxelSettings(bad[0], "p.yaml"));
            assertTrue(e.getMessage().contains(bad[1]) && e.getMessage().contains(bad[2])
                    && e.getMessage().contains("p.yaml"), e.getMessage());
            InvalidSettingException e2 = assertThrows(InvalidSettingException.class,
                    () -> PyRadiomicsParameters.parse(bad[0], "p.yaml"));
            assertTrue(e2.getMessage().contains(bad[1]), e2.getMessage());
        }
    }

    @Test
    void unsupportedPreprocessingIsRefusedByName() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> VoxelBasedExtractor.of(
                ExtractionSettings.defaults().withResampledPixelSpacing(List.of(1.0, 1.0, 1.0)),
                VoxelSettings.defaults()));
        assertTrue(e.getMessage().contains("resampledPixelSpacing"), e.getMessage());
        e = assertThrows(InvalidSettingException.class, () -> VoxelBasedExtractor.of(ExtractionSettings.defaults()
                .withEnabledImageTypes(ImageType.ORIGINAL, ImageType.SQUARE), VoxelSettings.defaults()));
        assertTrue(e.getMessage().contains("image types"), e.getMessage());
    }
}
