package org.radiomics4j.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.Interpolator;
import org.radiomics4j.core.extract.ResegmentMode;
import org.radiomics4j.core.extract.WeightingNorm;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/**
 * Reads testdata/pyradiomics/baseline (see its README): the per-family reference values and each case's effective
 * settings, and loads a case's image and mask (with the {@code [z=k]} slice selection of the shape2D cases).
 */
final class BaselineData {
    private BaselineData() {
    }

    /** One reference value. */
    record Row(String caseName, String image, String mask, String feature, String value) {
        double expected() {
            return Double.parseDouble(value);
        }
    }

    static Path root() {
        String p = System.getProperty("radiomics.testdata");
        Path root = p != null ? Path.of(p) : Path.of("..", "testdata");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("test data folder not found: " + root.toAbsolutePath());
        }
        return root.resolve("pyradiomics");
    }

    /** The rows of {@code baseline/<family>.csv}, in file order. */
    static List<Row> rows(String family) {
        List<Row> out = new ArrayList<>();
        for (List<String> r : csv(root().resolve("baseline").resolve(family + ".csv"))) {
            out.add(new Row(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
        }
        return out;
    }

    /** case → (setting → Python-literal value), from {@code baseline/settings.csv}. */
    static Map<String, Map<String, String>> settings() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (List<String> r : csv(root().resolve("baseline").resolve("settings.csv"))) {
            out.computeIfAbsent(r.get(0), k -> new LinkedHashMap<>()).put(r.get(1), r.get(2));
        }
        return out;
    }

    /** Minimal CSV reader (quoted fields with commas), header skipped. */
    static List<List<String>> csv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<List<String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean q = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    if (q && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        q = !q;
                    }
                } else if (c == ',' && !q) {
                    f.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            f.add(cur.toString());
            out.add(f);
        }
        return out;
    }

    /** Whether the case's settings need resampling. */
    static boolean resamples(Map<String, String> s) {
        return !isNone(s.get("resampledPixelSpacing")) && !isNone(s.get("interpolator"));
    }

    /**
     * The radiomics4j settings equivalent to a case's effective PyRadiomics settings (README "File formats",
     * group 1), with only {@code families} enabled.
     */
    static ExtractionSettings toSettings(Map<String, String> s, List<String> families) {
        ExtractionSettings.Builder b = ExtractionSettings.builder();
        b.label(Integer.parseInt(s.get("label")));
        if (!isNone(s.get("binCount"))) {
            b.binCount(Integer.parseInt(s.get("binCount")));
        } else {
            b.binWidth(Double.parseDouble(s.get("binWidth")));
        }
        b.force2D(bool(s.get("force2D")));
        b.force2Ddimension(Integer.parseInt(s.get("force2Ddimension")));
        List<Integer> distances = new ArrayList<>();
        for (double d : numbers(s.get("distances"))) {
            distances.add((int) d);
        }
        b.distances(distances);
        if (resamples(s)) {
            List<Double> sp = new ArrayList<>();
            for (double d : numbers(s.get("resampledPixelSpacing"))) {
                sp.add(d);
            }
            b.resampledPixelSpacing(sp);
            b.interpolator(Interpolator.fromSitk(s.get("interpolator")));
        }
        b.padDistance(Double.parseDouble(s.get("padDistance")));
        b.preCrop(bool(s.get("preCrop")));
        b.normalize(bool(s.get("normalize")));
        b.normalizeScale(Double.parseDouble(s.get("normalizeScale")));
        b.removeOutliers(isNone(s.get("removeOutliers")) ? OptionalDouble.empty()
                : OptionalDouble.of(Double.parseDouble(s.get("removeOutliers"))));
        if (!isNone(s.get("resegmentRange"))) {
            List<Double> r = new ArrayList<>();
            for (double d : numbers(s.get("resegmentRange"))) {
                r.add(d);
            }
            b.resegmentRange(r);
        }
        if (!isNone(s.get("resegmentMode"))) {
            b.resegmentMode(ResegmentMode.valueOf(s.get("resegmentMode").toUpperCase(java.util.Locale.ROOT)));
        }
        b.resegmentShape(bool(s.get("resegmentShape")));
        b.voxelArrayShift(Double.parseDouble(s.get("voxelArrayShift")));
        b.symmetricalGlcm(bool(s.get("symmetricalGLCM")));
        b.weightingNorm(WeightingNorm.fromPyRadiomicsName(isNone(s.get("weightingNorm")) ? null : s.get("weightingNorm")));
        b.gldmA(Double.parseDouble(s.get("gldm_a")));
        b.minimumRoiDimensions(Integer.parseInt(s.get("minimumROIDimensions")));
        b.minimumRoiSize(isNone(s.get("minimumROISize")) ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(s.get("minimumROISize"))));
        b.correctMask(bool(s.get("correctMask")));
        if (!isNone(s.get("geometryTolerance"))) {
            b.geometryTolerance(Double.parseDouble(s.get("geometryTolerance")));
        }
        if (bool(s.get("voxelBased"))) {
            throw new IllegalArgumentException("voxel-based cases are not supported");
        }
        Map<org.radiomics4j.core.features.FeatureClass, java.util.Set<String>> enabled = new LinkedHashMap<>();
        for (String f : families) {
            enabled.put(org.radiomics4j.core.features.FeatureClass.fromPyRadiomicsName(f), java.util.Set.of());
        }
        b.enabledFeatures(enabled);
        return b.build();
    }

    static Volume image(String file) {
        return ImageReaders.readVolume(root().resolve("images").resolve(file));
    }

    private static final Pattern SLICE = Pattern.compile("(.*)\\[z=(\\d+)]");

    /** The mask named in the baseline's {@code mask} column; {@code name.nrrd[z=k]} keeps only slice k. */
    static Mask mask(String spec) {
        Matcher m = SLICE.matcher(spec);
        String file = m.matches() ? m.group(1) : spec;
        Mask mask = ImageReaders.readMask(root().resolve("images").resolve(file));
        if (m.matches()) {
            int z = Integer.parseInt(m.group(2));
            mask = mask.crop(new BoundingBox(0, 0, z, mask.geometry().nx(), mask.geometry().ny(), 1));
        }
        return mask;
    }

    static boolean isNone(String v) {
        return v == null || v.equals("None");
    }

    private static boolean bool(String v) {
        return "True".equals(v);
    }

    private static double[] numbers(String list) {
        String t = list.trim();
        if (t.startsWith("[")) {
            t = t.substring(1, t.length() - 1);
        }
        String[] parts = t.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
    }
}
