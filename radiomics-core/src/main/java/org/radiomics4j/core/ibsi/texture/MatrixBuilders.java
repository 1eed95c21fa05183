package org.radiomics4j.core.ibsi.texture;

import java.util.ArrayDeque;

/**
 * The IBSI texture matrices of one unit (a slice, or the volume with {@code unit = -1}) of a {@link TextureGrid}.
 * Voxels outside the intensity mask (level 0) never take part; the image border ends runs, zones and
 * neighbourhoods. Package-private.
 */
final class MatrixBuilders {
    private MatrixBuilders() {
    }

    /**
     * Symmetric GLCM for one direction (IBSI 3.6): every pair (k, k + m) of ROI voxels adds 1 at (X_k, X_{k+m}) and
     * 1 at (X_{k+m}, X_k).
     */
    static CountMatrix glcm(TextureGrid g, int unit, int[] off) {
        CountMatrix m = new CountMatrix(g.ng, g.ng);
        for (int z = g.firstSlice(unit); z < g.endSlice(unit); z++) {
            for (int y = 0; y < g.ny; y++) {
                for (int x = 0; x < g.nx; x++) {
                    int a = g.levels[g.index(x, y, z)];
                    int xx = x + off[2];
                    int yy = y + off[1];
                    int zz = z + off[0];
                    if (a == 0 || !g.inside(unit, xx, yy, zz)) {
                        continue;
                    }
                    int b = g.levels[g.index(xx, yy, zz)];
                    if (b > 0) {
                        m.increment(a - 1, b - 1);
                        m.increment(b - 1, a - 1);
                    }
                }
            }
        }
        m.voxels = g.voxels(unit);
        return m;
    }

    /** GLRLM for one direction (IBSI 3.7): runs of equal grey level along {@code off}; N_v = voxels of the unit. */
    static CountMatrix glrlm(TextureGrid g, int unit, int[] off) {
        int maxRun = Math.max(g.nx, Math.max(g.ny, g.nz));
        CountMatrix m = new CountMatrix(g.ng, maxRun);
        for (int z = g.firstSlice(unit); z < g.endSlice(unit); z++) {
            for (int y = 0; y < g.ny; y++) {
                for (int x = 0; x < g.nx; x++) {
                    int a = g.levels[g.index(x, y, z)];
                    if (a == 0) {
                        continue;
                    }
                    int px = x - off[2];
                    int py = y - off[1];
                    int pz = z - off[0];
                    if (g.inside(unit, px, py, pz) && g.levels[g.index(px, py, pz)] == a) {
                        continue; // not the start of a run
                    }
                    int len = 1;
                    int cx = x + off[2];
                    int cy = y + off[1];
                    int cz = z + off[0];
                    while (g.inside(unit, cx, cy, cz) && g.levels[g.index(cx, cy, cz)] == a) {
                        len++;
                        cx += off[2];
                        cy += off[1];
                        cz += off[0];
                    }
                    m.increment(a - 1, len - 1);
                }
            }
        }
        m.voxels = g.voxels(unit);
        return m;
    }

    /**
     * GLSZM (IBSI 3.8): zones of equal grey level linked at Chebyshev distance 1 (8-connected in a slice,
     * 26-connected in 3-D); column = zone size − 1.
     */
    static CountMatrix glszm(TextureGrid g, int unit) {
        int[] zoneOf = new int[g.levels.length];
        int[][] zones = zones(g, unit, zoneOf);
        CountMatrix m = new CountMatrix(g.ng, Math.max(1, g.voxels(unit)));
        for (int[] zone : zones) {
            m.increment(zone[0] - 1, zone[1] - 1);
        }
        m.voxels = g.voxels(unit);
        return m;
    }

    /**
     * GLDZM (IBSI 3.9): the zones of the GLSZM, each counted at its distance to the ROI edge, the minimum over its
     * voxels of the distance map. The distance map is computed on the morphological mask with 4-connectivity in a
     * slice and 6-connectivity in 3-D: a mask voxel with a face neighbour outside the mask (or outside the image)
     * has distance 1, and distance grows by 1 per face step inward (the city-block distance to the nearest voxel
     * outside the mask).
     */
    static CountMatrix gldzm(TextureGrid g, int unit) {
        int[] dist = distanceMap(g, unit);
        int[] zoneOf = new int[g.levels.length];
        int[][] zones = zones(g, unit, zoneOf);
        int[] zoneDistance = new int[zones.length];
        java.util.Arrays.fill(zoneDistance, Integer.MAX_VALUE);
        int maxDist = 1;
        for (int z = g.firstSlice(unit); z < g.endSlice(unit); z++) {
            for (int i = z * g.nx * g.ny; i < (z + 1) * g.nx * g.ny; i++) {
                if (g.levels[i] > 0) {
                    // a voxel of the intensity mask outside the morphological mask cannot occur (re-segmentation
                    // only removes voxels); give it distance 1 rather than 0 to stay defined
                    int d = Math.max(1, dist[i]);
                    zoneDistance[zoneOf[i]] = Math.min(zoneDistance[zoneOf[i]], d);
                }
            }
        }
        for (int d : zoneDistance) {
            maxDist = Math.max(maxDist, d);
        }
        CountMatrix m = new CountMatrix(g.ng, maxDist);
        for (int k = 0; k < zones.length; k++) {
            m.increment(zones[k][0] - 1, zoneDistance[k] - 1);
        }
        m.voxels = g.voxels(unit);
        return m;
    }

