package org.radiomics4j.core.ibsi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.ibsi.intensity.IvhDiscretisation;
import org.radiomics4j.core.ibsi.preprocess.IbsiPreprocessing;

/**
 * Reads the IBSI settings from the {@code setting} block of a parameter file with {@code complianceMode: IBSI}
 * (called by {@code PyRadiomicsParameters}). Keys read:
 * <table>
 * <caption>IBSI-mode keys</caption>
 * <tr><th>key</th><th>meaning</th></tr>
 * <tr><td>{@code binWidth} / {@code binCount}</td><td>fixed bin size / fixed bin number for texture and intensity
 *     histogram ({@code binCount} wins when both are set; one is required)</td></tr>
 * <tr><td>{@code resegmentRange}</td><td>[lower] or [lower, upper] range re-segmentation; the lower bound anchors
 *     fixed-bin-size bins ({@code resegmentMode} must be {@code absolute})</td></tr>
 * <tr><td>{@code ibsiOutlierSigma}</td><td>outlier re-segmentation at μ ± k·σ (combinable with the range)</td></tr>
 * <tr><td>{@code ibsiIvhBinWidth} / {@code ibsiIvhBinCount}</td><td>IVH discretisation (absent: calibrated,
 *     interval 1)</td></tr>
 * <tr><td>{@code ibsiAggregations}</td><td>list of aggregation codes or names (default all), e.g.
 *     {@code [BTW3, SUJT, JJUI, ZW7Z, 8QNN, 62GR]}</td></tr>
 * <tr><td>{@code ibsiFamilies}</td><td>list of families (default: all built-in ones)</td></tr>
 * <tr><td>{@code gldm_a}</td><td>NGLDM coarseness α (an integer, default 0)</td></tr>
 * <tr><td>{@code ibsiInterpolation}</td><td>{@code none} (default), {@code 2D} (in-plane x and y only, IBSI
 *     configurations A/B) or {@code 3D} (x, y and z) interpolation on the centre-aligned grid (IBSI 2.4)</td></tr>
 * <tr><td>{@code ibsiResampledSpacing}</td><td>new voxel spacing in mm: [x, y] for {@code 2D}, [x, y, z] for
 *     {@code 3D}; required with interpolation, rejected without</td></tr>
 * <tr><td>{@code ibsiInterpolator}</td><td>image interpolator: {@code linear} (default; bilinear / trilinear) or
 *     {@code cubicSpline} (tricubic B-spline); the ROI mask is always interpolated linearly</td></tr>
 * <tr><td>{@code ibsiRoundIntensities}</td><td>round interpolated intensities to the nearest integer (default
 *     false)</td></tr>
 * <tr><td>{@code ibsiPartialVolumeThreshold}</td><td>ROI partial-volume threshold in (0, 1] (default 0.5)</td></tr>
 * </table>
 * Every other PyRadiomics setting but {@code label}, {@code correctMask}, {@code geometryTolerance},
 * {@code additionalInfo} and {@code enableCExtensions} would have no effect in IBSI mode and is rejected, naming
 * the key.
 */
public final class IbsiParameters {
    /** The keys only IBSI mode reads. */
    public static final List<String> IBSI_KEYS = List.of("complianceMode", "ibsiOutlierSigma", "ibsiIvhBinWidth",
            "ibsiIvhBinCount", "ibsiAggregations", "ibsiFamilies", "ibsiInterpolation", "ibsiResampledSpacing",
            "ibsiInterpolator", "ibsiRoundIntensities", "ibsiPartialVolumeThreshold");

    private static final List<String> SHARED_KEYS = List.of("label", "binWidth", "binCount", "resegmentRange",
            "resegmentMode", "gldm_a", "correctMask", "geometryTolerance", "additionalInfo", "enableCExtensions");

    private IbsiParameters() {
    }

