package org.radiomics4j.core.extract;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Image interpolators for resampling, named as SimpleITK names them in PyRadiomics parameter files. */
public enum Interpolator {
    NEAREST_NEIGHBOR("sitkNearestNeighbor", 0),
    LINEAR("sitkLinear", 1),
    BSPLINE("sitkBSpline", 3);

    private final String sitkName;
    private final int sitkCode;

    Interpolator(String sitkName, int sitkCode) {
        this.sitkName = sitkName;
        this.sitkCode = sitkCode;
    }

    /** SimpleITK name, e.g. {@code sitkBSpline}. */
    public String sitkName() {
        return sitkName;
    }

    /** SimpleITK's integer code (parameter files may give it instead of the name). */
    public int sitkCode() {
        return sitkCode;
    }

    /**
     * The interpolator with this SimpleITK name or integer code.
     *
     * @throws IllegalArgumentException naming the supported names (PyRadiomics only warns and falls back; we fail)
     */
    public static Interpolator fromSitk(String nameOrCode) {
        for (Interpolator i : values()) {
            if (i.sitkName.equals(nameOrCode) || String.valueOf(i.sitkCode).equals(nameOrCode)) {
                return i;
            }
        }
        throw new IllegalArgumentException("interpolator '" + nameOrCode + "' is not supported; supported: "
                + Arrays.stream(values()).map(i -> i.sitkName + " (" + i.sitkCode + ")").collect(Collectors.joining(", ")));
    }
}
