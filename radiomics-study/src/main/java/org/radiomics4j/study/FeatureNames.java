package org.radiomics4j.study;

import java.util.regex.Pattern;

/**
 * The one rule, shared by the study runner, its configuration and the statistics design, that tells a radiomic
 * feature column from any other column of a study's tables: a name {@code <imageType>_<class>_<feature>} as
 * PyRadiomics writes it, where
 * <ul>
 *   <li>{@code imageType} is {@code original} or one of PyRadiomics' filtered image types: {@code log-sigma-<s>-mm-3D}
 *       (sigma written with {@code -} for the decimal point, e.g. {@code log-sigma-1-0-mm-3D}), {@code wavelet-XXX}
 *       or {@code wavelet<k>-XXX} (XXX of {@code L}/{@code H}, level k &gt; 1), {@code square}, {@code squareroot},
 *       {@code logarithm}, {@code exponential}, {@code gradient}, {@code lbp-2D}, {@code lbp-3D-m<level>} and
 *       {@code lbp-3D-k};</li>
 *   <li>{@code class} is one of {@code firstorder}, {@code shape}, {@code shape2D}, {@code glcm}, {@code glrlm},
 *       {@code glszm}, {@code gldm}, {@code ngtdm};</li>
 *   <li>{@code feature} is a non-empty name of letters, digits and underscores.</li>
 * </ul>
 * The second reader's copies ({@link StudyConfig#READER2_PREFIX} + name), {@code diagnostics_*} and clinical
 * columns never match. Reference: PyRadiomics' feature naming ({@code radiomics/featureextractor.py}, the key
 * {@code "%s_%s_%s" % (imageTypeName, featureClassName, featureName)}) and its image type names
 * ({@code radiomics/imageoperations.py}).
 */
public final class FeatureNames {
    /** The image type alternatives of {@link #REGEX}. */
    public static final String IMAGE_TYPE_REGEX = "(?:original|log-sigma-[0-9e+-]+-mm-3D|wavelet[0-9]*-[LH]+|square"
            + "|squareroot|logarithm|exponential|gradient|lbp-2D|lbp-3D-(?:m[0-9]+|k))";

    /** The feature class alternatives of {@link #REGEX}. */
    public static final String CLASS_REGEX = "(?:firstorder|shape|shape2D|glcm|glrlm|glszm|gldm|ngtdm)";

    /** The whole-name regular expression of a feature column ({@link Pattern} syntax). */
    public static final String REGEX = IMAGE_TYPE_REGEX + "_" + CLASS_REGEX + "_[A-Za-z0-9_]+";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private FeatureNames() {
    }

    /**
     * Whether a column name is a radiomic feature of any image type by the rule of this class.
     *
     * @param column a column name
     * @return true if the whole name matches {@link #REGEX}
     */
    public static boolean isFeature(String column) {
        return PATTERN.matcher(column).matches();
    }
}
