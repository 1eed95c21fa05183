package org.radiomics4j.core.features.glcm;

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
import org.radiomics4j.core.features.internal.GlcmCounts;
import org.radiomics4j.core.features.internal.GlcmKernels;
import org.radiomics4j.core.spi.FeatureKernelBackends;

/**
 * Grey-level co-occurrence matrix features, identical to PyRadiomics v3 {@code RadiomicsGLCM}.
 *
 * <p>The matrix: for every ROI voxel {@code v} and direction offset {@code d} (PyRadiomics' 13 half-directions at
 * each of {@code settings.distances()}, only the in-plane ones with {@code force2D}) with {@code v+d} inside the box
 * and the ROI, count the pair {@code (g(v), g(v+d))}. Rows and columns of grey levels absent from the ROI are
 * removed; with {@code symmetricalGLCM} (default) each direction's matrix is added to its transpose. Without
 * {@code weightingNorm} (default) directions without pairs are dropped, features are computed per direction and
 * averaged; with it, the matrices are weighted by {@code exp(−‖|d|·spacing‖²)} (norm per setting; 1 for
 * {@code no_weighting}) and summed, and the features are computed once. See {@link GlcmFeature} for the formulas.
 *
 * <p>Features are computed by a plain-Java kernel or, with the ND4J backend
 * ({@link #of(ExtractionSettings, ComputeBackend)}), an ND4J kernel; both agree to 1e-12 relative (tested on
 * random matrices and on brain1/breast1). Instances are immutable and thread-safe.
 */
public final class Glcm {
    private final ExtractionSettings settings;
    private final ComputeBackend backend;
    private final EnumSet<GlcmFeature> features;

    private Glcm(ExtractionSettings settings, ComputeBackend backend) {
        this.settings = settings;
        this.backend = backend;
        this.features = DescriptorSelection.select(GlcmFeature.class, settings, FeatureClass.GLCM);
    }

    /**
     * The family configured by {@code settings}.
     *
     * @throws org.radiomics4j.core.InvalidSettingException if a GLCM feature name in the settings is unknown
     */
    public static Glcm of(ExtractionSettings settings) {
        return of(settings, ComputeBackend.JAVA);
    }

    /**
     * The family configured by {@code settings}, its features computed by the {@code backend} kernel (both kernels
     * agree to 1e-12 relative; see {@link ComputeBackend}).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if a feature name in the settings is unknown
     */
    public static Glcm of(ExtractionSettings settings, ComputeBackend backend) {
        return new Glcm(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(backend, "backend"));
    }

    /** The features {@link #compute} returns, in order. */
    public List<GlcmFeature> features() {
        return List.copyOf(features);
    }

    /** The (un-normalised) co-occurrence matrices PyRadiomics would compute features on. */
    public GlcmMatrix matrix(GrayLevelVolume image) {
        GlcmCounts c = build(image);
        List<Integer> levels = new ArrayList<>();
        for (int g : c.grayLevels()) {
            levels.add(g);
        }
        return new GlcmMatrix(levels, c.ng(), Arrays.asList(c.directions()), c.merged(), c.counts());
    }

    private GlcmCounts build(GrayLevelVolume image) {
        Objects.requireNonNull(image, "image");
        return GlcmKernels.build(image, settings.distances(), settings.force2D(), settings.force2Ddimension(),
                settings.symmetricalGlcm(), settings.weightingNorm());
    }

    /**
     * Computes the enabled features.
     *
     * @throws RadiomicsException if no two ROI voxels are neighbours in any direction (every matrix empty)
     */
    public FamilyResult<GlcmFeature> compute(GrayLevelVolume image) {
        GlcmCounts c = build(image);
        double total = 0;
        for (double v : c.counts()) {
            total += v;
        }
        if (c.matrices() == 0 || total == 0) {
            throw new RadiomicsException("GLCM is empty: no two ROI voxels of the " + image.nx() + "x" + image.ny()
                    + "x" + image.nz() + " box are neighbours at distances " + settings.distances()
                    + (settings.force2D() ? " in 2-D" : "") + "; GLCM features are undefined");
        }
        boolean mcc = features.contains(GlcmFeature.MCC);
        double[][] mccOut = new double[2][c.matrices()];
        double[][] per = backend == ComputeBackend.ND4J
                ? FeatureKernelBackends.forBackend(ComputeBackend.ND4J)
                        .glcmPerDirection(c.counts(), c.matrices(), c.grayLevels(), c.ng(), mcc, mccOut)
                : GlcmKernels.perDirection(c, mcc, mccOut);
        boolean[] flags = new boolean[2];
        double[] values = GlcmKernels.aggregate(per, mcc ? mccOut : null, c.size(), flags);
        Map<GlcmFeature, Double> out = new EnumMap<>(GlcmFeature.class);
        for (GlcmFeature f : features) {
            out.put(f, values[f.ordinal()]);
        }
        List<String> notes = new ArrayList<>();
        if (c.size() == 1) {
            notes.add("glcm: flat region (one grey level): Correlation 1, Imc1 0, Imc2 0, MCC 1 by PyRadiomics"
                    + " convention");
        }
        if (flags[0] && features.contains(GlcmFeature.IMC2)) {
            notes.add("glcm: Imc2 set to 0: HXY2 < HXY by rounding in every direction");
        }
        if (flags[1] && mcc) {
            notes.add("glcm: MCC set to 0: second largest eigenvalue of Q negative by rounding in every direction");
        }
        return new FamilyResult<>(GlcmFeature.class, out, notes);
    }
}
