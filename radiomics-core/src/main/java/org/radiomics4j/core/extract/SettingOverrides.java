package org.radiomics4j.core.extract;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.radiomics4j.core.discretize.Binning;

/**
 * The general settings one image type overrides (PyRadiomics merges an {@code imageType} entry's dict over
 * {@code setting}: {@code args = settings.copy(); args.update(customKwargs)} in {@code featureextractor.py}), for
 * the filter and the feature classes of that image type. Only settings that act after filtering can be overridden:
 * the binning, {@code voxelArrayShift}, {@code force2D}, {@code force2Ddimension}, {@code distances},
 * {@code symmetricalGLCM}, {@code weightingNorm} and {@code gldm_a}. An empty field keeps the general setting.
 */
public record SettingOverrides(
        Optional<Binning> binning,
        OptionalDouble voxelArrayShift,
        Optional<Boolean> force2D,
        OptionalInt force2Ddimension,
        Optional<List<Integer>> distances,
        Optional<Boolean> symmetricalGlcm,
        Optional<WeightingNorm> weightingNorm,
        OptionalDouble gldmA) {

    /** The PyRadiomics keys an image type may override. */
    public static final List<String> KEYS = List.of("binWidth", "binCount", "voxelArrayShift", "force2D",
            "force2Ddimension", "distances", "symmetricalGLCM", "weightingNorm", "gldm_a");

    /** No override. */
    public static SettingOverrides none() {
        return new SettingOverrides(Optional.empty(), OptionalDouble.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty());
    }

    /** Whether nothing is overridden. */
    public boolean isEmpty() {
        return equals(none());
    }

    /** {@code general} with these overrides applied (validated by {@link ExtractionSettings}'s constructor). */
    public ExtractionSettings applyTo(ExtractionSettings general) {
        if (isEmpty()) {
            return general;
        }
        ExtractionSettings.Builder b = general.toBuilder();
        binning.ifPresent(b::binning);
        voxelArrayShift.ifPresent(b::voxelArrayShift);
        force2D.ifPresent(b::force2D);
        force2Ddimension.ifPresent(b::force2Ddimension);
        distances.ifPresent(b::distances);
        symmetricalGlcm.ifPresent(b::symmetricalGlcm);
        weightingNorm.ifPresent(b::weightingNorm);
        gldmA.ifPresent(b::gldmA);
        return b.build();
    }

    public SettingOverrides withBinning(Binning v) {
        return new SettingOverrides(Optional.of(v), voxelArrayShift, force2D, force2Ddimension, distances,
                symmetricalGlcm, weightingNorm, gldmA);
    }

    public SettingOverrides withVoxelArrayShift(double v) {
        return new SettingOverrides(binning, OptionalDouble.of(v), force2D, force2Ddimension, distances,
                symmetricalGlcm, weightingNorm, gldmA);
    }

    public SettingOverrides withForce2D(boolean v) {
        return new SettingOverrides(binning, voxelArrayShift, Optional.of(v), force2Ddimension, distances,
                symmetricalGlcm, weightingNorm, gldmA);
    }

    public SettingOverrides withForce2Ddimension(int v) {
        return new SettingOverrides(binning, voxelArrayShift, force2D, OptionalInt.of(v), distances,
                symmetricalGlcm, weightingNorm, gldmA);
    }

    public SettingOverrides withDistances(List<Integer> v) {
        return new SettingOverrides(binning, voxelArrayShift, force2D, force2Ddimension, Optional.of(List.copyOf(v)),
                symmetricalGlcm, weightingNorm, gldmA);
    }

    public SettingOverrides withSymmetricalGlcm(boolean v) {
        return new SettingOverrides(binning, voxelArrayShift, force2D, force2Ddimension, distances, Optional.of(v),
                weightingNorm, gldmA);
    }

    public SettingOverrides withWeightingNorm(WeightingNorm v) {
        return new SettingOverrides(binning, voxelArrayShift, force2D, force2Ddimension, distances, symmetricalGlcm,
                Optional.of(v), gldmA);
    }

    public SettingOverrides withGldmA(double v) {
        return new SettingOverrides(binning, voxelArrayShift, force2D, force2Ddimension, distances, symmetricalGlcm,
                weightingNorm, OptionalDouble.of(v));
    }
}
