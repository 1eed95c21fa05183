package org.radiomics4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.OnFeatureError;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.extract.VoxelSettings;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Voxel-based GLCM maps with {@code ComputeBackend.ND4J} (the batched path: the kernels of a batch padded to the
 * union of their grey levels and evaluated in one ND4J call) against the default plain-Java path (each kernel's own
 * matrices, equal bit for bit to the whole-ROI code, see radiomics-core's VoxelBasedExtractorTest). Tolerance as for
 * whole-ROI matrices (Nd4jFamiliesAgreementTest): 1e-13 absolute + 1e-12 relative, ClusterShade relative to
 * ClusterTendency^1.5; the two evaluate the same formulas in double precision and differ only in summation order
 * (and in padding zero terms, which are exact). MCC's eigenvalues come from the same Java solver on the same
 * unpadded matrices in both, so MCC agrees bit for bit; first order does not use the backend and is identical.
 * Seeded random volumes (seed in the test name and printed).
 */
class Nd4jVoxelMapsAgreementTest {

    @ParameterizedTest(name = "seed {0}, r {1}, masked {2}, threads {3}, batch {4}")
    @CsvSource({"51, 1, true, 1, -1", "52, 2, true, 2, 37", "53, 2, false, 2, -1", "54, 1, true, 1, 5"})
    void nd4jVoxelMapsAgreeWithJava(long seed, int r, boolean masked, int threads, int batch) {
        System.out.println("Nd4jVoxelMapsAgreementTest seed " + seed);
        Random rnd = new Random(seed);
        int nx = 13;
        int ny = 7;
        int nz = 6;
        double[] v = new double[nx * ny * nz];
        int[] m = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextInt(300) - 50;
            m[i] = rnd.nextDouble() < 0.7 ? 1 : 0;
        }
        Geometry g = Geometry.of(new int[] {nx, ny, nz}, new double[] {0.8, 0.9, 1.5}, new double[] {0, 0, 0},
                Geometry.identity());
        Volume image = Volume.of(v, g);
        Mask mask = Mask.of(m, g);
        ExtractionSettings s = ExtractionSettings.defaults().withBinWidth(25).withMinimumRoiDimensions(1)
                .withDistances(seed % 2 == 0 ? List.of(1, 2) : List.of(1))
                .withEnabledClasses(FeatureClass.FIRSTORDER, FeatureClass.GLCM);
        VoxelSettings vs = VoxelSettings.defaults().withKernelRadius(r).withMaskedKernel(masked)
                .withVoxelBatch(batch);
        ExecutionSettings x = ExecutionSettings.defaults().withOnFeatureError(OnFeatureError.RECORD)
                .withThreads(threads);
        Map<String, Volume> java = RadiomicsExtractor.of(s, x).extractMaps(image, mask, vs, null).maps();
        Map<String, Volume> nd4j = RadiomicsExtractor.of(s, x.withBackend(ComputeBackend.ND4J))
                .extractMaps(image, mask, vs, null).maps();
        assertEquals(List.copyOf(java.keySet()), List.copyOf(nd4j.keySet()));
        double[] tendency = java.get("original_glcm_ClusterTendency").toDoubleArray();
        int checked = 0;
        for (Map.Entry<String, Volume> e : java.entrySet()) {
            String k = e.getKey();
            double[] a = e.getValue().toDoubleArray();
            double[] b = nd4j.get(k).toDoubleArray();
            for (int i = 0; i < a.length; i++) {
                if (!k.startsWith("original_glcm_") || k.equals("original_glcm_MCC")) {
                    assertEquals(Double.doubleToLongBits(a[i]), Double.doubleToLongBits(b[i]), k + " at " + i);
                    continue;
                }
                double scale = k.equals("original_glcm_ClusterShade") ? Math.pow(tendency[i], 1.5) : Math.abs(a[i]);
                assertTrue(Math.abs(a[i] - b[i]) <= 1e-13 + 1e-12 * scale,
                        k + " at " + i + ": java " + a[i] + " nd4j " + b[i]);
                checked++;
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }
}
