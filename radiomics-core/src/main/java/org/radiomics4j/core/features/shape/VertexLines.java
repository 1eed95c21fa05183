package org.radiomics4j.core.features.shape;

import java.util.Arrays;

/**
 * The extreme mesh vertices of every axis-parallel line, collected during the marching-cubes sweep instead of the
 * full vertex list. Vertices are on the half-voxel lattice as doubled padded indices {@code (z2, y2, x2)}.
 *
 * <ul>
 * <li>x-lines: for every {@code (z2, y2)} the smallest and largest {@code x2} of a vertex on it
 * ({@link #xLo}, {@link #xHi}, index {@code z2 · ny2 + y2}).</li>
 * <li>y-lines: for every {@code (x2, z2)} the smallest and largest {@code y2} ({@link #yLo}, {@link #yHi}, index
 * {@code x2 · nz2 + z2}).</li>
 * </ul>
 * An empty line has {@code hi = -1}. A slice {@code z2 = const} or {@code y2 = const} is the union of its x-lines, a
 * slice {@code x2 = const} the union of its y-lines, so the convex hull of every axis-parallel slice is the hull of
 * these extremes ({@link Diameters}).
 */
final class VertexLines {
    final int nz2;
    final int ny2;
    final int nx2;
    final int[] xLo;
    final int[] xHi;
    final int[] yLo;
    final int[] yHi;
    int count;

    /** Empty lines for the vertices of a padded grid of px×py×pz voxels (doubled indices below 2·p). */
    VertexLines(int px, int py, int pz) {
        nz2 = 2 * pz;
        ny2 = 2 * py;
        nx2 = 2 * px;
        xLo = new int[nz2 * ny2];
        xHi = new int[nz2 * ny2];
        yLo = new int[nx2 * nz2];
        yHi = new int[nx2 * nz2];
        Arrays.fill(xLo, Integer.MAX_VALUE);
        Arrays.fill(xHi, -1);
        Arrays.fill(yLo, Integer.MAX_VALUE);
        Arrays.fill(yHi, -1);
    }

    /** Adds one vertex (all indices >= 0). */
    void add(int z2, int y2, int x2) {
        count++;
        int a = z2 * ny2 + y2;
        if (x2 < xLo[a]) {
            xLo[a] = x2;
        }
        if (x2 > xHi[a]) {
            xHi[a] = x2;
        }
        int b = x2 * nz2 + z2;
        if (y2 < yLo[b]) {
            yLo[b] = y2;
        }
        if (y2 > yHi[b]) {
            yHi[b] = y2;
        }
    }
}
