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
 * operation per 64 voxels instead of one per voxel. The voxel count and index sums (for the PCA mean) are taken
 * while the bits are set.
 */
final class PaddedBits {
    final int px;
    final int py;
    final int pz;
    /** Longs per row: {@code ceil(px / 64)}. */
    final int words;
    final long[] bits;
    /** Number of ROI voxels and the sums of their padded x, y and z indices (exact). */
    long count;
    long sumX;
    long sumY;
    long sumZ;

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
                i = p.fillRow(roi, i, nx, y + 1, z + 1);
            }
        }
        return p;
    }

    /** Index in {@link #bits} of the first word of padded row (z, y). */
    int row(int z, int y) {
        return (z * py + y) * words;
    }

    /** Sets bits 1..nx of padded row (y, z) from input voxels {@code i .. i + nx - 1}; adds to the sums. */
    private int fillRow(Mask roi, int i, int nx, int y, int z) {
        long[] b = bits;
        int base = row(z, y);
        long word = 0;
        int k = 0;
        long c = 0;
        long sx = 0;
        for (int x = 1; x <= nx; x++, i++) {
            if ((x & 63) == 0) {
                b[base + k++] = word;
                word = 0;
            }
            if (roi.inside(i)) {
                word |= 1L << x;
                c++;
                sx += x;
            }
        }
        b[base + k] = word;
        count += c;
        sumX += sx;
        sumY += y * c;
        sumZ += z * c;
        return i;
    }
}