    /**
     * The IBSI settings of a {@code setting} block.
     *
     * @throws InvalidSettingException naming the source, the key, the value and the rule
     */
    public static IbsiSettings fromSetting(Map<?, ?> setting, String source) {
        for (Object k : setting.keySet()) {
            String key = String.valueOf(k);
            if (!IBSI_KEYS.contains(key) && !SHARED_KEYS.contains(key)) {
                throw new InvalidSettingException("parameter file " + source + ": setting '" + key
                        + "' has no effect in IBSI mode (complianceMode: IBSI); IBSI mode reads " + SHARED_KEYS
                        + " and " + IBSI_KEYS);
            }
        }
        IbsiSettings s = IbsiSettings.withDefaults();
        try {
            Object binCount = setting.get("binCount");
            Object binWidth = setting.get("binWidth");
            if (binCount != null) {
                s = s.withDiscretisation(new IbsiDiscretisation.FixedBinNumber(integer("binCount", binCount, source)));
            } else if (binWidth != null) {
                s = s.withDiscretisation(new IbsiDiscretisation.FixedBinSize(number("binWidth", binWidth, source)));
            } else {
                throw new InvalidSettingException("parameter file " + source + ": IBSI mode needs 'binWidth' (fixed"
                        + " bin size) or 'binCount' (fixed bin number); IBSI defines no default");
            }
            Object mode = setting.get("resegmentMode");
            if (mode != null && !"absolute".equals(String.valueOf(mode))) {
                throw new InvalidSettingException("parameter file " + source + ": setting 'resegmentMode' must be"
                        + " 'absolute' in IBSI mode but was '" + mode + "'; use 'ibsiOutlierSigma' for outlier"
                        + " re-segmentation");
            }
            Object range = setting.get("resegmentRange");
            if (range != null) {
                List<Double> r = numbers("resegmentRange", range, source);
                if (r.isEmpty() || r.size() > 2) {
                    throw new InvalidSettingException("parameter file " + source + ": setting 'resegmentRange' must"
                            + " hold 1 or 2 numbers but was " + range);
                }
                s = s.withResegmentationRange(r.get(0), r.size() == 2 ? r.get(1) : Double.POSITIVE_INFINITY);
            }
            Object sigma = setting.get("ibsiOutlierSigma");
            if (sigma != null) {
                s = s.withOutlierSigma(number("ibsiOutlierSigma", sigma, source));
            }
            Object ivhWidth = setting.get("ibsiIvhBinWidth");
            Object ivhCount = setting.get("ibsiIvhBinCount");
            if (ivhWidth != null && ivhCount != null) {
                throw new InvalidSettingException("parameter file " + source + ": set at most one of"
                        + " 'ibsiIvhBinWidth' and 'ibsiIvhBinCount'");
            } else if (ivhWidth != null) {
                s = s.withIvhDiscretisation(new IvhDiscretisation.FixedBinSize(number("ibsiIvhBinWidth", ivhWidth,
                        source)));
            } else if (ivhCount != null) {
                s = s.withIvhDiscretisation(new IvhDiscretisation.FixedBinNumber(integer("ibsiIvhBinCount", ivhCount,
                        source)));
            }
            Object aggs = setting.get("ibsiAggregations");
            if (aggs != null) {
                Set<IbsiAggregation> set = EnumSet.noneOf(IbsiAggregation.class);
                for (Object o : list("ibsiAggregations", aggs, source)) {
                    set.add(IbsiAggregation.ofCode(String.valueOf(o)));
                }
                s = s.withAggregations(set);
            }
            Object fams = setting.get("ibsiFamilies");
            if (fams != null) {
                Set<IbsiFamily> set = EnumSet.noneOf(IbsiFamily.class);
                for (Object o : list("ibsiFamilies", fams, source)) {
                    set.add(IbsiFamily.parse(String.valueOf(o)));
                }
                s = s.withFamilies(set);
            }
            Object alpha = setting.get("gldm_a");
            if (alpha != null) {
                s = s.withNgldmAlpha(integer("gldm_a", alpha, source));
            }
            s = s.withInterpolation(interpolation(setting, source));
        } catch (InvalidSettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("parameter file " + source + ": " + e.getMessage(), e);
        }
        return s;
    }

