package org.radiomics4j.bench;

import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.preprocess.Cropping;
import org.radiomics4j.study.demo.SyntheticCt;

/** Inputs shared by the benchmarks: synthetic CT cases of a given ROI size, cropped and discretised. */
final class BenchData {
    /** Seed of every benchmark volume (fixed, so runs compare like with like). */
    static final long SEED = 20_260_127L;

    private BenchData() {
    }

    /**
     * A CT-like generator whose grid comfortably holds {@code roiVoxels} at 0.75×0.75×1.25 mm: 96×96×48 up to ~20k
     * voxels, 256×256×128 up to ~400k, else a whole 512×512×300 CT (a 2.4M-voxel ROI is a whole liver).
     */
    static SyntheticCt generator(int roiVoxels) {
        SyntheticCt.Builder b = SyntheticCt.builder().spacing(0.75, 0.75, 1.25).roiVoxels(roiVoxels).lesions(3).seed(SEED);
        if (roiVoxels <= 22_000) {
            b.size(96, 96, 48);
        } else if (roiVoxels <= 400_000) {
            b.size(256, 256, 128);
        } else {
            b.size(512, 512, 300);
        }
        return b.build();
    }

    /** The ROI box of a synthetic case, discretised with a fixed bin count (so Ng is a parameter). */
    static GrayLevelVolume levels(int roiVoxels, int binCount) {
        SyntheticCt.Case c = generator(roiVoxels).generate();
        BoundingBox box = c.mask().boundingBox().orElseThrow();
        Cropping.Cropped cr = Cropping.crop(c.image(), c.mask(), box, 0);
        return Discretizer.of(new Binning.FixedBinCount(binCount)).discretize(cr.image(), cr.roi()).levels();
    }
}
