package org.radiomics4j.core.features.glrlm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.internal.DescriptorSelection;
import org.radiomics4j.core.features.internal.GlrlmCounts;
import org.radiomics4j.core.features.internal.GlrlmKernels;
import org.radiomics4j.core.spi.FeatureKernelBackends;

/**
 * Grey-level run-length matrix features, identical to PyRadiomics v3 {@code RadiomicsGLRLM}.
 *
 * <p>The matrix: along each of PyRadiomics' 13 half-directions at distance 1 (4 in-plane ones with
 * {@code force2D}), runs are maximal chains of consecutive ROI voxels with the same grey level; a voxel outside the
 * ROI ends a run. A direction in which no line of the box holds two ROI voxels is dropped; so are grey levels
 * absent from the ROI and run lengths that occur in no direction (the true lengths are kept). Without
 * {@code weightingNorm} features are computed per direction and averaged; with it, the matrices are weighted by the
 * norm of {@code |d|·spacing} (1 for {@code no_weighting}) and summed first. See {@link GlrlmFeature}.
 *
 * <p>Plain-Java kernel by default, ND4J kernel with the ND4J backend ({@link #of(ExtractionSettings, ComputeBackend)}).
 * Immutable and thread-safe.
 */
public final class Glrlm {
    private final ExtractionSettings settings;
    private final ComputeBackend backend;
    private final EnumSet<GlrlmFeature> features;

    private Glrlm(ExtractionSettings settings, ComputeBackend backend) {
        this.settings = settings;
        this.backend = backend;
        this.features = DescriptorSelection.select(GlrlmFeature.class, settings, FeatureClass.GLRLM);
    }

    /**
     * The family configured by {@code settings}.
     *
     * @throws org.radiomics4j.core.InvalidSettingException if a GLRLM feature name in the settings is unknown
     */
    public static Glrlm of(ExtractionSettings settings) {
        return of(settings, ComputeBackend.JAVA);
    }

    /**
     * The family configured by {@code settings}, its features computed by the {@code backend} kernel (both kernels
     * agree to 1e-12 relative; see {@link ComputeBackend}).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if a feature name in the settings is unknown
     */
    public static Glrlm of(ExtractionSettings settings, ComputeBackend backend) {
        return new Glrlm(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(backend, "backend"));
    }

    /** The features {@link #compute} returns, in order. */
    public List<GlrlmFeature> features() {
        return List.copyOf(features);
    }

    /** The run-length matrices PyRadiomics would compute features on. */
    public GlrlmMatrix matrix(GrayLevelVolume image) {
        GlrlmCounts c = build(image);
        List<Integer> levels = new ArrayList<>();
        for (int g : c.grayLevels()) {
            levels.add(g);
        }
        List<Integer> lengths = new ArrayList<>();
        for (int r : c.runLengths()) {
            lengths.add(r);
        }
        return new GlrlmMatrix(levels, lengths, Arrays.asList(c.directions()), c.merged(), c.counts());
    }

    private GlrlmCounts build(GrayLevelVolume image) {
        Objects.requireNonNull(image, "image");
        return GlrlmKernels.build(image, settings.force2D(), settings.force2Ddimension(), settings.weightingNorm());
    }

    /**
     * Computes the enabled features.
     *
     * @throws RadiomicsException if there is no direction in which a line of the box holds two ROI voxels
     */
    public FamilyResult<GlrlmFeature> compute(GrayLevelVolume image) {
        GlrlmCounts c = build(image);
        double total = 0;
        for (double v : c.counts()) {
            total += v;
        }
        if (c.matrices() == 0 || total == 0) {
            throw new RadiomicsException("GLRLM is empty: in the " + image.nx() + "x" + image.ny() + "x"
                    + image.nz() + " box no line along any direction" + (settings.force2D() ? " (2-D)" : "")
                    + " holds two ROI voxels; GLRLM features are undefined");
        }
        double[][] per = backend == ComputeBackend.ND4J
                ? FeatureKernelBackends.forBackend(ComputeBackend.ND4J)
                        .glrlmPerDirection(c.counts(), c.matrices(), c.grayLevels(), c.runLengths())
                : GlrlmKernels.perDirection(c);
        double[] values = GlrlmKernels.aggregate(per);
        Map<GlrlmFeature, Double> out = new EnumMap<>(GlrlmFeature.class);
        for (GlrlmFeature f : features) {
            out.put(f, values[f.ordinal()]);
        }
        return new FamilyResult<>(GlrlmFeature.class, out, List.of());
    }
}
