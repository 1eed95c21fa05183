package org.radiomics4j.core.ibsi.morphology;

import java.nio.file.Path;
import java.util.List;

import org.radiomics4j.core.features.internal.TextureVolumes;
import org.radiomics4j.core.ibsi.IbsiReference;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The IBSI-1 digital phantom (testdata/ibsi/digital_phantom/phantom_voxels.csv, decoded from the IBSI NIfTI files,
 * CC BY 4.0) and the rows of testdata/ibsi/reference_values.csv (IBSI reference manual, 3 significant digits), as
 * read by {@link IbsiReference}.
 */
public final class IbsiTestData {
    private IbsiTestData() {
    }

    /** The phantom image and its ROI mask (5×4×4 voxels of 2 mm). */
    public record Phantom(Volume image, Mask mask) {
    }

    /** One reference row. */
    public record Reference(String family, String featureName, String ibsiCode, String configuration,
            String aggregation, double value, double tolerance) {

        /** The IBSI comparison {@link IbsiReference#matches(double, double, double)}. */
        public boolean matches(double computed) {
            return IbsiReference.matches(value, tolerance, computed);
        }

        /** {@code tolerance + u/2}: {@link IbsiReference#allowed(double, double)}. */
        public double allowed() {
            return IbsiReference.allowed(value, tolerance);
        }
    }

    public static Path testdata() {
        return TextureVolumes.testdata();
    }

    public static Phantom digitalPhantom() {
        return new Phantom(IbsiReference.phantomImage(), IbsiReference.phantomMask());
    }

    /** Every row of {@code family} for {@code configuration} (e.g. {@code digital_phantom}, {@code config_A}). */
    public static List<Reference> references(String family, String configuration) {
        return IbsiReference.rows().stream()
                .filter(r -> r.family().equals(family) && r.configuration().equals(configuration))
                .map(r -> new Reference(r.family(), r.featureName(), r.ibsiCode(), r.configuration(),
                        r.aggregation(), r.value(), r.tolerance()))
                .toList();
    }
}
