package org.radiomics4j.core.ibsi.morphology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.radiomics4j.core.features.internal.TextureVolumes;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The IBSI-1 digital phantom (testdata/ibsi/digital_phantom/phantom_voxels.csv, decoded from the IBSI NIfTI files,
 * CC BY 4.0) and the rows of testdata/ibsi/reference_values.csv (IBSI reference manual, 3 significant digits).
 */
public final class IbsiTestData {
    private IbsiTestData() {
    }

    /** The phantom image and its ROI mask (5×4×4 voxels of 2 mm). */
    public record Phantom(Volume image, Mask mask) {
    }

    /** One reference row. */
    public record Reference(String family, String featureName, String ibsiCode, String configuration,
            String aggregation, double value, double tolerance) {

        /**
         * The comparison the IBSI README recommends: {@code |computed − value| ≤ tolerance + u/2}, u one unit in the
         * third significant digit of the printed (rounded) reference value.
         */
        public boolean matches(double computed) {
            return Math.abs(computed - value) <= allowed();
        }

        /** {@code tolerance + u/2}. */
        public double allowed() {
            double u = value == 0 ? 0 : Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
            return tolerance + 0.5 * u + 1e-12;
        }
    }

    public static Path testdata() {
        return TextureVolumes.testdata();
    }

    public static Phantom digitalPhantom() {
        Path f = testdata().resolve("ibsi/digital_phantom/phantom_voxels.csv");
        try {
            List<String> lines = Files.readAllLines(f);
            Geometry g = Geometry.of(5, 4, 4, 2.0, 2.0, 2.0);
            double[] v = new double[80];
            int[] m = new int[80];
            for (String line : lines.subList(1, lines.size())) {
                String[] p = line.split(",");
                int i = g.index(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                v[i] = Double.parseDouble(p[3]);
                m[i] = Integer.parseInt(p[4]);
            }
            return new Phantom(Volume.of(v, g), Mask.of(m, g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of {@code family} for {@code configuration} (e.g. {@code digital_phantom}, {@code config_A}). */
    public static List<Reference> references(String family, String configuration) {
        List<Reference> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(testdata().resolve("ibsi/reference_values.csv"));
            for (String line : lines.subList(1, lines.size())) {
                List<String> f = split(line);
                if (!f.get(0).equals(family) || !f.get(4).equals(configuration)) {
                    continue;
                }
                double tol = f.get(7).isEmpty() ? 0 : Double.parseDouble(f.get(7));
                out.add(new Reference(f.get(0), f.get(1), f.get(2), f.get(4), f.get(5), Double.parseDouble(f.get(6)),
                        tol));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
