package org.radiomics4j.core.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Volume;

/**
 * {@link WaveletFilter} and {@link WaveletBank} against PyWavelets 1.1.1 (Debian 12 python3-pywt 1.1.1-3+b2):
 * {@code src/test/resources/filters/pywt-banks.txt} (the filters {@code pywt.Wavelet(name).dec_lo/dec_hi}) and
 * {@code pywt-swt3.txt} ({@code pywt.swtn} on random arrays, wrapped in PyRadiomics' {@code _swt3} steps: odd
 * dimensions wrap-padded, one level at a time, trimmed). Both were written by {@code generate.py} in that folder
 * (see its README).
 *
 * <p>Tolerance: the same sums in the same order give the same doubles, so haar, db1-db3 and coif1 (whose
 * closed-form coefficients equal PyWavelets' to 1 ulp) are held to 1e-12 of the largest |input|; db4-db10, built
 * from numerically found roots, to 1e-14 per coefficient; PyWavelets
 * stores sym2 and sym3 with only ~12 correct digits (differences up to 3.6e-12 from the exact values), so they
 * get 1e-12 per coefficient and 1e-10 of the largest |input| for the transform.
 */
class WaveletFilterTest {

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = WaveletFilterTest.class.getResourceAsStream("/filters/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /filters/" + name);
            }
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        }
    }

    private static double[] numbers(String[] parts, int from, int to) {
        double[] d = new double[to - from];
        for (int i = from; i < to; i++) {
            d[i - from] = Double.parseDouble(parts[i]);
        }
        return d;
    }

    private static boolean exactBank(String wavelet) {
        return !wavelet.startsWith("sym");
    }

    /** db4-db10: roots found numerically, so a few ulp from the published values. */
    private static boolean constructed(String wavelet) {
        return wavelet.startsWith("db") && Integer.parseInt(wavelet.substring(2)) >= 4;
    }

    @TestFactory
    Stream<DynamicTest> filterBanksMatchPyWavelets() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines("pywt-banks.txt")) {
            String[] p = line.split(" ");
            String name = p[0];
            int bar = Arrays.asList(p).indexOf("|");
            double[] lo = numbers(p, 1, bar);
            double[] hi = numbers(p, bar + 1, p.length);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                WaveletBank b = WaveletBank.of(name);
                double tol = !exactBank(name) ? 1e-11 : constructed(name) ? 1e-14 : 2.3e-16;
                assertEquals(lo.length, b.decLo().length, "dec_lo length");
                for (int k = 0; k < lo.length; k++) {
                    assertEquals(lo[k], b.decLo()[k], tol, name + " dec_lo[" + k + "]");
                    assertEquals(hi[k], b.decHi()[k], tol, name + " dec_hi[" + k + "]");
                }
            }));
        }
        assertEquals(WaveletBank.SUPPORTED.size(), tests.size(), "every supported wavelet has a PyWavelets row");
        return tests.stream();
    }

    /** One case of pywt-swt3.txt. */
    private record Case(String name, String wavelet, int level, int start, List<Integer> axes, int nz, int ny, int nx,
            double[] input, Map<String, double[]> outputs) {
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        List<String> ls = lines("pywt-swt3.txt");
        int i = 0;
        while (i < ls.size()) {
            String[] h = ls.get(i++).split(" ");
            List<Integer> axes = new ArrayList<>();
            for (String a : h[5].split(",")) {
                axes.add(Integer.parseInt(a));
            }
            String[] in = ls.get(i++).split(" ");
            Map<String, double[]> outputs = new LinkedHashMap<>();
            while (i < ls.size() && !ls.get(i).startsWith("case ")) {
                String[] o = ls.get(i++).split(" ");
                outputs.put(o[0] + " " + o[1], numbers(o, 2, o.length));
            }
            out.add(new Case(h[1], h[2], Integer.parseInt(h[3]), Integer.parseInt(h[4]), axes,
                    Integer.parseInt(h[6]), Integer.parseInt(h[7]), Integer.parseInt(h[8]),
                    numbers(in, 1, in.length), outputs));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> swtMatchesPyWavelets() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                OptionalInt skip = OptionalInt.empty();
                if (c.axes().size() == 2) {
                    for (int a = 0; a < 3; a++) {
                        if (!c.axes().contains(a)) {
                            skip = OptionalInt.of(a);
                        }
                    }
                }
                WaveletFilter f = new WaveletFilter(c.wavelet(), c.level(), c.start(), skip);
                Volume image = Volume.of(c.input(), Geometry.of(c.nx(), c.ny(), c.nz(), 0.7, 0.8, 2.5));
                List<DerivedImage> got = f.apply(image, null);
                List<String> expectedNames = new ArrayList<>();
                for (String key : c.outputs().keySet()) {
                    String[] kd = key.split(" ");
                    int k = Integer.parseInt(kd[0]);
                    expectedNames.add((k == 1 ? "wavelet-" : "wavelet" + k + "-") + kd[1]);
                }
                List<String> gotNames = got.stream().map(DerivedImage::imageType).toList();
                assertEquals(expectedNames, gotNames, "image type names, in PyRadiomics' order");
                double scale = Arrays.stream(c.input()).map(Math::abs).max().orElseThrow();
                double tol = (exactBank(c.wavelet()) ? 1e-12 : 1e-10) * scale;
                int idx = 0;
                for (double[] want : c.outputs().values()) {
                    DerivedImage d = got.get(idx++);
                    assertEquals(image.geometry(), d.image().geometry(), d.imageType() + " geometry");
                    for (int v = 0; v < want.length; v++) {
                        double g = d.image().get(v);
                        double w = want[v];
                        int vv = v;
                        assertTrue(Math.abs(g - w) <= tol,
                                () -> c.name() + " " + d.imageType() + " voxel " + vv + ": expected " + w + " but was "
                                        + g + " (tolerance " + tol + ")");
                    }
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void unsupportedWaveletNamesTheSettingAndTheSupportedList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WaveletFilter("bior1.3", 1, 0));
        assertTrue(e.getMessage().contains("'wavelet'") && e.getMessage().contains("bior1.3")
                && e.getMessage().contains("coif1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WaveletFilter("coif1", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new WaveletFilter("coif1", 1, -1));
    }
}
