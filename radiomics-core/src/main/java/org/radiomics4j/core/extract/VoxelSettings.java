package org.radiomics4j.core.extract;

import java.util.List;
import java.util.Map;
import org.radiomics4j.core.InvalidSettingException;

/**
 * PyRadiomics' voxel-based settings (the {@code voxelSetting} block of a parameter file).
 *
 * <p>For every ROI voxel {@code v} the neighbourhood (kernel) is the cube of side {@code 2·kernelRadius + 1}
 * voxels centred on {@code v}, clipped to the image and, when {@code maskedKernel}, restricted to the ROI; its
 * features are written at {@code v} in one map per feature. Map voxels outside the ROI (and voxels whose
 * family fails with {@link OnFeatureError#RECORD}) hold {@code initValue}. {@code voxelBatch} is the number of
 * ROI voxels computed per batch ({@code -1}: all in one batch); it bounds the working memory (the
 * per-batch work list), never the values. Reference: PyRadiomics 3 documentation, "Voxel-based
 * specific settings" and {@code radiomics/base.py} ({@code _calculateVoxels}).
 *
 * @param kernelRadius kernel radius in voxels, {@code >= 1} (PyRadiomics default 1)
 * @param maskedKernel whether the kernel is restricted to the ROI (default true); when false the kernel is the
 *     whole clipped cube and the grey levels are discretised over the whole padded box, as PyRadiomics does
 * @param initValue value of map voxels without a computed value (default 0)
 * @param voxelBatch ROI voxels per batch, {@code -1} or {@code >= 1} (default -1 = all)
 */
public record VoxelSettings(int kernelRadius, boolean maskedKernel, double initValue, int voxelBatch) {

    /** The keys of the {@code voxelSetting} block, in PyRadiomics' order. */
    public static final List<String> KEYS = List.of("kernelRadius", "maskedKernel", "initValue", "voxelBatch");

    public VoxelSettings {
        if (kernelRadius < 1) {
            throw new InvalidSettingException("kernelRadius must be >= 1 but was " + kernelRadius);
        }
        if (voxelBatch == 0 || voxelBatch < -1) {
            throw new InvalidSettingException("voxelBatch must be -1 (all voxels) or >= 1 but was " + voxelBatch);
        }
    }

    /** PyRadiomics' defaults: kernelRadius 1, maskedKernel true, initValue 0, voxelBatch -1. */
    public static VoxelSettings defaults() {
        return new VoxelSettings(1, true, 0, -1);
    }

    /** A copy with {@code kernelRadius} replaced. */
    public VoxelSettings withKernelRadius(int v) {
        return new VoxelSettings(v, maskedKernel, initValue, voxelBatch);
    }

    /** A copy with {@code maskedKernel} replaced. */
    public VoxelSettings withMaskedKernel(boolean v) {
        return new VoxelSettings(kernelRadius, v, initValue, voxelBatch);
    }

    /** A copy with {@code initValue} replaced. */
    public VoxelSettings withInitValue(double v) {
        return new VoxelSettings(kernelRadius, maskedKernel, v, voxelBatch);
    }

    /** A copy with {@code voxelBatch} replaced. */
    public VoxelSettings withVoxelBatch(int v) {
        return new VoxelSettings(kernelRadius, maskedKernel, initValue, v);
    }

    /**
     * The settings of a parsed {@code voxelSetting} block (absent keys keep their defaults).
     *
     * @throws InvalidSettingException naming the key, the value and the rule, for an unknown key (with the nearest
     *     valid one) or a value of the wrong type or range
     */
    static VoxelSettings fromBlock(Map<?, ?> block) {
        VoxelSettings v = defaults();
        for (Map.Entry<?, ?> e : block.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            switch (key) {
                case "kernelRadius" -> v = v.withKernelRadius(integer(key, value));
                case "maskedKernel" -> {
                    if (!(value instanceof Boolean b)) {
                        throw new InvalidSettingException("voxelSetting 'maskedKernel' must be true or false but was "
                                + value);
                    }
                    v = v.withMaskedKernel(b);
                }
                case "initValue" -> {
                    if (!(value instanceof Number n) || value instanceof Boolean) {
                        throw new InvalidSettingException("voxelSetting 'initValue' must be a number but was " + value);
                    }
                    v = v.withInitValue(n.doubleValue());
                }
                case "voxelBatch" -> v = v.withVoxelBatch(integer(key, value));
                default -> throw new InvalidSettingException("unknown voxelSetting key '" + key + "'; did you mean '"
                        + PyRadiomicsParameters.nearest(key, KEYS) + "'? valid: " + KEYS);
            }
        }
        return v;
    }

    private static int integer(String key, Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        throw new InvalidSettingException("voxelSetting '" + key + "' must be an integer but was " + value);
    }
}
