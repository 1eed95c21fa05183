package org.radiomics4j.core.ibsi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radiomics4j.core.features.internal.TextureVolumes;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.internal.CsvFields;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Reads testdata/ibsi: the IBSI reference values (reference_values.csv, from the IBSI reference manual, see
 * testdata/ibsi/README.md for provenance) and the digital phantom as plain text (phantom_voxels.csv, decoded from
 * the IBSI NIfTI files). Test helper, the one reader of these files for every module's tests (radiomics-validation
 * uses it through radiomics-core's test-jar), with the one comparison rule {@link #allowed(double, double)}.
 */
public final class IbsiReference {
    private IbsiReference() {
    }

    /** testdata/ibsi (system property {@code radiomics.testdata}, else {@code ../testdata}). */
    public static Path dir() {
        return TextureVolumes.testdata().resolve("ibsi");
    }

    /**
     * The allowed deviation from an IBSI reference {@code value}: {@code tolerance + u/2}, u one unit in the third
     * significant digit of the value ({@code u = 10^(floor(log10|value|) - 2)}; the values are printed to 3
     * significant digits), or {@code tolerance + 1e-6} for the exact 0; testdata/ibsi/README.md, "Comparing".
     */
    public static double allowed(double value, double tolerance) {
        if (value == 0) {
            return tolerance + 1e-6;
        }
        double u = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
        return tolerance + 0.5 * u;
    }

    /**
     * The IBSI comparison {@code |computed - value| <= allowed(value, tolerance)} (with a relative 1e-12 for the
     * rounding of the bound itself); a non-finite {@code computed} never matches.
     */
    public static boolean matches(double value, double tolerance, double computed) {
        return Double.isFinite(computed) && Math.abs(computed - value) <= allowed(value, tolerance) * (1 + 1e-12);
    }

    /** One reference value (one line of reference_values.csv; tolerance 0 where the file has none). */
    public record Row(int line, String family, String featureName, String ibsiCode, String pyradiomicsName,
                      String configuration, String aggregation, double value, double tolerance,
                      boolean hasTolerance, String aggregationCode) {

        /** {@link IbsiReference#allowed(double, double)} of this row. */
        public double allowed() {
            return IbsiReference.allowed(value, tolerance);
        }

        /** {@link IbsiReference#matches(double, double, double)} of this row. */
        public boolean matches(double computed) {
            return IbsiReference.matches(value, tolerance, computed);
        }

        /** The {@code --names ibsi-codes} key of this row: {@code <code>[_10|_90]:<aggregation code>}. */
        public String codeKey() {
            String suffix = featureName.contains("10%") ? "_10" : featureName.contains("90%") ? "_90" : "";
            return ibsiCode + (family.equals("intensity_volume_histogram") ? suffix : "") + ":" + aggregationCode;
        }

        /** The key our {@link IbsiFeatureValue}s are looked up with. */
        public String key() {
            return lookupKey(family, ibsiCode, aggregationCode, featureName);
        }

        @Override
        public String toString() {
            return configuration + " " + family + " " + ibsiCode + ":" + aggregationCode + " " + featureName;
        }
    }

    /** The lookup key of a computed value: code, aggregation and (for IVH, whose codes repeat) the name. */
    public static String key(IbsiFeatureValue v) {
        return v.family() + "|" + v.ibsiCode() + "|" + v.aggregationCode() + "|"
                + (v.family().equals("intensity_volume_histogram") ? v.name() : "");
    }

    private static String lookupKey(String family, String code, String agg, String featureName) {
        String variant = "";
        if (family.equals("intensity_volume_histogram")) {
            variant = switch (featureName) {
                case "Volume fraction at 10% intensity" -> "VolumeFractionAt10PercentIntensity";
                case "Volume fraction at 90% intensity" -> "VolumeFractionAt90PercentIntensity";
                case "Intensity at 10% volume" -> "IntensityAt10PercentVolume";
                case "Intensity at 90% volume" -> "IntensityAt90PercentVolume";
                case "Volume fraction difference between intensity fractions" -> "VolumeFractionDifference";
                case "Intensity fraction difference between volume fractions" -> "IntensityFractionDifference";
                default -> throw new IllegalStateException("unknown IVH feature " + featureName);
            };
        }
        return family + "|" + code + "|" + agg + "|" + variant;
    }

    /** Every row of reference_values.csv, in file order. */
    public static List<Row> rows() {
        Path p = dir().resolve("reference_values.csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
        List<String> header = CsvFields.split(lines.get(0));
        List<Row> out = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            if (lines.get(k).isBlank()) {
                continue;
            }
            List<String> f = CsvFields.split(lines.get(k));
            if (f.size() != header.size()) {
                throw new IllegalStateException(p + " line " + (k + 1) + ": " + f.size() + " fields, expected "
                        + header.size());
            }
            String tol = f.get(header.indexOf("tolerance"));
            out.add(new Row(k + 1, f.get(header.indexOf("family")), f.get(header.indexOf("feature_name")),
                    f.get(header.indexOf("ibsi_code")), f.get(header.indexOf("pyradiomics_name")),
                    f.get(header.indexOf("configuration")),
                    f.get(header.indexOf("aggregation")), Double.parseDouble(f.get(header.indexOf("value"))),
                    tol.isEmpty() ? 0 : Double.parseDouble(tol), !tol.isEmpty(),
                    f.get(header.indexOf("aggregation_code"))));
        }
        return out;
    }

    /** The digital phantom: image and mask from phantom_voxels.csv (x fastest), 2 mm isotropic voxels. */
    public static Volume phantomImage() {
        return phantom(true).image;
    }

    /** The digital phantom's ROI mask. */
    public static Mask phantomMask() {
        return phantom(false).mask;
    }

    private record Phantom(Volume image, Mask mask) {
    }

    private static Phantom phantom(boolean unused) {
        Path p = dir().resolve("digital_phantom/phantom_voxels.csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
        Geometry g = Geometry.of(5, 4, 4, 2.0, 2.0, 2.0);
        double[] img = new double[g.voxelCount()];
        int[] mask = new int[g.voxelCount()];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int i = g.index(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
            img[i] = Double.parseDouble(f[3]);
            mask[i] = Integer.parseInt(f[4]);
        }
        return new Phantom(Volume.of(img, g), Mask.of(mask, g));
    }
}
