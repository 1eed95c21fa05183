package org.radiomics4j.core.extract;

import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;

/**
 * The filters' settings, with PyRadiomics' names and code defaults ({@code radiomics/imageoperations.py}):
 *
 * <table>
 * <caption>Filter settings</caption>
 * <tr><th>field</th><th>PyRadiomics key</th><th>image type</th><th>default</th></tr>
 * <tr><td>{@link #sigma}</td><td>sigma</td><td>LoG</td><td>none: required for LoG (an error names it)</td></tr>
 * <tr><td>{@link #wavelet}</td><td>wavelet</td><td>Wavelet</td><td>coif1</td></tr>
 * <tr><td>{@link #level}</td><td>level</td><td>Wavelet</td><td>1</td></tr>
 * <tr><td>{@link #startLevel}</td><td>start_level</td><td>Wavelet</td><td>0</td></tr>
 * <tr><td>{@link #gradientUseSpacing}</td><td>gradientUseSpacing</td><td>Gradient</td><td>true</td></tr>
 * <tr><td>{@link #lbp2DRadius}</td><td>lbp2DRadius</td><td>LBP2D</td><td>1</td></tr>
 * <tr><td>{@link #lbp2DSamples}</td><td>lbp2DSamples</td><td>LBP2D</td><td>8 (the code's default; the
 *     documentation says 9)</td></tr>
 * <tr><td>{@link #lbp2DMethod}</td><td>lbp2DMethod</td><td>LBP2D</td><td>uniform</td></tr>
 * <tr><td>{@link #lbp3DLevels}</td><td>lbp3DLevels</td><td>LBP3D</td><td>2</td></tr>
 * <tr><td>{@link #lbp3DIcosphereRadius}</td><td>lbp3DIcosphereRadius</td><td>LBP3D</td><td>1</td></tr>
 * <tr><td>{@link #lbp3DIcosphereSubdivision}</td><td>lbp3DIcosphereSubdivision</td><td>LBP3D</td><td>1</td></tr>
 * </table>
 */
public record FilterParameters(
        List<Double> sigma,
        String wavelet,
        int level,
        int startLevel,
        boolean gradientUseSpacing,
        double lbp2DRadius,
        int lbp2DSamples,
        String lbp2DMethod,
        int lbp3DLevels,
        double lbp3DIcosphereRadius,
        int lbp3DIcosphereSubdivision) {

    /** The PyRadiomics keys of these settings, in the table's order. */
    public static final List<String> KEYS = List.of("sigma", "wavelet", "level", "start_level", "gradientUseSpacing",
            "lbp2DRadius", "lbp2DSamples", "lbp2DMethod", "lbp3DLevels", "lbp3DIcosphereRadius",
            "lbp3DIcosphereSubdivision");

    /**
     * Validates the settings; messages name the PyRadiomics key.
     *
     * @throws InvalidSettingException for a value outside its domain
     */
    public FilterParameters {
        sigma = List.copyOf(sigma);
        Objects.requireNonNull(wavelet, "wavelet");
        Objects.requireNonNull(lbp2DMethod, "lbp2DMethod");
        for (double s : sigma) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new InvalidSettingException("sigma must all be > 0 (mm) but were " + sigma);
            }
        }
        if (level < 1) {
            throw new InvalidSettingException("level must be >= 1 but was " + level);
        }
        if (startLevel < 0) {
            throw new InvalidSettingException("start_level must be >= 0 but was " + startLevel);
        }
        if (!(lbp2DRadius > 0) || Double.isInfinite(lbp2DRadius)) {
            throw new InvalidSettingException("lbp2DRadius must be > 0 but was " + lbp2DRadius);
        }
        if (lbp2DSamples < 1) {
            throw new InvalidSettingException("lbp2DSamples must be >= 1 but was " + lbp2DSamples);
        }
        if (lbp3DLevels < 1) {
            throw new InvalidSettingException("lbp3DLevels must be >= 1 but was " + lbp3DLevels);
        }
        if (!(lbp3DIcosphereRadius > 0) || Double.isInfinite(lbp3DIcosphereRadius)) {
            throw new InvalidSettingException("lbp3DIcosphereRadius must be > 0 but was " + lbp3DIcosphereRadius);
        }
        if (lbp3DIcosphereSubdivision < 0) {
            throw new InvalidSettingException("lbp3DIcosphereSubdivision must be >= 0 but was "
                    + lbp3DIcosphereSubdivision);
        }
    }

    /** PyRadiomics' defaults (see the table). */
    public static FilterParameters defaults() {
        return new FilterParameters(List.of(), "coif1", 1, 0, true, 1, 8, "uniform", 2, 1, 1);
    }

    public FilterParameters withSigma(List<Double> v) {
        return new FilterParameters(v, wavelet, level, startLevel, gradientUseSpacing, lbp2DRadius, lbp2DSamples,
                lbp2DMethod, lbp3DLevels, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withWavelet(String v) {
        return new FilterParameters(sigma, v, level, startLevel, gradientUseSpacing, lbp2DRadius, lbp2DSamples,
                lbp2DMethod, lbp3DLevels, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withLevel(int v) {
        return new FilterParameters(sigma, wavelet, v, startLevel, gradientUseSpacing, lbp2DRadius, lbp2DSamples,
                lbp2DMethod, lbp3DLevels, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withStartLevel(int v) {
        return new FilterParameters(sigma, wavelet, level, v, gradientUseSpacing, lbp2DRadius, lbp2DSamples,
                lbp2DMethod, lbp3DLevels, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withGradientUseSpacing(boolean v) {
        return new FilterParameters(sigma, wavelet, level, startLevel, v, lbp2DRadius, lbp2DSamples,
                lbp2DMethod, lbp3DLevels, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withLbp2DRadius(double v) {
        return new FilterParameters(sigma, wavelet, level, startLevel, gradientUseSpacing, v, lbp2DSamples,
                lbp2DMethod, lbp3DLevels, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withLbp2DSamples(int v) {
        return new FilterParameters(sigma, wavelet, level, startLevel, gradientUseSpacing, lbp2DRadius, v,
                lbp2DMethod, lbp3DLevels, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withLbp2DMethod(String v) {
        return new FilterParameters(sigma, wavelet, level, startLevel, gradientUseSpacing, lbp2DRadius, lbp2DSamples,
                v, lbp3DLevels, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withLbp3DLevels(int v) {
        return new FilterParameters(sigma, wavelet, level, startLevel, gradientUseSpacing, lbp2DRadius, lbp2DSamples,
                lbp2DMethod, v, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withLbp3DIcosphereRadius(double v) {
        return new FilterParameters(sigma, wavelet, level, startLevel, gradientUseSpacing, lbp2DRadius, lbp2DSamples,
                lbp2DMethod, lbp3DLevels, v, lbp3DIcosphereSubdivision);
    }

    public FilterParameters withLbp3DIcosphereSubdivision(int v) {
        return new FilterParameters(sigma, wavelet, level, startLevel, gradientUseSpacing, lbp2DRadius, lbp2DSamples,
                lbp2DMethod, lbp3DLevels, lbp3DIcosphereRadius, v);
    }
}
