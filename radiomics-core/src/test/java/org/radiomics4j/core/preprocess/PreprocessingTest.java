package org.radiomics4j.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.extract.ResegmentMode;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.GeometryMismatchException;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/** Expected values follow by hand from PyRadiomics' rules as stated in testdata/pyradiomics/README.md §1. */
class PreprocessingTest {

    private static Volume line(double... v) {
        return Volume.of(v, v.length, 1, 1);
    }

    private static Mask all(int n) {
        int[] m = new int[n];
        java.util.Arrays.fill(m, 1);
        return Mask.of(m, n, 1, 1);
    }

    // ---- normalisation ------------------------------------------------------------------------------------------

    @Test
    void normalisationUsesSampleSdOfTheWholeImage() {
        // 1..5: mean 3, sample SD √2.5 (README §1.2: N − 1); scale 100
        Volume n = Normalization.normalize(line(1, 2, 3, 4, 5), 100, OptionalDouble.empty());
        assertEquals(PixelType.FLOAT64, n.pixelType());
        double sd = Math.sqrt(2.5);
        for (int i = 0; i < 5; i++) {
            assertEquals(100 * (i + 1 - 3) / sd, n.get(i), 1e-12);
        }
    }

    @Test
    void removeOutliersClipsBeforeScaling() {
        // z-scores ±1.26 and ±0.63; clipping at 1 then scaling by 10 gives ±10 at the ends
        Volume n = Normalization.normalize(line(1, 2, 3, 4, 5), 10, OptionalDouble.of(1));
        assertEquals(-10, n.get(0), 1e-12);
        assertEquals(10, n.get(4), 1e-12);
        assertEquals(10 * (-1) / Math.sqrt(2.5), n.get(1), 1e-12);
    }

    @Test
    void normalisationRejectsConstantImagesAndBadSettings() {
        RadiomicsException e = assertThrows(RadiomicsException.class,
                () -> Normalization.normalize(line(4, 4, 4), 1, OptionalDouble.empty()));
        assertTrue(e.getMessage().contains("standard deviation"), e.getMessage());
        assertThrows(InvalidSettingException.class, () -> Normalization.normalize(line(1, 2), 0, OptionalDouble.empty()));
        assertThrows(InvalidSettingException.class, () -> Normalization.normalize(line(1, 2), 1, OptionalDouble.of(-1)));
    }

    // ---- re-segmentation ----------------------------------------------------------------------------------------

    @Test
    void absoluteRanges() {
        Volume v = line(-5, 0, 5, 10, 15);
        assertArrayEquals(new int[] {0, 1, 1, 1, 1},
                Resegmentation.resegment(v, all(5), List.of(0.0), ResegmentMode.ABSOLUTE).toIntArray());
        // closed range, thresholds sorted first
        assertArrayEquals(new int[] {0, 1, 1, 1, 0},
                Resegmentation.resegment(v, all(5), List.of(10.0, 0.0), ResegmentMode.ABSOLUTE).toIntArray());
    }

    @Test
    void relativeRangeUsesRoiMaximum() {
        // max inside the ROI is 10 (the 100 is outside): keep x >= 0.5·10
        Volume v = line(2, 5, 8, 10, 100);
        Mask roi = Mask.of(new int[] {1, 1, 1, 1, 0}, 5, 1, 1);
        assertArrayEquals(new int[] {0, 1, 1, 1, 0},
                Resegmentation.resegment(v, roi, List.of(0.5), ResegmentMode.RELATIVE).toIntArray());
    }

    @Test
    void sigmaRangeUsesPopulationSd() {
        // {0,0,0,0,10}: mean 2, population SD 4 -> upper 2 + 1.9·4 = 9.6 excludes 10
        // (the sample SD √20 would give 10.5 and keep it)
        Volume v = line(0, 0, 0, 0, 10);
        assertArrayEquals(new int[] {1, 1, 1, 1, 0},
                Resegmentation.resegment(v, all(5), List.of(-1.0, 1.9), ResegmentMode.SIGMA).toIntArray());
        assertArrayEquals(new double[] {-2, 9.6},
                Resegmentation.thresholds(v, all(5), List.of(1.9, -1.0), ResegmentMode.SIGMA), 1e-12);
    }

    @Test
    void resegmentationLeavingOneVoxelFails() {
        RadiomicsException e = assertThrows(RadiomicsException.class,
                () -> Resegmentation.resegment(line(1, 2, 3), all(3), List.of(3.0), ResegmentMode.ABSOLUTE));
        assertTrue(e.getMessage().contains("kept 1 of 3"), e.getMessage());
        assertThrows(InvalidSettingException.class,
                () -> Resegmentation.resegment(line(1, 2), all(2), List.of(), ResegmentMode.ABSOLUTE));
    }

