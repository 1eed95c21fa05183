package org.radiomics4j.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.extract.ComplianceMode;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.ImageTypeSettings;
import org.radiomics4j.core.extract.PyRadiomicsParameters;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.extract.ResegmentMode;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.batch.BatchConfig;
import org.radiomics4j.io.batch.BatchExtractor;
import org.radiomics4j.io.batch.CaseReader;

/**
 * The one place where the Spark module touches {@link ExtractionSettings} and builds the {@link BatchExtractor}:
 * shipping the settings to executors, building the per-partition extractor, and deriving the feature columns of
 * the output from the settings. Package-private.
 */
final class BatchEngine {
    private BatchEngine() {
    }

    /** Settings in a form that travels with a Spark task ({@link RecordCodec}); checked to decode to equal settings. */
    static Serializable ship(ExtractionSettings settings) {
        return RecordCodec.roundTrip(settings);
    }

    /** Reads a PyRadiomics parameter file's text ({@code source} names it in messages). */
    static ExtractionSettings parse(String yaml, String source) {
        return PyRadiomicsParameters.parse(yaml, source);
    }

    /**
     * The extractor a partition runs: the local batch's per-case code ({@link BatchExtractor#extract}) with
     * {@code reader}, one case at a time (a Spark task is one core; Spark runs the tasks in parallel).
     */
    static BatchExtractor extractor(Serializable shipped, CaseReader reader) {
        ExtractionSettings s = (ExtractionSettings) RecordCodec.decode(shipped);
        return BatchExtractor.of(s, BatchConfig.defaults()).withReader(reader);
    }

    /**
     * The feature names, in output order, that cases extracted with {@code settings} have: the names of the feature
     * set that {@link RadiomicsExtractor} computes with these settings on a synthetic probe case (an image of
     * seeded random intensities on a 1 mm grid, large enough for every enabled LoG sigma, with a cubic ROI of label
     * {@code settings.label()}, one slice thick when shape2D is enabled). Feature names depend only on the settings
     * (image types and their derived images, classes, enabled features), not on the image, so this is the list and
     * the order that {@code radiomics batch} writes, computed by the same code instead of a second copy of the
     * naming rules. Two data-dependent exceptions, both giving a missing (null) value, never a wrong one: a LoG
     * sigma that a small image cannot hold, and a family that fails on a case under {@code onFeatureError: RECORD}.
     *
     * @throws IllegalArgumentException if the probe extraction fails or a family records an error on it (for
     *     example a re-segmentation range that empties any ROI, or a minimum ROI size above the probe's), naming the
     *     cause; such settings would fail or record errors for most real cases too
     */
    static List<String> featureColumns(ExtractionSettings settings) {
        double maxSigma = 1;
        for (ImageTypeSettings t : settings.imageTypes().values()) {
            for (double s : t.filter().sigma()) {
                maxSigma = Math.max(maxSigma, s);
            }
        }
        int n = Math.max(16, (int) Math.ceil(maxSigma) + 8);
        double lo = 0;
        double hi = 200;
        if (settings.mode() == ComplianceMode.IBSI) {
            if (Double.isFinite(settings.ibsi().resegmentationLower())) {
                lo = settings.ibsi().resegmentationLower();
                hi = lo + 200;
            }
            if (Double.isFinite(settings.ibsi().resegmentationUpper())) {
                hi = settings.ibsi().resegmentationUpper();
                lo = Double.isFinite(settings.ibsi().resegmentationLower()) ? lo : hi - 200;
            }
        } else if (settings.resegmentMode() == ResegmentMode.ABSOLUTE && !settings.resegmentRange().isEmpty()) {
            lo = settings.resegmentRange().get(0);
            hi = settings.resegmentRange().size() > 1 ? settings.resegmentRange().get(1) : lo + 200;
        }
        SplittableRandom rnd = new SplittableRandom(20261203L);
        double[] data = new double[n * n * n];
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.round(lo + (hi - lo) * rnd.nextDouble());
        }
        Geometry g = Geometry.of(n, n, n, 1, 1, 1);
        int[] labels = new int[n * n * n];
        int from = n / 2 - 4;
        int to = n / 2 + 4;
        // shape2D needs a one-slice ROI along force2Ddimension (numpy axis: 0 = z, 1 = y, 2 = x)
        int flatAxis = settings.isEnabled(FeatureClass.SHAPE2D) && settings.force2D() ? 2 - settings.force2Ddimension()
                : -1;
        for (int z = from; z < to; z++) {
            for (int y = from; y < to; y++) {
                for (int x = from; x < to; x++) {
                    int[] p = {x, y, z};
                    if (flatAxis >= 0 && p[flatAxis] != n / 2) {
                        continue;
                    }
                    labels[(z * n + y) * n + x] = settings.label();
                }
            }
        }
        FeatureSet fs;
        try {
            fs = RadiomicsExtractor.of(settings).extract(Volume.of(data, g), Mask.of(labels, g));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot derive the output's feature columns from the settings: the "
                    + "extraction of a synthetic " + n + "^3 probe case failed: " + RadiomicsException.messageChain(e)
                    + "; pass the feature columns explicitly", e);
        }
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> d : fs.diagnostics().entrySet()) {
            if (d.getKey().startsWith("Error_")) {
                errors.add(d.getKey() + ": " + d.getValue());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("cannot derive the output's feature columns from the settings: on a "
                    + "synthetic " + n + "^3 probe case, feature classes recorded errors " + errors
                    + "; pass the feature columns explicitly");
        }
        return fs.names();
    }
}
