package org.radiomics4j.validation.ibsi;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.ibsi.IbsiFeatureValue;
import org.radiomics4j.core.ibsi.IbsiReference;
import org.radiomics4j.core.ibsi.localintensity.LocalIntensity;
import org.radiomics4j.core.ibsi.morphology.IbsiMorphology;
import org.radiomics4j.core.ibsi.preprocess.IbsiPreprocessing;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/**
 * The IBSI CT radiomics phantom (testdata/ibsi/ct_phantom, CC BY-NC 3.0, test resource only) through the IBSI image
 * processing of configurations A–E ({@link IbsiPreprocessing#ctConfiguration}), checked against
 *
 * <ul>
 *   <li>every image-processing diagnostic value of testdata/ibsi/diagnostic_values.csv (the IBSI compliance
 *   spreadsheet as RadiomicsJ copied it): the input image and ROI as read, the interpolated image, the interpolated
 *   ROI and the re-segmented ROI;</li>
 *   <li>every morphology and local intensity reference value of testdata/ibsi/reference_values.csv (IBSI manual).</li>
 * </ul>
 *
 * Comparison rule of the IBSI README: {@code |computed − value| ≤ tolerance + u/2}, u one unit in the third
 * significant digit of the printed value (values are printed to 3 significant digits):
 * {@link IbsiReference#matches(double, double, double)}.
 */
class IbsiCtPhantomProcessingTest {

    private static final Map<Character, IbsiPreprocessing.Result> PROCESSED = new ConcurrentHashMap<>();
    private static final Map<Character, Map<String, Double>> FEATURES = new ConcurrentHashMap<>();

    static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        return Path.of(p != null ? p : "../testdata");
    }

    record Row(String configuration, String stage, String name, String key, double value, double tolerance) {
        boolean matches(double computed) {
            return IbsiReference.matches(value, tolerance, computed);
        }

        double allowed() {
            return IbsiReference.allowed(value, tolerance);
        }

        char config() {
            return configuration.charAt(configuration.length() - 1);
        }

        @Override
        public String toString() {
            return configuration + " " + stage + " " + name;
        }
    }

    /** The records of a CSV file of testdata/ibsi after its header line (RFC 4180, read by Commons CSV). */
    private static List<CSVRecord> records(String file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(testdata().resolve("ibsi").resolve(file), StandardCharsets.UTF_8, format)) {
            return p.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Row> diagnostics() {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord f : records("diagnostic_values.csv")) {
            rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), Double.parseDouble(f.get(4)),
                    Double.parseDouble(f.get(5))));
        }
        return rows.stream();
    }

    static Stream<Row> references() {
        return IbsiReference.rows().stream()
                .filter(r -> (r.family().equals("morphology") || r.family().equals("local_intensity"))
                        && r.configuration().startsWith("config_"))
                .map(r -> new Row(r.configuration(), r.family(), r.featureName(), r.ibsiCode(), r.value(),
                        r.tolerance()));
    }

    private static final class Phantom {
        static final Volume IMAGE = ImageReaders.readVolume(testdata().resolve("ibsi/ct_phantom/image.nii.gz"));
        static final Mask MASK = ImageReaders.readMask(testdata().resolve("ibsi/ct_phantom/mask.nii.gz"));
    }

    private static IbsiPreprocessing.Result processed(char c) {
        return PROCESSED.computeIfAbsent(c, k -> IbsiPreprocessing.ctConfiguration(k).apply(Phantom.IMAGE,
                Phantom.MASK));
    }

    private static Map<String, Double> features(char c) {
        return FEATURES.computeIfAbsent(c, k -> {
            IbsiPreprocessing.Result r = processed(k);
            Map<String, Double> m = new ConcurrentHashMap<>();
            List<IbsiFeatureValue> all = new ArrayList<>(IbsiMorphology.compute(r.morphologicalMask(),
                    r.intensityMask(), r.image()));
            all.addAll(LocalIntensity.compute(r.image(), r.intensityMask()));
            for (IbsiFeatureValue v : all) {
                m.put(v.ibsiCode(), v.value());
            }
            return m;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagnostics")
    void diagnosticValue(Row row) {
        IbsiPreprocessing.Result r = row.stage().startsWith("initial_")
                ? new IbsiPreprocessing.Result(Phantom.IMAGE, Phantom.MASK, Phantom.MASK) // the input, unprocessed
                : processed(row.config());
        double computed = diagnostic(r, row);
        assertTrue(row.matches(computed), row + " (" + row.key() + "): computed " + computed + ", IBSI "
                + row.value() + " ± " + row.allowed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void referenceValue(Row row) {
        Double computed = features(row.config()).get(row.key());
        assertNotNull(computed, "no feature with code " + row.key());
        assertTrue(row.matches(computed), row + " (" + row.key() + "): computed " + computed + ", IBSI "
                + row.value() + " ± " + row.allowed());
    }

    /** The diagnostic named by {@code row.key()} (the spreadsheet's tag). */
    static double diagnostic(IbsiPreprocessing.Result r, Row row) {
        String tag = row.key();
        Volume img = r.image();
        // before re-segmentation (stage interpolated_roi) the intensity mask is the interpolated ROI itself
        boolean morph = tag.startsWith("morph_") || row.stage().equals("interpolated_roi");
        Mask m = morph ? r.morphologicalMask() : r.intensityMask();
        if (tag.startsWith("img_dim_") || tag.contains("_mask_dim_")) {
            return img.geometry().size(axis(tag, "dim_"));
        }
        if (tag.startsWith("vox_dim_")) {
            return img.geometry().spacing(axis(tag, "vox_dim_"));
        }
        if (tag.endsWith("_img") && tag.contains("_int_")) {
            double[] s = stats(img, null);
            return pick(tag, s);
        }
        if (tag.contains("_bb_dim_")) {
            BoundingBox b = m.boundingBox().orElseThrow();
            return b.size(axis(tag, "bb_dim_"));
        }
        if (tag.contains("_vox_count_")) {
            return m.count();
        }
        if (tag.contains("_int_")) {
            return pick(tag, stats(img, m));
        }
        throw new IllegalArgumentException("unknown diagnostic tag " + tag + " in " + row);
    }

    private static int axis(String tag, String prefix) {
        char c = tag.charAt(tag.indexOf(prefix) + prefix.length());
        return c - 'x';
    }

    private static double pick(String tag, double[] s) {
        if (tag.startsWith("mean_") || tag.contains("_mean_")) {
            return s[0];
        }
        if (tag.startsWith("min_") || tag.contains("_min_")) {
            return s[1];
        }
        return s[2];
    }

    /** Mean, min, max of the image (inside {@code m} if not null). */
    private static double[] stats(Volume img, Mask m) {
        double sum = 0;
        long n = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < img.size(); i++) {
            if (m == null || m.inside(i)) {
                double v = img.get(i);
                sum += v;
                n++;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {sum / n, lo, hi};
    }
}