    /**
     * NGTDM (IBSI 3.10), Chebyshev distance 1: for each ROI voxel with at least one ROI neighbour (8 in a slice, 26
     * in 3-D), the mean grey level A of those neighbours; column 0 holds n_i, the number of such voxels at level
     * i, column 1 s_i = Σ |i − A|. Voxels without a neighbour in the ROI are left out, so N_v = N_{v,c} = Σ n_i.
     */
    static CountMatrix ngtdm(TextureGrid g, int unit) {
        int[][] nb = g.neighbourhood(unit);
        CountMatrix m = new CountMatrix(g.ng, 2);
        double nvc = 0;
        for (int z = g.firstSlice(unit); z < g.endSlice(unit); z++) {
            for (int y = 0; y < g.ny; y++) {
                for (int x = 0; x < g.nx; x++) {
                    int a = g.levels[g.index(x, y, z)];
                    if (a == 0) {
                        continue;
                    }
                    double sum = 0;
                    int count = 0;
                    for (int[] o : nb) {
                        int xx = x + o[2];
                        int yy = y + o[1];
                        int zz = z + o[0];
                        if (g.inside(unit, xx, yy, zz)) {
                            int b = g.levels[g.index(xx, yy, zz)];
                            if (b > 0) {
                                sum += b;
                                count++;
                            }
                        }
                    }
                    if (count > 0) {
                        m.add(a - 1, 0, 1);
                        m.add(a - 1, 1, Math.abs(a - sum / count));
                        nvc++;
                    }
                }
            }
        }
        m.voxels = nvc;
        return m;
    }

    /**
     * NGLDM (IBSI 3.11), Chebyshev distance 1 and coarseness {@code alpha}: each ROI voxel of level i adds 1 at
     * (i, k) where k = 1 + the number of its ROI neighbours j with |X_j − i| ≤ alpha; N_v = voxels of the unit.
     */
    static CountMatrix ngldm(TextureGrid g, int unit, int alpha) {
        int[][] nb = g.neighbourhood(unit);
        CountMatrix m = new CountMatrix(g.ng, nb.length + 1);
        for (int z = g.firstSlice(unit); z < g.endSlice(unit); z++) {
            for (int y = 0; y < g.ny; y++) {
                for (int x = 0; x < g.nx; x++) {
                    int a = g.levels[g.index(x, y, z)];
                    if (a == 0) {
                        continue;
                    }
                    int k = 1;
                    for (int[] o : nb) {
                        int xx = x + o[2];
                        int yy = y + o[1];
                        int zz = z + o[0];
                        if (g.inside(unit, xx, yy, zz)) {
                            int b = g.levels[g.index(xx, yy, zz)];
                            if (b > 0 && Math.abs(b - a) <= alpha) {
                                k++;
                            }
                        }
                    }
                    m.increment(a - 1, k - 1);
                }
            }
        }
        m.voxels = g.voxels(unit);
        return m;
    }

    /** Connected zones of equal level in the unit: {@code {level, size}} per zone; fills {@code zoneOf}. */
    private static int[][] zones(TextureGrid g, int unit, int[] zoneOf) {
        int[][] nb = g.neighbourhood(unit);
        java.util.Arrays.fill(zoneOf, -1);
        java.util.List<int[]> out = new java.util.ArrayList<>();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        int plane = g.nx * g.ny;
        for (int z = g.firstSlice(unit); z < g.endSlice(unit); z++) {
            for (int start = z * plane; start < (z + 1) * plane; start++) {
                int a = g.levels[start];
                if (a == 0 || zoneOf[start] >= 0) {
                    continue;
                }
                int id = out.size();
                int size = 0;
                zoneOf[start] = id;
                stack.push(start);
                while (!stack.isEmpty()) {
                    int i = stack.pop();
                    size++;
                    int x = i % g.nx;
                    int y = (i / g.nx) % g.ny;
                    int zc = i / plane;
                    for (int[] o : nb) {
                        int xx = x + o[2];
                        int yy = y + o[1];
                        int zz = zc + o[0];
                        if (g.inside(unit, xx, yy, zz)) {
                            int j = g.index(xx, yy, zz);
                            if (zoneOf[j] < 0 && g.levels[j] == a) {
                                zoneOf[j] = id;
                                stack.push(j);
                            }
                        }
                    }
                }
                out.add(new int[] {a, size});
            }
        }
        return out.toArray(new int[0][]);
    }

    /** City-block distance to the nearest voxel outside the morphological mask, within the unit (0 outside). */
    private static int[] distanceMap(TextureGrid g, int unit) {
        int[][] faces = unit < 0
                ? new int[][] {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}}
                : new int[][] {{0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        int[] dist = new int[g.levels.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int plane = g.nx * g.ny;
        for (int z = g.firstSlice(unit); z < g.endSlice(unit); z++) {
            for (int i = z * plane; i < (z + 1) * plane; i++) {
                if (!g.morphological[i]) {
                    continue;
                }
                int x = i % g.nx;
                int y = (i / g.nx) % g.ny;
                for (int[] o : faces) {
                    int xx = x + o[2];
                    int yy = y + o[1];
                    int zz = z + o[0];
                    boolean outside = xx < 0 || xx >= g.nx || yy < 0 || yy >= g.ny || zz < 0 || zz >= g.nz
                            || !g.morphological[g.index(xx, yy, zz)];
                    if (outside) {
                        dist[i] = 1;
                        queue.add(i);
                        break;
                    }
                }
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            int x = i % g.nx;
            int y = (i / g.nx) % g.ny;
            int z = i / plane;
            for (int[] o : faces) {
                int xx = x + o[2];
                int yy = y + o[1];
                int zz = z + o[0];
                if (g.inside(unit, xx, yy, zz)) {
                    int j = g.index(xx, yy, zz);
                    if (g.morphological[j] && dist[j] == 0) {
                        dist[j] = dist[i] + 1;
                        queue.add(j);
                    }
                }
            }
        }
        return dist;
    }
}
