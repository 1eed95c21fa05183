package org.radiomics4j.core.ibsi.intensity;

/**
 * How the intensity-volume histogram discretises intensities (IBSI manual, section 3.5; configurations.md, "IVH
 * discretisation"). The IVH evaluates, at each point i of an intensity grid spanning a range [G_min, G_max], the
 * volume fraction ν(i) of voxels with value ≥ i and the intensity fraction γ(i) = (i − G_min)/(G_max − G_min).
 */
public sealed interface IvhDiscretisation {

    /**
     * The "calibrated, discrete" case (digital phantom, CT configurations A, B, D): no re-discretisation, grid
     * interval 1; the range is the re-segmentation range when one is set, otherwise [min, max] of the ROI.
     */
    record Calibrated() implements IvhDiscretisation {
    }

    /**
     * The "calibrated, continuous" case (configuration C): fixed bin size {@code width} from the lower bound of the
     * re-segmentation range (or the ROI minimum), each voxel replaced by its bin centre
     * {@code X_min + (X_d − 0.5)·w}; the grid is the bin centres of the range
     * {@code G = [X_min + w/2, X_max − w/2]}, with X_min, X_max the re-segmentation range (or [min, max] of the ROI).
     *
     * @param width bin width, &gt; 0
     */
    record FixedBinSize(double width) implements IvhDiscretisation {
        public FixedBinSize {
            if (!(width > 0) || Double.isInfinite(width)) {
                throw new IllegalArgumentException("IVH bin size must be > 0 and finite but was " + width);
            }
        }
    }

    /**
     * The "arbitrary intensity units" case (configuration E): fixed bin number over [min, max] of the ROI (the
     * re-segmentation range is not used), grid 1..{@code bins}, range [1, bins].
     *
     * @param bins number of bins, at least 2
     */
    record FixedBinNumber(int bins) implements IvhDiscretisation {
        public FixedBinNumber {
            if (bins < 2) {
                throw new IllegalArgumentException("IVH bin number must be >= 2 but was " + bins);
            }
        }
    }
}
