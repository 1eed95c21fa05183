package org.radiomics4j.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * {@code extract(image, prepare(mask))} must equal {@code extract(image, mask)} in every value, every diagnostics
 * key and its position, and every exception, whatever the settings; preparation only moves work earlier.
 */
class PreparedMaskTest {

    private static final Geometry G = Geometry.of(19, 17, 11, 0.8, 0.7, 1.5);

    /** A noisy CT-like image; label 1 a blob with a hole and a detached island, label 2 a one-slice patch. */
    private record Case(Volume image, Mask mask) {
    }

    private static Case randomCase(long seed) {
        System.out.println("PreparedMaskTest seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        double[] d = new double[G.voxelCount()];
        int[] m = new int[G.voxelCount()];
        double cx = 6 + r.nextInt(6);
        double cy = 5 + r.nextInt(6);
        double cz = 3 + r.nextInt(4);
        for (int z = 0; z < G.nz(); z++) {
            for (int y = 0; y < G.ny(); y++) {
                for (int x = 0; x < G.nx(); x++) {
                    int i = G.index(x, y, z);
                    d[i] = Math.rint(40 + 60 * r.nextDouble() - 30 * z / 10.0);
                    double q = Math.pow((x - cx) / 5, 2) + Math.pow((y - cy) / 4, 2) + Math.pow((z - cz) / 3, 2);
                    if (q < 1 && q > 0.08) {
                        m[i] = 1;
                    }
                    if (z == G.nz() - 2 && x >= 14 && y >= 12) {
                        m[i] = 2;
                    }
                }
            }
        }
        m[G.index(1, 1, 1)] = 1; // a detached island
        return new Case(Volume.of(d, G), Mask.of(m, G));
    }

    private static void assertSameExtraction(RadiomicsExtractor x, Volume image, Mask mask, boolean prepared) {
        PreparedMask p = x.prepare(mask);
        assertEquals(prepared, p.isPrepared(), "prepared");
        Supplier<FeatureSet> plain = () -> x.extract(image, mask);
        Supplier<FeatureSet> fast = () -> x.extract(image, p);
        FeatureSet a;
        try {
            a = plain.get();
        } catch (RuntimeException e) {
            RuntimeException f = assertThrows(RuntimeException.class, fast::get);
            assertEquals(e.getClass(), f.getClass());
            assertEquals(e.getMessage(), f.getMessage());
            return;
        }
        FeatureSet b = fast.get();
        assertEquals(new ArrayList<>(a.toMap().entrySet()), new ArrayList<>(b.toMap().entrySet()));
        assertEquals(new ArrayList<>(a.diagnostics().entrySet()), new ArrayList<>(b.diagnostics().entrySet()));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void defaultSettingsOnOneAndTwoThreads(long seed) {
        Case c = randomCase(seed);
        for (int threads : new int[] {1, 2}) {
            RadiomicsExtractor x = RadiomicsExtractor.of(ExtractionSettings.defaults().withBinWidth(10),
                    ExecutionSettings.defaults().withThreads(threads));
            assertSameExtraction(x, c.image(), c.mask(), true);
        }
    }

    @Test
    void otherSettingsAndImageTypes() {
        Case c = randomCase(21);
        ExtractionSettings base = ExtractionSettings.defaults().withBinWidth(10);
        ExecutionSettings record = ExecutionSettings.defaults().withOnFeatureError(OnFeatureError.RECORD);
        List<ExtractionSettings> prepared = List.of(
                base.withEnabledClasses(FeatureClass.FIRSTORDER, FeatureClass.GLCM), // no shape
                base.withEnabledClasses(FeatureClass.SHAPE),
                base.withEnabledImageTypes(ImageType.ORIGINAL, ImageType.SQUARE),
                base.withEnabledImageTypes(ImageType.SQUARE), // shape from the original image only
                base.withEnabledImageTypes(ImageType.SQUARE).withPreCrop(true),
                base.withNormalize(true),
                base.withLabel(2).withMinimumRoiDimensions(2).withForce2D(true)
                        .withEnabledClasses(FeatureClass.SHAPE2D, FeatureClass.FIRSTORDER),
                base.withEnabledClasses(FeatureClass.SHAPE2D, FeatureClass.GLRLM)); // shape2D fails: recorded
        for (ExtractionSettings s : prepared) {
            assertSameExtraction(RadiomicsExtractor.of(s, record), c.image(), c.mask(), true);
            assertSameExtraction(RadiomicsExtractor.of(s, record.withThreads(2)), c.image(), c.mask(), true);
        }
        // shape2D failing with THROW: the same exception from the prepared mask
        assertSameExtraction(RadiomicsExtractor.of(base.withEnabledClasses(FeatureClass.SHAPE2D)), c.image(),
                c.mask(), true);
    }

    @Test
    void casesThatAreNotPreparedStillEqual() {
        Case c = randomCase(31);
        ExtractionSettings base = ExtractionSettings.defaults().withBinWidth(10);
        for (ExtractionSettings s : List.of(
                base.withResampledPixelSpacing(List.of(1.0, 1.0, 1.0)),
                base.withResegmentRange(List.of(30.0, 80.0)),
                base.withLabel(7), // absent: the same IllegalArgumentException naming the labels
                base.withLabel(2).withMinimumRoiDimensions(3))) { // one slice: fails the ROI check
            assertSameExtraction(RadiomicsExtractor.of(s), c.image(), c.mask(), false);
        }
    }

    @Test
    void geometryMismatchFoundAtExtractionFallsBack() {
        Case c = randomCase(41);
        Mask moved = c.mask().withGeometry(G.withOrigin(new double[] {0.8, 0, 0}));
        ExtractionSettings s = ExtractionSettings.defaults().withBinWidth(10);
        // reported as without preparation ...
        assertSameExtraction(RadiomicsExtractor.of(s), c.image(), moved, true);
        // ... or corrected onto the image grid, the prepared facts not used
        assertSameExtraction(RadiomicsExtractor.of(s.withCorrectMask(true)), c.image(), moved, true);
    }

    @Test
    void anotherExtractorsPreparationIsNotUsed() {
        Case c = randomCase(51);
        RadiomicsExtractor label1 = RadiomicsExtractor.of(ExtractionSettings.defaults().withBinWidth(10));
        RadiomicsExtractor label2 = RadiomicsExtractor.of(ExtractionSettings.defaults().withBinWidth(10).withLabel(2)
                .withMinimumRoiDimensions(2).withEnabledClasses(FeatureClass.FIRSTORDER, FeatureClass.SHAPE));
        PreparedMask forLabel1 = label1.prepare(c.mask());
        assertTrue(forLabel1.isPrepared());
        FeatureSet viaOther = label2.extract(c.image(), forLabel1);
        FeatureSet plain = label2.extract(c.image(), c.mask());
        assertEquals(plain, viaOther);
        assertEquals("(14, 12, 9, 5, 5, 1)", plain.diagnostics().get("Mask-original_BoundingBox"));
    }

    @Test
    void ibsiModeIsNotPrepared() {
        Case c = randomCase(61);
        RadiomicsExtractor x = RadiomicsExtractor.of(ExtractionSettings.defaults().withMode(ComplianceMode.IBSI)
                .withBinWidth(10));
        PreparedMask p = x.prepare(c.mask());
        assertFalse(p.isPrepared());
        assertEquals(x.extract(c.image(), c.mask()).toMap(), x.extract(c.image(), p).toMap());
    }
}
