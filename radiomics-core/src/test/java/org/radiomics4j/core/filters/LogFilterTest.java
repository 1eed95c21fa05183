package org.radiomics4j.core.filters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * {@link LogFilter} beyond the brain1 image comparison with ITK (radiomics-validation {@code ItkFilteredImagesTest}):
 * settings, names, PyRadiomics' size rule, and analytic values.
 */
class LogFilterTest {

    @Test
    void sigmaIsRequiredAndPositive() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> new LogFilter(List.of()));
        assertTrue(e.getMessage().contains("'sigma'"), e.getMessage());
        e = assertThrows(InvalidSettingException.class, () -> new LogFilter(null));
        assertTrue(e.getMessage().contains("'sigma'"), e.getMessage());
        e = assertThrows(InvalidSettingException.class, () -> LogFilter.of(1.0, 0.0));
        assertTrue(e.getMessage().contains("[1.0, 0.0]"), e.getMessage());
        assertThrows(InvalidSettingException.class, () -> LogFilter.of(Double.NaN));
        assertThrows(InvalidSettingException.class, () -> LogFilter.of(Double.POSITIVE_INFINITY));
    }

    /** Names as PyRadiomics builds them, {@code 'log-sigma-%s-mm-3D' % str(sigma).replace('.', '-')} (CPython 3.11). */
    @Test
    void imageTypeNamesFollowPythonStr() {
        assertEquals("log-sigma-1-0-mm-3D", LogFilter.imageTypeName(1.0));
        assertEquals("log-sigma-3-0-mm-3D", LogFilter.imageTypeName(3.0));
        assertEquals("log-sigma-0-5-mm-3D", LogFilter.imageTypeName(0.5));
        assertEquals("log-sigma-2-25-mm-3D", LogFilter.imageTypeName(2.25));
        // str(0.1) == '0.1', str(1e-05) == '1e-05', str(1e16) == '1e+16', str(123456.789) == '123456.789'
        assertEquals("0.1", PythonFloat.repr(0.1));
        assertEquals("1e-05", PythonFloat.repr(1e-5));
        assertEquals("0.0001", PythonFloat.repr(1e-4));
        assertEquals("1e+16", PythonFloat.repr(1e16));
        assertEquals("1000000000000000.0", PythonFloat.repr(1e15));
        assertEquals("123456.789", PythonFloat.repr(123456.789));
        assertEquals("0.30000000000000004", PythonFloat.repr(0.1 + 0.2));
        assertEquals("1.7976931348623157e+308", PythonFloat.repr(Double.MAX_VALUE));
        assertEquals("5e-324", PythonFloat.repr(Double.MIN_VALUE));
    }

    @Test
    void sizeRuleSkipsSigmasAsPyRadiomicsDoes() {
        // 6x6x6 voxels of 1 mm: sigma 5 needs ceil(5/1)+1 = 6 voxels (kept), sigma 5.5 needs 7 (skipped)
        Volume v = Volume.of(new double[216], Geometry.of(6, 6, 6, 1, 1, 1));
        List<DerivedImage> out = LogFilter.of(5.5, 5.0, 6.0).apply(v, null);
        assertEquals(List.of("log-sigma-5-0-mm-3D"), out.stream().map(DerivedImage::imageType).toList());
        // an axis below 4 voxels: no LoG image at all
        Volume thin = Volume.of(new double[5 * 5 * 3], Geometry.of(5, 5, 3, 1, 1, 1));
        assertEquals(List.of(), LogFilter.of(0.5).apply(thin, null));
    }

    /**
     * The Laplacian of f = x² + y² + z² (x, y, z in mm) is 6 everywhere, so the scale-normalised LoG is 6σ². The
     * recursive kernels are normalised so that the smoothing kernel has sum 1 and the second-derivative kernel
     * zeroth moment 0 and second moment 2 (Deriche 1993; ITK's alpha0, beta and alpha2), which makes them exact on
     * quadratics away from the border, whatever the spacing. The image is float32-rounded between passes (values up
     * to ~4000), so the tolerance is 1e-4 relative (float32 ε·4000/24 ≈ 2e-5, times a few passes). Anisotropic spacing
     * checks the 1/spacing² scaling per axis.
     */
    @Test
    void quadraticHasLaplacianSixSigmaSquared() {
        int nx = 80;
        int ny = 90;
        int nz = 70;
        double[] sp = {1.0, 0.8, 1.25};
        double[] f = new double[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    double px = (x - nx / 2) * sp[0];
                    double py = (y - ny / 2) * sp[1];
                    double pz = (z - nz / 2) * sp[2];
                    f[x + nx * (y + ny * z)] = px * px + py * py + pz * pz;
                }
            }
        }
        Geometry g = Geometry.of(nx, ny, nz, sp[0], sp[1], sp[2]);
        double sigma = 2.0;
        Volume out = LogFilter.of(sigma).apply(Volume.wrap(f, g), null).get(0).image();
        assertEquals(PixelType.FLOAT32, out.pixelType());
        double expected = 6 * sigma * sigma;
        for (int dz = -3; dz <= 3; dz++) {
            for (int dy = -3; dy <= 3; dy++) {
                for (int dx = -3; dx <= 3; dx++) {
                    double got = out.get(nx / 2 + dx, ny / 2 + dy, nz / 2 + dz);
                    assertEquals(expected, got, 1e-4 * expected, "at offset " + dx + "," + dy + "," + dz);
                }
            }
        }
    }

    /** A constant image has a zero Laplacian; the constant border extension keeps it zero up to round-off. */
    @Test
    void constantImageGivesZero() {
        Volume v = Volume.ofCast(filled(20 * 10 * 8, 1000.0), Geometry.of(20, 10, 8, 0.7, 0.7, 3.0), PixelType.INT16);
        Volume out = LogFilter.of(1.0, 3.0).apply(v, null).get(1).image();
        for (int i = 0; i < out.size(); i++) {
            // float32 rounding of terms of magnitude ~1000 (1000·2⁻²⁴ ≈ 6e-5) over a few passes
            assertEquals(0.0, out.get(i), 1e-3, "voxel " + i);
        }
    }

    @Test
    void threadCountDoesNotChangeTheResult() {
        long seed = 20261202L;
        System.out.println("LogFilterTest.threadCountDoesNotChangeTheResult seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] d = new double[23 * 17 * 9];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextInt(-1000, 3000);
        }
        Volume v = Volume.ofCast(d, Geometry.of(23, 17, 9, 0.9, 1.1, 2.5), PixelType.INT16);
        LogFilter f = LogFilter.of(1.0, 2.5);
        List<float[]> one = new ArrayList<>();
        for (DerivedImage di : f.apply(v, (Mask) null, 1)) {
            one.add(di.image().toFloatArray());
        }
        List<DerivedImage> three = f.apply(v, null, 3);
        for (int k = 0; k < one.size(); k++) {
            assertArrayEquals(one.get(k), three.get(k).image().toFloatArray());
        }
    }

    /** The interleaved kernel performs, line by line, exactly the operations of the single-line kernel. */
    @Test
    void interleavedLinesAreBitIdenticalToSingleLines() {
        long seed = 7L;
        System.out.println("LogFilterTest.interleavedLinesAreBitIdenticalToSingleLines seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int ln : new int[] {4, 5, 9, 31}) {
            for (RecursiveGaussian g : List.of(RecursiveGaussian.smoothing(1.3, 0.7),
                    RecursiveGaussian.secondDerivative(2.0, 1.1, true))) {
                int b = 8;
                int k = 5;
                double[] data = new double[ln * b];
                for (int i = 0; i < data.length; i++) {
                    data[i] = rnd.nextDouble(-500, 1500);
                }
                double[] outs = new double[ln * b];
                g.filterLines(outs, data, new double[ln * b], ln, b, k);
                for (int r = 0; r < k; r++) {
                    double[] line = new double[ln];
                    for (int i = 0; i < ln; i++) {
                        line[i] = data[i * b + r];
                    }
                    double[] one = new double[ln];
                    g.filterLine(one, line, new double[ln], ln);
                    for (int i = 0; i < ln; i++) {
                        assertEquals(Double.doubleToRawLongBits(one[i]), Double.doubleToRawLongBits(outs[i * b + r]),
                                "line " + r + " element " + i + " of " + ln);
                    }
                }
            }
        }
    }

    private static double[] filled(int n, double v) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, v);
        return d;
    }
}
