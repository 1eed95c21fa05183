package org.radiomics4j.core.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The vertices of {@code trimesh.creation.icosphere(subdivisions, radius)} (trimesh 4.9 / 5.1), in trimesh's order:
 * the icosahedron of trimesh's {@code resources/creation.json} (vertices {@code (∓a, ±b, 0)}, {@code (0, ∓a, ±b)},
 * {@code (±b, 0, ∓a)} with a = 0.5257311121191336, b = 0.85065080835204, the unit icosahedron of Hart's
 * "Platonic solids" coordinates {@code (0, ±1, ±φ)/√(1+φ²)}), then per subdivision every triangle split into four at
 * its edge midpoints {@code (p + q)/2}, the midpoints appended after the existing vertices ordered by (larger, then
 * smaller) end-vertex index (the order of trimesh's packed row hash in {@code remesh.subdivide}), and every vertex
 * moved onto the sphere: {@code v + (v/|v|)·(r − |v|)}. With no subdivision the icosahedron itself is moved onto the
 * sphere. {@code 10·4^s + 2} vertices.
 */
final class Icosphere {
    private static final double A = 0.5257311121191336;
    private static final double B = 0.85065080835204;
    private static final double[][] VERTICES = {
        {-A, B, 0.0}, {A, B, 0.0}, {-A, -B, 0.0}, {A, -B, 0.0}, {0.0, -A, B}, {0.0, A, B}, {0.0, -A, -B},
        {0.0, A, -B}, {B, 0.0, -A}, {B, 0.0, A}, {-B, 0.0, -A}, {-B, 0.0, A}};
    private static final int[][] FACES = {
        {0, 11, 5}, {0, 5, 1}, {0, 1, 7}, {0, 7, 10}, {0, 10, 11}, {1, 5, 9}, {5, 11, 4}, {11, 10, 2}, {10, 7, 6},
        {7, 1, 8}, {3, 9, 4}, {3, 4, 2}, {3, 2, 6}, {3, 6, 8}, {3, 8, 9}, {4, 9, 5}, {2, 4, 11}, {6, 2, 10},
        {8, 6, 7}, {9, 8, 1}};

    private Icosphere() {
    }

    /** The {@code 10·4^subdivisions + 2} vertices as {@code [index][x, y, z]}. */
    static double[][] vertices(int subdivisions, double radius) {
        List<double[]> v = new ArrayList<>();
        for (double[] p : VERTICES) {
            v.add(p.clone());
        }
        int[][] faces = FACES;
        for (int s = 0; s < subdivisions; s++) {
            int nf = faces.length;
            long[] keys = new long[3 * nf];
            for (int f = 0; f < nf; f++) {
                for (int e = 0; e < 3; e++) {
                    int a = faces[f][e];
                    int b = faces[f][(e + 1) % 3];
                    keys[3 * f + e] = ((long) Math.max(a, b) << 32) | Math.min(a, b);
                }
            }
            long[] unique = Arrays.stream(keys).distinct().sorted().toArray();
            int base = v.size();
            for (long k : unique) {
                double[] p = v.get((int) (k & 0xFFFFFFFFL));
                double[] q = v.get((int) (k >>> 32));
                v.add(new double[] {(p[0] + q[0]) / 2, (p[1] + q[1]) / 2, (p[2] + q[2]) / 2});
            }
            int[][] next = new int[4 * nf][];
            for (int f = 0; f < nf; f++) {
                int m01 = base + Arrays.binarySearch(unique, keys[3 * f]);
                int m12 = base + Arrays.binarySearch(unique, keys[3 * f + 1]);
                int m20 = base + Arrays.binarySearch(unique, keys[3 * f + 2]);
                int[] t = faces[f];
                next[4 * f] = new int[] {t[0], m01, m20};
                next[4 * f + 1] = new int[] {m01, t[1], m12};
                next[4 * f + 2] = new int[] {m20, m12, t[2]};
                next[4 * f + 3] = new int[] {m01, m12, m20};
            }
            faces = next;
            project(v, radius);
        }
        if (subdivisions <= 0) {
            project(v, radius);
        }
        return v.toArray(new double[0][]);
    }

    private static void project(List<double[]> v, double radius) {
        for (double[] p : v) {
            double s = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
            double f = radius - s;
            for (int a = 0; a < 3; a++) {
                p[a] = p[a] + (p[a] / s) * f;
            }
        }
    }
}
