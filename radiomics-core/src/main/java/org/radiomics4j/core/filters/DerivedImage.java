package org.radiomics4j.core.filters;

import java.util.Objects;

import org.radiomics4j.core.image.Volume;

/**
 * A derived image and its PyRadiomics image type name, the prefix of its feature keys
 * ({@code <imageType>_<class>_<feature>}, e.g. {@code wavelet-LLH_glcm_Correlation}).
 *
 * @param imageType the image type name, e.g. {@code log-sigma-1-0-mm-3D}
 * @param image     the derived image, on the original image's grid
 */
public record DerivedImage(String imageType, Volume image) {
    public DerivedImage {
        Objects.requireNonNull(imageType, "imageType");
        Objects.requireNonNull(image, "image");
    }
}
