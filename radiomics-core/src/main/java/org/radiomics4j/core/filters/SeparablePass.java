package org.radiomics4j.core.filters;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.internal.InterpParallel;

/**
 * Runs a {@link RecursiveGaussian} along every line of one axis of a 3-D grid (x fastest), reading each line into
 * a double buffer and storing the result as float32, as ITK's {@code RecursiveSeparableImageFilter} does with a
 * float output image. Lines are independent, so the result does not depend on the thread count.
 */
final class SeparablePass {
    /** Lines filtered side by side (adjacent lines, so their voxels share cache lines on the strided axes). */
    private static final int BLOCK = 8;

    private SeparablePass() {
    }

    /** Reads the voxels of a line: {@code out[i] = source[start + i·stride]}. */
    @FunctionalInterface
    interface LineSource {
        void read(int start, int stride, int n, double[] out);
    }

    static LineSource of(Volume v) {
        return (start, stride, n, out) -> {
            for (int i = 0, p = start; i < n; i++, p += stride) {
                out[i] = v.get(p);
            }
        };
    }

    static LineSource of(float[] f) {
        return (start, stride, n, out) -> {
            for (int i = 0, p = start; i < n; i++, p += stride) {
                out[i] = f[p];
            }
        };
    }

    /**
     * Filters every line along {@code axis} of {@code src} into {@code dst} (which may be the array {@code src}
     * reads from: each line is read completely before it is written).
     */
    static void run(LineSource src, float[] dst, Geometry g, int axis, RecursiveGaussian filter, int threads) {
        final int nx = g.nx();
        final int ny = g.ny();
        final int nz = g.nz();
        final int ln = g.size(axis);
        final int lines;
        final int stride;
        switch (axis) {
            case 0 -> {
                lines = ny * nz;
                stride = 1;
            }
            case 1 -> {
                lines = nx * nz;
                stride = nx;
            }
            case 2 -> {
                lines = nx * ny;
                stride = nx * ny;
            }
            default -> throw new IllegalArgumentException("axis must be 0, 1 or 2 but was " + axis);
        }
        final int blocks = (lines + BLOCK - 1) / BLOCK;
        InterpParallel.forRange(blocks, threads, (fromBlock, toBlock) -> {
            double[] line = new double[ln];
            double[] data = new double[ln * BLOCK];
            double[] outs = new double[ln * BLOCK];
            double[] scratch = new double[ln * BLOCK];
            int[] starts = new int[BLOCK];
            for (int blk = fromBlock; blk < toBlock; blk++) {
                int first = blk * BLOCK;
                int k = Math.min(BLOCK, lines - first);
                for (int r = 0; r < k; r++) {
                    int l = first + r;
                    starts[r] = switch (axis) {
                        case 0 -> l * nx;
                        case 1 -> (l % nx) + (l / nx) * nx * ny;
                        default -> l;
                    };
                    src.read(starts[r], stride, ln, line);
                    for (int i = 0; i < ln; i++) {
                        data[i * BLOCK + r] = line[i];
                    }
                }
                filter.filterLines(outs, data, scratch, ln, BLOCK, k);
                for (int r = 0; r < k; r++) {
                    for (int i = 0, p = starts[r]; i < ln; i++, p += stride) {
                        dst[p] = (float) outs[i * BLOCK + r];
                    }
                }
            }
        });
    }
}
