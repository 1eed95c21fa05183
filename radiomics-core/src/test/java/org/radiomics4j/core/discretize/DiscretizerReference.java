package org.radiomics4j.core.discretize;

import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Reference (test) discretisation: {@code Discretizer.discretize} as it was before the speed work of issue 11 (a
 * binary search of the edges for every ROI voxel).
 */
public final class DiscretizerReference {
    private DiscretizerReference() {
    }

    /** The discretisation of {@code roi} in {@code image} with {@code binning}. */
    public static Discretizer.Discretized discretize(Binning binning, Volume image, Mask roi) {
        Discretizer d = Discretizer.of(binning);
        int n = image.size();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (roi.inside(i)) {
                double v = image.get(i);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] edges = d.edges(min, max);
        int[] levels = new int[n];
        int ng = 0;
        for (int i = 0; i < n; i++) {
            if (roi.inside(i)) {
                int b = Discretizer.binOf(edges, image.get(i));
                levels[i] = b;
                ng = Math.max(ng, b);
            }
        }
        long[] hist = new long[ng];
        for (int l : levels) {
            if (l > 0) {
                hist[l - 1]++;
            }
        }
        var g = image.geometry();
        GrayLevelVolume glv = new GrayLevelVolume(g.nx(), g.ny(), g.nz(), levels, ng, g.spacing());
        return new Discretizer.Discretized(glv, edges, hist);
    }
}
