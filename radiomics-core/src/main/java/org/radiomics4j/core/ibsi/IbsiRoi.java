package org.radiomics4j.core.ibsi;

import java.util.Objects;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * An image with its two IBSI region-of-interest masks, after IBSI image processing (interpolation, rounding,
 * re-segmentation) has been applied: the <em>intensity mask</em> (IBSI SEFI, re-segmented; used by every family
 * that reads intensities) and the <em>morphological mask</em> (IBSI G5KJ, not re-segmented; used by morphology and
 * by the GLDZM distance map). Without re-segmentation both masks are the same (IBSI manual, section 2.1).
 *
 * <p>Voxel index {@code i = x + nx·(y + ny·z)}; slices are planes of constant z (the axial plane of the IBSI 2-D
 * and 2.5-D methods). Immutable: the factories copy their input.
 */
public final class IbsiRoi {
    private final Geometry geometry;
    private final Volume image;
    private final Mask intensityMaskImage;
    private final Mask morphologicalMaskImage;
    private final double[] intensities;
    private final boolean[] intensityMask;
    private final boolean[] morphologicalMask;
    private final int intensityCount;

    private IbsiRoi(Volume image, Mask intensityMaskImage, Mask morphologicalMaskImage, double[] intensities,
                    boolean[] intensityMask, boolean[] morphologicalMask) {
        this.geometry = image.geometry();
        this.image = image;
        this.intensityMaskImage = intensityMaskImage;
        this.morphologicalMaskImage = morphologicalMaskImage;
        this.intensities = intensities;
        this.intensityMask = intensityMask;
        this.morphologicalMask = morphologicalMask;
        int n = 0;
        for (boolean b : intensityMask) {
            if (b) {
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("the IBSI intensity mask is empty: no voxel left to compute features on");
        }
        this.intensityCount = n;
    }

    /**
     * An ROI whose intensity and morphological masks are both the voxels of {@code mask} with a non-zero label (no
     * re-segmentation, as for the IBSI digital phantom).
     *
     * @throws IllegalArgumentException if the grids differ in size or the mask is empty
     */
    public static IbsiRoi of(Volume image, Mask mask) {
        return of(image, mask, mask);
    }

    /**
     * An ROI with a re-segmented intensity mask and the morphological mask it came from.
     *
     * @throws IllegalArgumentException if the grids differ in size or the intensity mask is empty
     */
    public static IbsiRoi of(Volume image, Mask intensityMask, Mask morphologicalMask) {
        Objects.requireNonNull(image, "image");
        Geometry g = image.geometry();
        checkSize("intensity mask", g, intensityMask.geometry());
        checkSize("morphological mask", g, morphologicalMask.geometry());
        int n = g.voxelCount();
        boolean[] im = new boolean[n];
        boolean[] mm = new boolean[n];
        for (int i = 0; i < n; i++) {
            im[i] = intensityMask.inside(i);
            mm[i] = morphologicalMask.inside(i);
        }
        return new IbsiRoi(image, Mask.of(im, g), Mask.of(mm, g), image.toDoubleArray(), im, mm);
    }

    private static void checkSize(String what, Geometry image, Geometry mask) {
        if (image.nx() != mask.nx() || image.ny() != mask.ny() || image.nz() != mask.nz()) {
            throw new IllegalArgumentException(what + " size " + mask.nx() + "x" + mask.ny() + "x" + mask.nz()
                    + " differs from the image size " + image.nx() + "x" + image.ny() + "x" + image.nz());
        }
    }

    /** The (processed) image, for families that read it as a volume (morphology, local intensity). */
    public Volume image() {
        return image;
    }

    /** The intensity mask (IBSI SEFI) as a binary {@link Mask} on the image grid. */
    public Mask intensityMask() {
        return intensityMaskImage;
    }

    /** The morphological mask (IBSI G5KJ) as a binary {@link Mask} on the image grid. */
    public Mask morphologicalMask() {
        return morphologicalMaskImage;
    }

    public Geometry geometry() {
        return geometry;
    }

    public int nx() {
        return geometry.nx();
    }

    public int ny() {
        return geometry.ny();
    }

    public int nz() {
        return geometry.nz();
    }

    /** Number of voxels in the intensity mask. */
    public int intensityCount() {
        return intensityCount;
    }

    public double intensity(int i) {
        return intensities[i];
    }

    public boolean inIntensityMask(int i) {
        return intensityMask[i];
    }

    public boolean inMorphologicalMask(int i) {
        return morphologicalMask[i];
    }

    /** The intensities inside the intensity mask, in voxel order (a new array). */
    public double[] roiIntensities() {
        double[] out = new double[intensityCount];
        int k = 0;
        for (int i = 0; i < intensities.length; i++) {
            if (intensityMask[i]) {
                out[k++] = intensities[i];
            }
        }
        return out;
    }
}
