package org.radiomics4j.core.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Seeded property test (seed in the test name): every IBSI feature of every aggregation is unchanged when the image
 * and mask are mirrored along x or y, because the IBSI direction sets (4 in-plane, 13 in 3-D) map onto themselves
 * under these mirrors and zones, runs, distances and neighbourhoods are mirrored with the image. Tolerance 1e-9
 * relative: the sums run in another order.
 */
class IbsiInvarianceTest {

    static LongStream seeds() {
        return LongStream.of(1, 2, 3, 42, 2024);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mirrorInvariance(long seed) {
        Random rnd = new Random(seed);
        int nx = 4 + rnd.nextInt(4);
        int ny = 4 + rnd.nextInt(4);
        int nz = 2 + rnd.nextInt(3);
        double[] img = new double[nx * ny * nz];
        boolean[] in = new boolean[img.length];
        for (int i = 0; i < img.length; i++) {
            img[i] = rnd.nextInt(5);
            in[i] = rnd.nextDouble() < 0.8;
        }
        List<IbsiFeatureValue> base = extract(img, in, nx, ny, nz);
        for (int axis = 0; axis < 2; axis++) {
            double[] mi = new double[img.length];
            boolean[] mm = new boolean[img.length];
            for (int z = 0; z < nz; z++) {
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++) {
                        int src = x + nx * (y + ny * z);
                        int dx = axis == 0 ? nx - 1 - x : x;
                        int dy = axis == 1 ? ny - 1 - y : y;
                        int dst = dx + nx * (dy + ny * z);
                        mi[dst] = img[src];
                        mm[dst] = in[src];
                    }
                }
            }
            List<IbsiFeatureValue> mirrored = extract(mi, mm, nx, ny, nz);
            assertEquals(base.size(), mirrored.size());
            for (int k = 0; k < base.size(); k++) {
                IbsiFeatureValue a = base.get(k);
                IbsiFeatureValue b = mirrored.get(k);
                assertEquals(a.value(), b.value(), 1e-9 * Math.max(1, Math.abs(a.value())),
                        "seed " + seed + ", mirror axis " + axis + ": " + a.family() + " " + a.name() + " "
                                + a.aggregationCode());
            }
        }
    }

    private static List<IbsiFeatureValue> extract(double[] img, boolean[] in, int nx, int ny, int nz) {
        Geometry g = Geometry.of(nx, ny, nz, 1, 1, 1);
        return IbsiExtractor.of(IbsiSettings.withDefaults().withDiscretisation(
                new IbsiDiscretisation.FixedBinNumber(4))).extract(Volume.of(img, g), Mask.of(in, g));
    }
}
