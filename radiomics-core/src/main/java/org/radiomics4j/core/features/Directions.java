package org.radiomics4j.core.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Neighbour offsets for the texture families, generated exactly as PyRadiomics' {@code generateAngles} does, so
 * that directions come in PyRadiomics' order (which decides the layout of GLCM/GLRLM direction axes).
 *
 * <p>Offsets are {@code {dz, dy, dx}} in voxels (numpy's axis order; z is the slowest axis). Every coordinate walks
 * from {@code +D} down to {@code −D} ({@code D} = largest distance), x fastest; an offset is kept when its infinity
 * norm is one of {@code distances}. Of each ± pair the first generated is kept ({@link #half}); for d = 1 this gives
 * the 13 offsets (1,1,1) (1,1,0) (1,1,−1) (1,0,1) (1,0,0) (1,0,−1) (1,−1,1) (1,−1,0) (1,−1,−1) (0,1,1) (0,1,0)
 * (0,1,−1) (0,0,1). In force2D mode offsets that move along axis {@code force2Ddimension} (0 = z, 1 = y, 2 = x) are
 * dropped, and so is any offset whose length on some axis is ≥ the box size on that axis (its neighbour can never
 * lie in the box).
 *
 * <p>GLCM and GLRLM use {@link #half}; GLSZM, GLDM and NGTDM use {@link #full} (the half set followed by its
 * negatives: 26 neighbours in 3-D, 8 in 2-D for d = 1).
 */
public final class Directions {
    private Directions() {
    }

    /**
     * One offset of each ± pair, in PyRadiomics' order.
     *
     * @param sizeZyx box size as {@code {nz, ny, nx}}
     */
    public static int[][] half(int[] sizeZyx, List<Integer> distances, boolean force2D, int force2Ddimension) {
        if (sizeZyx.length != 3) {
            throw new IllegalArgumentException("sizeZyx must have 3 elements but had " + sizeZyx.length);
        }
        int max = 0;
        for (int d : distances) {
            if (d < 1) {
                throw new IllegalArgumentException("distances must be >= 1 but were " + distances);
            }
            max = Math.max(max, d);
        }
        List<int[]> all = new ArrayList<>();
        for (int z = max; z >= -max; z--) {
            for (int y = max; y >= -max; y--) {
                for (int x = max; x >= -max; x--) {
                    int norm = Math.max(Math.abs(z), Math.max(Math.abs(y), Math.abs(x)));
                    if (distances.contains(norm)) {
                        all.add(new int[] {z, y, x});
                    }
                }
            }
        }
        // the enumeration is point-symmetric around (0,0,0): its first half holds one offset of each ± pair
        List<int[]> out = new ArrayList<>();
        for (int[] a : all.subList(0, all.size() / 2)) {
            if (force2D && a[force2Ddimension] != 0) {
                continue;
            }
            if (Math.abs(a[0]) >= sizeZyx[0] || Math.abs(a[1]) >= sizeZyx[1] || Math.abs(a[2]) >= sizeZyx[2]) {
                continue;
            }
            out.add(a);
        }
        return out.toArray(new int[0][]);
    }

    /** {@link #half} followed by the negation of each of its offsets. */
    public static int[][] full(int[] sizeZyx, List<Integer> distances, boolean force2D, int force2Ddimension) {
        int[][] h = half(sizeZyx, distances, force2D, force2Ddimension);
        int[][] out = new int[2 * h.length][];
        for (int i = 0; i < h.length; i++) {
            out[i] = h[i].clone();
            out[h.length + i] = new int[] {-h[i][0], -h[i][1], -h[i][2]};
        }
        return out;
    }
}
