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
        InterpParallel.forRange(lines, threads, (from, to) -> {
            double[] data = new double[ln];
            double[] outs = new double[ln];
            double[] scratch = new double[ln];
            for (int l = from; l < to; l++) {
                final int start = switch (axis) {
                    case 0 -> l * nx;
                    case 1 -> (l % nx) + (l / nx) * nx * ny;
                    default -> l;
                };
                src.read(start, stride, ln, data);
                filter.filterLine(outs, data, scratch, ln);
                for (int i = 0, p = start; i < ln; i++, p += stride) {
                    dst[p] = (float) outs[i];
                }
            }
        });
    }
}