    // ---- ROI checks ---------------------------------------------------------------------------------------------

    @Test
    void singleVoxelRoiIsRejectedNamingLabelAndCount() {
        Mask roi = Mask.of(new int[] {0, 1, 0, 0}, 2, 2, 1);
        RadiomicsException e = assertThrows(RadiomicsException.class,
                () -> RoiCheck.check(roi, 3, 1, OptionalInt.empty()));
        assertTrue(e.getMessage().contains("label 3") && e.getMessage().contains("1 voxel"), e.getMessage());
    }

    @Test
    void dimensionalityAndSizeRules() {
        Mask lineRoi = Mask.of(new int[] {1, 1, 0, 0}, 2, 2, 1); // spans x only: 1 dimension
        RadiomicsException e = assertThrows(RadiomicsException.class,
                () -> RoiCheck.check(lineRoi, 1, 2, OptionalInt.empty()));
        assertTrue(e.getMessage().contains("minimumROIDimensions is 2"), e.getMessage());
        assertEquals(new BoundingBox(0, 0, 0, 2, 1, 1), RoiCheck.check(lineRoi, 1, 1, OptionalInt.empty()));
        Mask square = Mask.of(new int[] {1, 1, 1, 0}, 2, 2, 1);
        // PyRadiomics fails when size <= minimumROISize
        assertThrows(RadiomicsException.class, () -> RoiCheck.check(square, 1, 2, OptionalInt.of(3)));
        assertEquals(new BoundingBox(0, 0, 0, 2, 2, 1), RoiCheck.check(square, 1, 2, OptionalInt.of(2)));
        assertThrows(RadiomicsException.class,
                () -> RoiCheck.check(Mask.of(new int[4], 2, 2, 1), 1, 1, OptionalInt.empty()));
    }

    // ---- cropping -----------------------------------------------------------------------------------------------

    @Test
    void cropToBoxWithAndWithoutPad() {
        Geometry g = Geometry.of(4, 3, 1);
        double[] d = new double[12];
        for (int i = 0; i < 12; i++) {
            d[i] = i;
        }
        int[] m = new int[12];
        m[5] = 1; // (1,1)
        m[6] = 1; // (2,1)
        Volume img = Volume.of(d, g);
        Mask roi = Mask.of(m, g);
        BoundingBox box = roi.boundingBox().orElseThrow();
        Cropping.Cropped c = Cropping.crop(img, roi, box, 0);
        assertArrayEquals(new double[] {5, 6}, c.image().toDoubleArray());
        assertArrayEquals(new int[] {1, 1}, c.roi().toIntArray());
        Cropping.Cropped p = Cropping.crop(img, roi, box, 1);
        assertEquals(new BoundingBox(0, 0, 0, 4, 3, 1), p.box());
        assertThrows(IllegalArgumentException.class, () -> Cropping.crop(img, roi, box, -1));
    }

    // ---- mask correction ----------------------------------------------------------------------------------------

    @Test
    void oneSliceMaskIsPlacedOnItsSliceOfTheImageGrid() {
        // image 3x2x4 with spacing (1, 1, 2); the mask is slice z = 2 alone (origin z = 4 mm), as in the shape2D cases
        Geometry img = Geometry.of(3, 2, 4, 1, 1, 2);
        Mask full = Mask.of(new int[] {
            0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0,
            1, 1, 0, 0, 1, 0,
            0, 0, 0, 0, 0, 0}, img);
        Mask slice = full.crop(new BoundingBox(0, 0, 2, 3, 2, 1));
        assertEquals(4.0, slice.geometry().origin()[2]);
        Mask corrected = MaskCorrection.toGrid(slice, img, 1);
        assertEquals(img, corrected.geometry());
        assertArrayEquals(full.toIntArray(), corrected.toIntArray());
    }

    @Test
    void roiOutsideTheImageIsRejected() {
        Geometry img = Geometry.of(3, 3, 1);
        Geometry shifted = Geometry.of(3, 3, 1).withOrigin(new double[] {5, 0, 0});
        Mask m = Mask.of(new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0}, shifted);
        GeometryMismatchException e = assertThrows(GeometryMismatchException.class,
                () -> MaskCorrection.toGrid(m, img, 1));
        assertTrue(e.getMessage().contains("outside the image"), e.getMessage());
    }
}
