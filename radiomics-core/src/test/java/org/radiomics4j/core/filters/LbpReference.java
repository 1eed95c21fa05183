package org.radiomics4j.core.filters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * Reads testdata/lbp-reference (made by {@code make_lbp_reference.py} there with Debian 12's numpy 1.24.2,
 * scipy 1.10.1 and scikit-image 0.19.3; see its README): synthetic input images and the LBP values computed on them.
 */
final class LbpReference {
    private LbpReference() {
    }

    static Path root() {
        String p = System.getProperty("radiomics.testdata");
        Path root = p != null ? Path.of(p) : Path.of("..", "testdata");
        return root.resolve("lbp-reference");
    }

    static List<String> lines(String file) {
        try {
            return Files.readAllLines(root().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root().resolve(file), e);
        }
    }

    /** Python {@code repr(float)} values separated by spaces ({@code nan} included). */
    static double[] values(String s) {
        String[] t = s.trim().split(" ");
        double[] d = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            d[i] = t[i].equals("nan") ? Double.NaN : Double.parseDouble(t[i]);
        }
        return d;
    }

    /** The synthetic images by name: {@code syn16} (INT16) and {@code syn64} (FLOAT64), 9×8×7 voxels of 1 mm. */
    static Map<String, Volume> images() {
        Map<String, Volume> out = new LinkedHashMap<>();
        for (String line : lines("synthetic_images.csv").subList(1, 3)) {
            String[] f = line.split(",");
            Geometry g = Geometry.of(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), 1, 1, 1);
            PixelType t = f[1].equals("int16") ? PixelType.INT16 : PixelType.FLOAT64;
            out.put(f[0], Volume.ofCast(values(f[5]), g, t));
        }
        return out;
    }

    /** Data lines of a CSV split on its first {@code fields − 1} commas (the last field holds the values). */
    static List<String[]> rows(String file, int fields, int skip) {
        List<String[]> out = new ArrayList<>();
        List<String> all = lines(file);
        for (String line : all.subList(skip, all.size())) {
            if (!line.isBlank()) {
                out.add(line.split(",", fields));
            }
        }
        return out;
    }
}