    private static IbsiPreprocessing interpolation(Map<?, ?> setting, String source) {
        IbsiPreprocessing p = IbsiPreprocessing.withDefaults();
        Object dim = setting.get("ibsiInterpolation");
        String d = dim == null ? "none" : String.valueOf(dim);
        Object spacing = setting.get("ibsiResampledSpacing");
        List<Double> sp = spacing == null ? List.of() : numbers("ibsiResampledSpacing", spacing, source);
        switch (d) {
            case "none" -> {
                if (spacing != null) {
                    throw new InvalidSettingException("parameter file " + source + ": 'ibsiResampledSpacing' " + spacing
                            + " needs 'ibsiInterpolation: 2D' or '3D' (it is 'none')");
                }
            }
            case "2D" -> {
                if (sp.size() != 2) {
                    throw new InvalidSettingException("parameter file " + source + ": 'ibsiInterpolation: 2D' needs"
                            + " 'ibsiResampledSpacing' with 2 numbers [x, y] (mm) but was " + spacing);
                }
                p = p.withInPlaneSpacing(sp.get(0), sp.get(1));
            }
            case "3D" -> {
                if (sp.size() != 3) {
                    throw new InvalidSettingException("parameter file " + source + ": 'ibsiInterpolation: 3D' needs"
                            + " 'ibsiResampledSpacing' with 3 numbers [x, y, z] (mm) but was " + spacing);
                }
                p = p.withVolumeSpacing(sp.get(0), sp.get(1), sp.get(2));
            }
            default -> throw new InvalidSettingException("parameter file " + source + ": 'ibsiInterpolation' must be"
                    + " none, 2D or 3D but was '" + d + "'");
        }
        Object interp = setting.get("ibsiInterpolator");
        if (interp != null) {
            String i = String.valueOf(interp);
            p = p.withImageInterpolation(switch (i) {
                case "linear" -> IbsiPreprocessing.ImageInterpolation.LINEAR;
                case "cubicSpline" -> IbsiPreprocessing.ImageInterpolation.CUBIC_SPLINE;
                default -> throw new InvalidSettingException("parameter file " + source + ": 'ibsiInterpolator'"
                        + " must be linear or cubicSpline but was '" + i + "'");
            });
        }
        Object round = setting.get("ibsiRoundIntensities");
        if (round != null) {
            if (!(round instanceof Boolean b)) {
                throw new InvalidSettingException("parameter file " + source + ": 'ibsiRoundIntensities' must be"
                        + " true or false but was " + round);
            }
            p = p.withRoundIntensities(b);
        }
        Object pv = setting.get("ibsiPartialVolumeThreshold");
        if (pv != null) {
            double t = number("ibsiPartialVolumeThreshold", pv, source);
            if (!(t > 0 && t <= 1)) {
                throw new InvalidSettingException("parameter file " + source + ": 'ibsiPartialVolumeThreshold' must"
                        + " be in (0, 1] but was " + pv);
            }
            p = p.withPartialVolumeThreshold(t);
        }
        return p;
    }

    private static List<?> list(String key, Object v, String source) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw new InvalidSettingException("parameter file " + source + ": '" + key + "' must be a list but was " + v);
    }

    private static double number(String key, Object v, String source) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new InvalidSettingException("parameter file " + source + ": '" + key + "' must be a number but was "
                + v);
    }

    private static int integer(String key, Object v, String source) {
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).intValue();
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        throw new InvalidSettingException("parameter file " + source + ": '" + key + "' must be an integer but was "
                + v);
    }

    private static List<Double> numbers(String key, Object v, String source) {
        List<Double> out = new ArrayList<>();
        for (Object o : list(key, v, source)) {
            out.add(number(key, o, source));
        }
        return out;
    }
}
