package org.radiomics4j.core.extract;

import java.util.ArrayList;
import java.util.List;

import org.radiomics4j.core.InvalidSettingException;

/**
 * PyRadiomics' image types (the keys of a parameter file's {@code imageType} block, PyRadiomics'
 * {@code get<Name>Image} generators in {@code radiomics/imageoperations.py}) and the image type names their derived
 * images carry in feature keys.
 */
public enum ImageType {
    /** The image itself: {@code original}. */
    ORIGINAL("Original"),
    /** Laplacian of Gaussian per sigma: {@code log-sigma-<s>-mm-3D}. */
    LOG("LoG"),
    /** Stationary wavelet transform: {@code wavelet-LLH} ... {@code wavelet-LLL}. */
    WAVELET("Wavelet"),
    /** {@code square}. */
    SQUARE("Square"),
    /** {@code squareroot}. */
    SQUARE_ROOT("SquareRoot"),
    /** {@code logarithm}. */
    LOGARITHM("Logarithm"),
    /** {@code exponential}. */
    EXPONENTIAL("Exponential"),
    /** Gradient magnitude: {@code gradient}. */
    GRADIENT("Gradient"),
    /** Local binary pattern per slice: {@code lbp-2D}. */
    LBP2D("LBP2D"),
    /** Spherical-harmonic local binary pattern: {@code lbp-3D-m1}, {@code lbp-3D-m2}, {@code lbp-3D-k}. */
    LBP3D("LBP3D");

    private final String pyradiomicsName;

    ImageType(String pyradiomicsName) {
        this.pyradiomicsName = pyradiomicsName;
    }

    /** The key in a parameter file's {@code imageType} block, e.g. {@code LoG}. */
    public String pyradiomicsName() {
        return pyradiomicsName;
    }

    /** Every PyRadiomics name, in declaration order. */
    public static List<String> pyradiomicsNames() {
        List<String> out = new ArrayList<>();
        for (ImageType t : values()) {
            out.add(t.pyradiomicsName);
        }
        return out;
    }

    /**
     * The image type for a parameter-file key.
     *
     * @throws InvalidSettingException naming the key, the nearest valid one and the valid list
     */
    public static ImageType fromPyRadiomicsName(String name) {
        for (ImageType t : values()) {
            if (t.pyradiomicsName.equals(name)) {
                return t;
            }
        }
        throw new InvalidSettingException("unknown imageType '" + name + "'; did you mean '"
                + PyRadiomicsParameters.nearest(name, pyradiomicsNames()) + "'? valid: " + pyradiomicsNames());
    }
}
