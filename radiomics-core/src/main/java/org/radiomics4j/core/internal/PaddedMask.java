package org.radiomics4j.core.internal;

import java.util.function.IntPredicate;

/** A binary ROI padded by one background voxel on every side, the input of the marching-cubes meshes. */
public final class PaddedMask {
    private PaddedMask() {
    }

    /**
     * The voxels {@code i} of an nx×ny×nz grid (x fastest) with {@code inside.test(i)} as 1, the others and a border
     * of one voxel on every side as 0: a grid of (nx+2)×(ny+2)×(nz+2), x fastest, where voxel (x, y, z) of the input
     * is at (x+1, y+1, z+1).
     */
    public static byte[] pad(IntPredicate inside, int nx, int ny, int nz) {
        int px = nx + 2;
        int py = ny + 2;
        byte[] m = new byte[px * py * (nz + 2)];
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                int base = ((z + 1) * py + y + 1) * px + 1;
                for (int x = 0; x < nx; x++, i++) {
                    if (inside.test(i)) {
                        m[base + x] = 1;
                    }
                }
            }
        }
        return m;
    }
}
