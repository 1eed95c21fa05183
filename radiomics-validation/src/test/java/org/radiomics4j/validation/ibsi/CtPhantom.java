package org.radiomics4j.validation.ibsi;

import java.nio.file.Path;
import org.radiomics4j.core.ibsi.IbsiRoi;
import org.radiomics4j.core.ibsi.IbsiSettings;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.nifti.Nifti;

/**
 * The IBSI CT radiomics phantom (testdata/ibsi/ct_phantom, CC BY-NC: test resources only), read with radiomics-io's
 * NIfTI reader and rounded to the nearest integer as the IBSI manual asks (image and mask). Test helper.
 */
final class CtPhantom {
    final Volume image;
    final Mask mask;

    private CtPhantom(Volume image, Mask mask) {
        this.image = image;
        this.mask = mask;
    }

    static CtPhantom read() {
        Path dir = IbsiReference.dir().resolve("ct_phantom");
        Volume img = Nifti.read(dir.resolve("image.nii.gz"));
        Volume msk = Nifti.read(dir.resolve("mask.nii.gz"));
        double[] v = img.toDoubleArray();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.rint(v[i]);
        }
        int[] m = new int[msk.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.rint(msk.get(i)) >= 1 ? 1 : 0;
        }
        return new CtPhantom(Volume.of(v, img.geometry()), Mask.of(m, img.geometry()));
    }

    /**
     * Range re-segmentation without interpolation (IBSI 2.5, USB3): the intensity mask keeps the ROI voxels whose
     * intensity lies in [lower, upper]; the morphological mask is the ROI. A test stand-in, used as an IbsiPreprocessor,
     * for the IBSI preprocessing of
     * {@code core.ibsi.preprocess} in configurations that need no interpolation (A).
     */
    static IbsiRoi rangeResegmented(Volume image, Mask mask, IbsiSettings s) {
        if (s.outlierSigma() > 0) {
            throw new IllegalArgumentException("this test stand-in does range re-segmentation only, not outlier"
                    + " re-segmentation (sigma " + s.outlierSigma() + ")");
        }
        boolean[] in = new boolean[mask.size()];
        for (int i = 0; i < in.length; i++) {
            double x = image.get(i);
            in[i] = mask.inside(i) && x >= s.resegmentationLower() && x <= s.resegmentationUpper();
        }
        return IbsiRoi.of(image, Mask.of(in, image.geometry()), mask);
    }
}
