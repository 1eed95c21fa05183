package org.radiomics4j.core.preprocess;

import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.Interpolator;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.internal.InterpResampler;

/**
 * Resampling of an image and its ROI to a new voxel spacing, reproducing PyRadiomics v3
 * ({@code radiomics.imageoperations.resampleImage}, {@code cropToTumorMask}) on top of SimpleITK/ITK's
 * {@code ResampleImageFilter} to the last bit where the arithmetic allows it.
 *
 * <h2>Grid (PyRadiomics' rule)</h2>
 * With the mask's spacing {@code s}, the requested spacing {@code s'} and the ROI bounding box (first index
 * {@code L}, size {@code S}) per axis:
 * <ul>
 *   <li>{@code s' = s} on an axis requested as 0 and on an axis along which the ROI spans one voxel;</li>
 *   <li>ratio {@code r = s/s'}; new index bounds {@code lo = max(0, ⌊(L − ½)·r − pad⌋)},
 *       {@code hi = min(⌈n·r⌉ − 1, ⌈(L + S − ½)·r + pad⌉)}, output size {@code hi − lo + 1};</li>
 *   <li>origin: the physical point (mask geometry) of the continuous index {@code ½(s' − s)/s + lo/r}, so voxel
 *       {@code k} of the new grid samples the old grid at continuous index {@code ½(s' − s)/s + (lo + k)/r};
 *       direction: the mask's.</li>
 * </ul>
 * If the resulting spacing equals the image's ({@code numpy.allclose}: {@code |a − b| ≤ 1e-8 + 1e-5·|b|} per
 * axis) nothing is interpolated: the mask is brought onto the image grid by nearest neighbour and both are cropped
 * to the ROI box grown by {@code padDistance} voxels (clipped to the image), as current PyRadiomics does.
 *
 * <h2>Values</h2>
 * The image is sampled with the configured {@link Interpolator} (see {@link InterpResampler} for the ITK rules:
 * inside test {@code −½ ≤ c < n − ½}, default value 0 outside, cubic B-spline with whole-image mirror-boundary
 * prefilter) and cast back to its {@link org.radiomics4j.core.image.PixelType} by truncation toward zero with
 * saturation ({@code PixelType.cast}), as {@code ResampleImageFilter} does with the input pixel type as output
 * type. The mask always uses nearest neighbour (index rounded half up), so labels stay labels.
 *
 * <h2>preCrop</h2>
 * PyRadiomics applies {@code preCrop} only when no resampling is requested (resampling already crops); then image
 * and mask are cropped to the ROI box grown by {@code padDistance} voxels. {@link #resample} does the same.
 *
 * <p>All methods are pure; thread count comes from the caller's {@code threads} and never changes the result.
 */
public final class Resampler {
    /** Tolerance of PyRadiomics' check that the ROI lies inside the image, in voxels. */
    private static final double ROI_BOUNDS_TOLERANCE = 1e-3;

    private Resampler() {
    }

    /** An image and its ROI mask on a common grid. */
    public record Resampled(Volume image, Mask mask) {
        public Resampled {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(mask, "mask");
        }
    }

    /**
     * The preprocessing step PyRadiomics' extractor runs after loading (and after normalisation):
     * <ul>
     *   <li>if {@code settings.resampledPixelSpacing()} is set: resampling as described in the class documentation,
     *       returning the padded resampled grid (not yet cropped to the ROI box);</li>
     *   <li>else if {@code settings.preCrop()}: image and mask cropped to the ROI box grown by
     *       {@code padDistance} voxels;</li>
     *   <li>else: the inputs unchanged.</li>
     * </ul>
     *
     * @param roi the ROI; every non-zero voxel counts (select the label first, e.g. with {@link Mask#select})
     * @throws IllegalArgumentException if the ROI is empty, lies (partly) outside the image's physical extent, or
     *     (without resampling) the mask is not on the image's grid within {@code geometryTolerance}
     */
    public static Resampled resample(Volume image, Mask roi, ExtractionSettings settings) {
        return resample(image, roi, settings, 1);
    }

