package org.radiomics4j.core.ibsi.texture;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.radiomics4j.core.ibsi.IbsiAggregation;
import org.radiomics4j.core.ibsi.IbsiFeature;
import org.radiomics4j.core.ibsi.IbsiFeatureValue;
import org.radiomics4j.core.ibsi.IbsiGreyLevels;

/**
 * Computes an IBSI texture family with the IBSI aggregation methods (IBSI manual, section 3.1; see
 * {@link IbsiAggregation}). Slices are the axial planes (constant z). Each matrix is built once per slice and
 * direction (2-D and 2.5-D) or per direction over the volume (3-D); the methods then differ only in what they merge
 * before computing features and what they average after:
 * <ul>
 *   <li>BTW3: features per (slice, direction), averaged; SUJT: directions merged per slice, averaged over
 *       slices; JJUI: slices merged per direction, averaged over directions; ZW7Z: everything merged;</li>
 *   <li>ITBB: features per 3-D direction, averaged; IAZD: the 13 directions merged;</li>
 *   <li>8QNN: features per slice, averaged; 62GR: slices merged; KOBO: one 3-D matrix.</li>
 * </ul>
 * Matrices with no count (a slice or direction without any pair, run or zone) are left out of the averages, and a
 * slice without ROI voxels contributes nothing. Stateless and thread-safe.
 */
public final class IbsiTexture {
    private final IbsiTextureFamily family;
    private final int ngldmAlpha;

    private IbsiTexture(IbsiTextureFamily family, int ngldmAlpha) {
        this.family = family;
        this.ngldmAlpha = ngldmAlpha;
    }

    /** The family with IBSI's default parameters (Chebyshev distance 1; NGLDM coarseness α = 0). */
    public static IbsiTexture of(IbsiTextureFamily family) {
        return new IbsiTexture(Objects.requireNonNull(family, "family"), 0);
    }

    /**
     * A copy with NGLDM coarseness {@code alpha} (IBSI's default and every reference configuration: 0).
     *
     * @throws IllegalArgumentException if alpha is negative
     */
    public IbsiTexture withNgldmAlpha(int alpha) {
        if (alpha < 0) {
            throw new IllegalArgumentException("NGLDM coarseness alpha must be >= 0 but was " + alpha);
        }
        return new IbsiTexture(family, alpha);
    }

    /**
     * The family's features for each requested aggregation method that applies to it (directional methods for GLCM
     * and GLRLM, the three zone methods for the others; others are ignored), in method order, features in enum
     * order.
     *
     * @throws IllegalArgumentException if no matrix of the requested kind has any count (no feature is defined)
     */
    public List<IbsiFeatureValue> compute(IbsiGreyLevels levels, Set<IbsiAggregation> aggregations) {
        TextureGrid g = new TextureGrid(levels);
        List<IbsiFeatureValue> out = new ArrayList<>();
        List<Integer> slices = new ArrayList<>();
        for (int z = 0; z < g.nz; z++) {
            if (g.voxels(z) > 0) {
                slices.add(z);
            }
        }
        for (IbsiAggregation a : IbsiAggregation.values()) {
            if (!aggregations.contains(a) || a == IbsiAggregation.VOLUME || a.directional() != family.directional()) {
                continue;
            }
            double[] values = family.directional() ? directional(g, slices, a) : zone(g, slices, a);
            List<IbsiFeature> features = family.features();
            for (int k = 0; k < features.size(); k++) {
                IbsiFeature f = features.get(k);
                out.add(new IbsiFeatureValue(f.family(), f.outputName(), f.ibsiCode(), a.code(), values[k]));
            }
        }
        return out;
    }

    private CountMatrix directionalMatrix(TextureGrid g, int unit, int[] off) {
        return family == IbsiTextureFamily.GLCM ? MatrixBuilders.glcm(g, unit, off) : MatrixBuilders.glrlm(g, unit, off);
    }

    private CountMatrix zoneMatrix(TextureGrid g, int unit) {
        return switch (family) {
            case GLSZM -> MatrixBuilders.glszm(g, unit);
            case GLDZM -> MatrixBuilders.gldzm(g, unit);
            case NGTDM -> MatrixBuilders.ngtdm(g, unit);
            case NGLDM -> MatrixBuilders.ngldm(g, unit, ngldmAlpha);
            default -> throw new IllegalStateException("not a zone family: " + family);
        };
    }

