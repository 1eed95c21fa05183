package org.radiomics4j.core.features.internal;

import java.util.List;

/**
 * Digital-phantom rows of testdata/ibsi/reference_values.csv (IBSI reference manual values, 3 significant digits),
 * as read by {@link org.radiomics4j.core.ibsi.IbsiReference}.
 */
public record IbsiReference(String family, String featureName, String ibsiCode, String configuration,
        String aggregation, double value, double tolerance) {

    /** Every digital-phantom row of {@code family} with the given aggregation label (e.g. "3D, averaged"). */
    public static List<IbsiReference> phantom(String family, String aggregation) {
        return org.radiomics4j.core.ibsi.IbsiReference.rows().stream()
                .filter(r -> r.family().equals(family) && r.configuration().equals("digital_phantom")
                        && r.aggregation().equals(aggregation))
                .map(r -> new IbsiReference(r.family(), r.featureName(), r.ibsiCode(), r.configuration(),
                        r.aggregation(), r.value(), r.tolerance()))
                .toList();
    }

    /** The IBSI comparison {@link org.radiomics4j.core.ibsi.IbsiReference#matches(double, double, double)}. */
    public boolean matches(double computed) {
        return org.radiomics4j.core.ibsi.IbsiReference.matches(value, tolerance, computed);
    }
}
