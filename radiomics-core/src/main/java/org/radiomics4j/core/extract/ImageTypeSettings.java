package org.radiomics4j.core.extract;

import java.util.Objects;

/**
 * One enabled image type's settings: its filter's parameters (the general {@code setting} block's filter keys with
 * the image type's own entries merged over them) and the general settings it overrides.
 *
 * @param filter    the filter's parameters after the merge
 * @param overrides the general settings this image type overrides for its filter and feature classes
 */
public record ImageTypeSettings(FilterParameters filter, SettingOverrides overrides) {
    public ImageTypeSettings {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(overrides, "overrides");
    }

    /** PyRadiomics' defaults: default filter parameters, no override ({@code {}} in a parameter file). */
    public static ImageTypeSettings defaults() {
        return new ImageTypeSettings(FilterParameters.defaults(), SettingOverrides.none());
    }

    public ImageTypeSettings withFilter(FilterParameters v) {
        return new ImageTypeSettings(v, overrides);
    }

    public ImageTypeSettings withOverrides(SettingOverrides v) {
        return new ImageTypeSettings(filter, v);
    }
}