    private double[] features(CountMatrix m, int ng) {
        return switch (family) {
            case GLCM -> IbsiGlcmFeature.compute(m, ng);
            case NGTDM -> IbsiNgtdmFeature.compute(m);
            default -> RunStatistics.compute(m);
        };
    }

    private double[] directional(TextureGrid g, List<Integer> slices, IbsiAggregation a) {
        Mean mean = new Mean();
        switch (a) {
            case AVERAGED_2D -> {
                for (int z : slices) {
                    for (int[] d : g.directions2d) {
                        mean.add(directionalMatrix(g, z, d), g.ng);
                    }
                }
            }
            case SLICE_MERGED_2D -> {
                for (int z : slices) {
                    List<CountMatrix> parts = new ArrayList<>();
                    for (int[] d : g.directions2d) {
                        parts.add(directionalMatrix(g, z, d));
                    }
                    mean.add(merge(parts), g.ng);
                }
            }
            case DIRECTION_MERGED_2_5D -> {
                for (int[] d : g.directions2d) {
                    List<CountMatrix> parts = new ArrayList<>();
                    for (int z : slices) {
                        parts.add(directionalMatrix(g, z, d));
                    }
                    mean.add(merge(parts), g.ng);
                }
            }
            case MERGED_2_5D -> {
                List<CountMatrix> parts = new ArrayList<>();
                for (int z : slices) {
                    for (int[] d : g.directions2d) {
                        parts.add(directionalMatrix(g, z, d));
                    }
                }
                mean.add(merge(parts), g.ng);
            }
            case AVERAGED_3D -> {
                for (int[] d : g.directions3d) {
                    mean.add(directionalMatrix(g, -1, d), g.ng);
                }
            }
            case MERGED_3D -> {
                List<CountMatrix> parts = new ArrayList<>();
                for (int[] d : g.directions3d) {
                    parts.add(directionalMatrix(g, -1, d));
                }
                mean.add(merge(parts), g.ng);
            }
            default -> throw new IllegalStateException("not a directional aggregation: " + a);
        }
        return mean.result(a);
    }

    private double[] zone(TextureGrid g, List<Integer> slices, IbsiAggregation a) {
        Mean mean = new Mean();
        switch (a) {
            case SLICE_2D -> {
                for (int z : slices) {
                    mean.add(zoneMatrix(g, z), g.ng);
                }
            }
            case MERGED_2_5D_SLICES -> {
                List<CountMatrix> parts = new ArrayList<>();
                for (int z : slices) {
                    parts.add(zoneMatrix(g, z));
                }
                mean.add(merge(parts), g.ng);
            }
            case VOLUME_3D -> mean.add(zoneMatrix(g, -1), g.ng);
            default -> throw new IllegalStateException("not a zone aggregation: " + a);
        }
        return mean.result(a);
    }

    private static CountMatrix merge(List<CountMatrix> parts) {
        int cols = 1;
        for (CountMatrix p : parts) {
            cols = Math.max(cols, p.cols);
        }
        int rows = parts.get(0).rows;
        CountMatrix m = new CountMatrix(rows, cols);
        for (CountMatrix p : parts) {
            for (int i = 0; i < p.rows; i++) {
                for (int j = 0; j < p.cols; j++) {
                    m.add(i, j, p.get(i, j));
                }
            }
            m.voxels += p.voxels;
        }
        return m;
    }

    /** Element-wise mean of the feature vectors of the non-empty matrices added. */
    private final class Mean {
        private double[] sum;
        private int n;

        void add(CountMatrix m, int ng) {
            if (m.isEmpty()) {
                return;
            }
            double[] f = features(m, ng);
            if (sum == null) {
                sum = new double[f.length];
            }
            for (int k = 0; k < f.length; k++) {
                sum[k] += f[k];
            }
            n++;
        }

        double[] result(IbsiAggregation a) {
            if (n == 0) {
                throw new IllegalArgumentException(family + " " + a.code() + " (" + a.label()
                        + "): every matrix is empty, so no feature is defined (the ROI has no voxel pair, run or "
                        + "zone in the required dimension)");
            }
            double[] out = new double[sum.length];
            for (int k = 0; k < sum.length; k++) {
                out[k] = sum[k] / n;
            }
            return out;
        }
    }
}
