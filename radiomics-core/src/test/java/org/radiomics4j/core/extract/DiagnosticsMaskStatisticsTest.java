package org.radiomics4j.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * {@link Diagnostics#maskStatistics} (one pass over the box into runs; counts, centre of mass, components and
 * intensities from the runs) against the previous voxel-at-a-time code kept here as the reference, with the
 * components from {@link DiagnosticsComponentsTest}'s definition-based count; every key must be the same string.
 * Seeded random masks (the seed is printed; rerun one with {@code -Dradiomics.seed=<seed>}) of odd shapes, several
 * labels and components, holes, one voxel, with and without an image (short and float storage).
 */
class DiagnosticsMaskStatisticsTest {

    /** The previous maskStatistics, voxel by voxel over the box. */
    static Map<String, String> reference(String stage, Mask mask, int label, BoundingBox bb, Volume image) {
        String p = "Mask-" + stage + "_";
        Map<String, String> d = new LinkedHashMap<>();
        Geometry g = mask.geometry();
        int nx = g.nx();
        int ny = g.ny();
        long count = 0;
        long cx = 0;
        long cy = 0;
        long cz = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean[] in = new boolean[(int) bb.voxelCount()];
        int k = 0;
        for (int z = bb.z0(); z < bb.z0() + bb.sz(); z++) {
            for (int y = bb.y0(); y < bb.y0() + bb.sy(); y++) {
                for (int x = bb.x0(); x < bb.x0() + bb.sx(); x++, k++) {
                    int i = x + nx * (y + ny * z);
                    if (mask.label(i) == label) {
                        in[k] = true;
                        count++;
                        cx += x;
                        cy += y;
                        cz += z;
                        if (image != null) {
                            double v = image.get(i);
                            sum += v;
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                    }
                }
            }
        }
        d.put(p + "BoundingBox", bb.toPyRadiomicsString());
        d.put(p + "VoxelNum", Long.toString(count));
        d.put(p + "VolumeNum", Integer.toString(DiagnosticsComponentsTest.reference(in, bb.sx(), bb.sy(), bb.sz())));
        double[] com = {(double) cx / count, (double) cy / count, (double) cz / count};
        d.put(p + "CenterOfMassIndex", Diagnostics.tuple(com));
        d.put(p + "CenterOfMass", Diagnostics.tuple(g.indexToPhysical(com[0], com[1], com[2])));
        if (image != null) {
            d.put(p + "Mean", Diagnostics.pyFloat(sum / count));
            boolean integer = image.pixelType().isInteger();
            d.put(p + "Minimum", integer ? Long.toString((long) min) : Diagnostics.pyFloat(min));
            d.put(p + "Maximum", integer ? Long.toString((long) max) : Diagnostics.pyFloat(max));
        }
        return d;
    }

    @Test
    void equalsTheVoxelAtATimeReference() {
        String s = System.getProperty("radiomics.seed");
        long seed = s != null ? Long.parseLong(s) : System.nanoTime();
        System.out.println("DiagnosticsMaskStatisticsTest seed " + seed);
        Random rnd = new Random(seed);
        int tested = 0;
        for (int c = 0; c < 400; c++) {
            int nx = 1 + rnd.nextInt(12);
            int ny = 1 + rnd.nextInt(9);
            int nz = 1 + rnd.nextInt(6);
            int n = nx * ny * nz;
            int[] labels = new int[n];
            double density = rnd.nextDouble();
            int maxLabel = rnd.nextBoolean() ? 1 : 3;
            for (int i = 0; i < n; i++) {
                labels[i] = rnd.nextDouble() < density ? 1 + rnd.nextInt(maxLabel) : 0;
            }
            Geometry g = Geometry.of(new int[] {nx, ny, nz}, new double[] {0.7, 1.1, 2.5}, new double[] {-3, 4.5, 7},
                    Geometry.identity());
            Mask mask = Mask.of(labels, g);
            Volume image = switch (rnd.nextInt(3)) {
                case 0 -> null;
                case 1 -> {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = rnd.nextInt(4000) - 1024;
                    }
                    yield Volume.ofCast(v, g, PixelType.INT16);
                }
                default -> {
                    float[] v = new float[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = (float) (rnd.nextGaussian() * 100);
                    }
                    yield Volume.wrap(v, g);
                }
            };
            for (int label = 1; label <= maxLabel; label++) {
                BoundingBox bb = mask.boundingBox(label).orElse(null);
                if (bb == null) {
                    continue;
                }
                tested++;
                assertEquals(reference("original", mask, label, bb, image),
                        Diagnostics.maskStatistics("original", mask, label, bb, image),
                        "seed " + seed + " case " + c + " " + nx + "x" + ny + "x" + nz + " label " + label);
            }
        }
        System.out.println("DiagnosticsMaskStatisticsTest compared " + tested + " masks");
    }
}
