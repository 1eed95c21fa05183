package org.radiomics4j.core.features.shape;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/**
 * A binary ROI padded by one background voxel on every side, stored as one bit per voxel: the grid is
 * {@code px × py × pz = (nx + 2) × (ny + 2) × (nz + 2)} and row {@code (z, y)} (padded indices) is the
 * {@code words} longs from {@code (z · py + y) · words}, bit {@code x & 63} of word {@code x >>> 6} being voxel x.
 * Voxel (x, y, z) of the input is at (x + 1, y + 1, z + 1). Bits at and beyond {@code px} are 0.
 *
 * <p>Marching cubes and the PCA sums read whole words, so the background and the inside of a large ROI cost one word
 * operation per 64 voxels instead of one per voxel.
 */
final class PaddedBits {
    final int px;
    final int py;
    final int pz;
    /** Longs per row: {@code ceil(px / 64)}. */
    final int words;
    final long[] bits;

    private PaddedBits(int px, int py, int pz) {
        this.px = px;
        this.py = py;
        this.pz = pz;
        this.words = (px + 63) >>> 6;
        this.bits = new long[words * py * pz];
    }

    /** The non-zero voxels of {@code roi}, padded. */
    static PaddedBits of(Mask roi) {
        Geometry g = roi.geometry();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        PaddedBits p = new PaddedBits(nx + 2, ny + 2, nz + 2);
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                i = p.fillRow(roi, i, nx, p.row(z + 1, y + 1));
            }
        }
        return p;
    }

    /** Index in {@link #bits} of the first word of padded row (z, y). */
    int row(int z, int y) {
        return (z * py + y) * words;
    }

    /** Sets bits 1..nx of the row starting at word {@code base} from input voxels {@code i .. i + nx - 1}. */
    private int fillRow(Mask roi, int i, int nx, int base) {
        long[] b = bits;
        long word = 0;
        int k = 0;
        for (int x = 1; x <= nx; x++, i++) {
            if ((x & 63) == 0) {
                b[base + k++] = word;
                word = 0;
            }
            if (roi.inside(i)) {
                word |= 1L << x;
            }
        }
        b[base + k] = word;
        return i;
    }
}
