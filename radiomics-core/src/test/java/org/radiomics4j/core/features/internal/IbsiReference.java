package org.radiomics4j.core.features.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Rows of testdata/ibsi/reference_values.csv (IBSI reference manual values, 3 significant digits). */
public record IbsiReference(String family, String featureName, String ibsiCode, String configuration,
        String aggregation, double value, double tolerance) {

    /** Every digital-phantom row of {@code family} with the given aggregation label (e.g. "3D, averaged"). */
    public static List<IbsiReference> phantom(String family, String aggregation) {
        List<IbsiReference> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(TextureVolumes.testdata().resolve("ibsi/reference_values.csv"));
            for (String line : lines.subList(1, lines.size())) {
                List<String> f = split(line);
                if (f.size() < 8 || !f.get(0).equals(family) || !f.get(4).equals("digital_phantom")
                        || !f.get(5).equals(aggregation)) {
                    continue;
                }
                double tol = f.get(7).isEmpty() ? 0 : Double.parseDouble(f.get(7));
                out.add(new IbsiReference(f.get(0), f.get(1), f.get(2), f.get(4), f.get(5),
                        Double.parseDouble(f.get(6)), tol));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The comparison the IBSI README recommends: {@code |computed − value| ≤ tolerance + u/2}, u one unit in the
     * third significant digit of the (rounded) reference value.
     */
    public boolean matches(double computed) {
        double u = value == 0 ? 0 : Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
        return Math.abs(computed - value) <= tolerance + 0.5 * u + 1e-12;
    }

    private static List<String> split(String line) {
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
