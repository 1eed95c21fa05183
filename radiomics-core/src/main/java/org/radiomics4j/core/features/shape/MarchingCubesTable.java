package org.radiomics4j.core.features.shape;

import java.util.Arrays;

/**
 * Read-only access to PyRadiomics' marching-cubes table ({@link MeshTables}) for the IBSI mesh
 * ({@code org.radiomics4j.core.ibsi.morphology}), which triangulates unambiguous cubes exactly as this table does.
 * All coordinates are in (z, y, x) order, as PyRadiomics stores them. Every method returns a copy.
 */
public final class MarchingCubesTable {
    private MarchingCubesTable() {
    }

    /** Offset (dz, dy, dx) of corner {@code k} (0..7), which is bit k of a cube index. */
    public static int[] cornerOffsetZyx(int k) {
        return MeshTables.GRID_ANGLES[k].clone();
    }

    /** Position (z, y, x) in the unit cube of the midpoint vertex on edge {@code e} (0..11). */
    public static double[] edgeMidpointZyx(int e) {
        return MeshTables.VERT_LIST[e].clone();
    }

    /**
     * The triangles of cube index {@code index} (0..127, corner 7 outside), as edge numbers in groups of three; with
     * (z, y, x) coordinates their signed volume {@code a · (b × c)} is positive (normals out of the ROI).
     *
     * @throws IllegalArgumentException if index is outside 0..127
     */
    public static int[] triangles(int index) {
        if (index < 0 || index > 127) {
            throw new IllegalArgumentException("cube index must be in 0..127 (corner 7 outside) but was " + index);
        }
        int[] t = MeshTables.TRI_TABLE[index];
        int n = 0;
        while (n < t.length && t[n] >= 0) {
            n++;
        }
        return Arrays.copyOf(t, n);
    }
}