    /**
     * As {@link #resample(Volume, Mask, ExtractionSettings)}, interpolating on {@code threads} worker threads (the
     * result does not depend on it).
     */
    public static Resampled resample(Volume image, Mask roi, ExtractionSettings settings, int threads) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(settings, "settings");
        if (!settings.resamples()) {
            if (!settings.preCrop()) {
                return new Resampled(image, roi);
            }
            roi.requireSameGrid(image, settings.geometryTolerance());
            return crop(image, roi, roiBox(roi), padVoxels(settings.padDistance()));
        }
        BoundingBox box = roiBox(roi);
        checkRoiInsideImage(image.geometry(), roi.geometry(), box);
        double[] spacing = effectiveSpacing(roi.geometry(), box, settings.resampledPixelSpacing());
        if (allClose(image.geometry().spacing(), spacing)) {
            Mask onImage = roi.geometry().equals(image.geometry()) ? roi
                    : resampleMask(roi, image.geometry(), threads);
            return crop(image, onImage, roiBox(onImage), padVoxels(settings.padDistance()));
        }
        Geometry grid = resampledGrid(roi.geometry(), box, spacing, settings.padDistance());
        Volume img = resampleImage(image, grid, settings.interpolator(), threads);
        Mask msk = resampleMask(roi, grid, threads);
        return new Resampled(img, msk);
    }

    /**
     * The output spacing PyRadiomics uses: the requested spacing, except that an axis requested as 0 or along
     * which the ROI spans a single voxel keeps the mask's spacing.
     *
     * @throws InvalidSettingException if {@code requested} does not have 3 non-negative finite elements
     */
    public static double[] effectiveSpacing(Geometry maskGrid, BoundingBox roiBox, List<Double> requested) {
        if (requested == null || requested.size() != 3) {
            throw new InvalidSettingException("resampledPixelSpacing must have 3 elements but was " + requested);
        }
        double[] out = new double[3];
        for (int a = 0; a < 3; a++) {
            double v = requested.get(a);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new InvalidSettingException("resampledPixelSpacing must be finite and >= 0 on every axis but was "
                        + requested);
            }
            out[a] = v == 0 || roiBox.size(a) == 1 ? maskGrid.spacing(a) : v;
        }
        return out;
    }

    /**
     * PyRadiomics' resampling grid for a ROI box on {@code maskGrid} (see the class documentation).
     *
     * @param spacing output spacing, already through {@link #effectiveSpacing}
     * @param padDistance padding in output voxels
     */
    public static Geometry resampledGrid(Geometry maskGrid, BoundingBox roiBox, double[] spacing, double padDistance) {
        int[] size = new int[3];
        double[] originIndex = new double[3];
        for (int a = 0; a < 3; a++) {
            double oldSp = maskGrid.spacing(a);
            double r = oldSp / spacing[a];
            double lo = Math.floor((roiBox.start(a) - 0.5) * r - padDistance);
            double hi = Math.ceil(((double) (roiBox.start(a) + roiBox.size(a)) - 0.5) * r + padDistance);
            double maxHi = Math.ceil(maskGrid.size(a) * r) - 1;
            if (lo < 0) {
                lo = 0;
            }
            if (hi > maxHi) {
                hi = maxHi;
            }
            size[a] = (int) (hi - lo + 1);
            if (size[a] < 1) {
                throw new IllegalArgumentException("resampled grid is empty along axis " + a + " (bounds " + lo + ".."
                        + hi + ")");
            }
            originIndex[a] = 0.5 * (spacing[a] - oldSp) / oldSp + lo / r;
        }
        double[] origin = continuousIndexToPhysical(maskGrid, originIndex);
        return Geometry.of(size, spacing, origin, maskGrid.direction());
    }

    /** ITK's {@code TransformContinuousIndexToPhysicalPoint}: {@code origin + (D·diag(spacing))·c}. */
    static double[] continuousIndexToPhysical(Geometry g, double[] c) {
        double[] o = g.origin();
        double[] p = new double[3];
        for (int r = 0; r < 3; r++) {
            double s = 0.0;
            for (int k = 0; k < 3; k++) {
                s += (g.direction(r, k) * g.spacing(k)) * c[k];
            }
            p[r] = o[r] + s;
        }
        return p;
    }

    /**
     * {@code image} sampled on {@code grid} (ITK {@code ResampleImageFilter}, identity transform, default value 0)
     * and cast back to the image's pixel type by truncation toward zero with saturation.
     *
     * @param threads worker threads (the result does not depend on it)
     */
    public static Volume resampleImage(Volume image, Geometry grid, Interpolator interpolator, int threads) {
        Objects.requireNonNull(interpolator, "interpolator");
        double[] values = InterpResampler.sample(image, grid, interpolator, threads);
        return Volume.ofCast(values, grid, image.pixelType());
    }

    /** {@code mask} on {@code grid} by nearest neighbour (label 0 outside the mask's extent). */
    public static Mask resampleMask(Mask mask, Geometry grid, int threads) {
        return Mask.of(InterpResampler.sampleLabels(mask, grid, threads), grid);
    }

    /**
     * Image and mask cropped to {@code box} grown by {@code pad} voxels on every side and clipped to the grid
     * (PyRadiomics' {@code cropToTumorMask}).
     */
    public static Resampled crop(Volume image, Mask mask, BoundingBox box, int pad) {
        mask.requireSameGrid(image, 1e-6);
        BoundingBox b = box.pad(pad, image.geometry());
        return new Resampled(image.crop(b), mask.crop(b));
    }

    private static BoundingBox roiBox(Mask roi) {
        return roi.boundingBox().orElseThrow(() -> new IllegalArgumentException("roi is empty: no voxel has a non-zero"
                + " label (mask " + roi.geometry().nx() + "x" + roi.geometry().ny() + "x" + roi.geometry().nz() + ")"));
    }

    private static int padVoxels(double padDistance) {
        // PyRadiomics passes padDistance to SimpleITK's CropImageFilter, which takes whole voxels
        return (int) Math.floor(padDistance);
    }

    /** {@code numpy.allclose(a, b)}: {@code |a − b| ≤ 1e-8 + 1e-5·|b|} on every axis. */
    static boolean allClose(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs(a[i] - b[i]) <= 1e-8 + 1e-5 * Math.abs(b[i]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * PyRadiomics' {@code _checkROI}: the ROI box's corners (continuous indices {@code L − ½} and {@code L + S − ½}
     * on the mask grid) mapped into the image's index space must lie within {@code [−½ − 1e-3, n − ½ + 1e-3]}.
     */
    private static void checkRoiInsideImage(Geometry image, Geometry mask, BoundingBox box) {
        if (image.equals(mask)) {
            return;
        }
        double[] lo = new double[3];
        double[] hi = new double[3];
        for (int a = 0; a < 3; a++) {
            lo[a] = box.start(a) - 0.5;
            hi[a] = box.start(a) + box.size(a) - 0.5;
        }
        double[] cLo = physicalToContinuousIndex(image, continuousIndexToPhysical(mask, lo));
        double[] cHi = physicalToContinuousIndex(image, continuousIndexToPhysical(mask, hi));
        for (int a = 0; a < 3; a++) {
            double mn = Math.min(cLo[a], cHi[a]);
            double mx = Math.max(cLo[a], cHi[a]);
            if (mn < -0.5 - ROI_BOUNDS_TOLERANCE || mx > image.size(a) - 0.5 + ROI_BOUNDS_TOLERANCE) {
                throw new IllegalArgumentException("bounding box of the ROI " + box.toPyRadiomicsString()
                        + " extends outside the image along axis " + a + ": image index range ["
                        + mn + ", " + mx + "] vs image size " + image.size(a));
            }
        }
    }

    private static double[] physicalToContinuousIndex(Geometry g, double[] p) {
        double[] o = g.origin();
        double[] c = new double[3];
        for (int a = 0; a < 3; a++) {
            // orthonormal direction assumed: c_a = (column a of D) · (p - o) / spacing_a
            double s = 0;
            for (int r = 0; r < 3; r++) {
                s += g.direction(r, a) * (p[r] - o[r]);
            }
            c[a] = s / g.spacing(a);
        }
        return c;
    }
}
