package org.radiomics4j.core.ibsi.morphology;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Convex hull of a set of integer lattice points in 3-D, by the randomised incremental algorithm with conflict lists
 * (Clarkson and Shor 1989; de Berg et al., <i>Computational Geometry</i>, 3rd ed., chapter 11; O'Rourke,
 * <i>Computational Geometry in C</i>, 2nd ed., chapter 4) with exact integer orientation tests, so that the many
 * coplanar and collinear points of a voxel mesh need no tolerance: a face is visible from a new point only if the
 * point lies strictly above its plane; points on the current hull or inside it are skipped; the horizon edges of the
 * visible faces are joined to the new point. Coplanar neighbouring triangles may remain, which does not change the
 * hull's area or volume.
 *
 * <p>Coordinates must stay below 2<sup>20</sup> in magnitude so that every orientation determinant fits in a long.
 */
final class ConvexHull3D {

    /** Hull triangles as indices into the input points, counter-clockwise seen from outside. */
    final int[] triangles;
    /** Indices of the points that are vertices of the hull triangles. */
    final int[] vertices;

    private ConvexHull3D(int[] triangles, int[] vertices) {
        this.triangles = triangles;
        this.vertices = vertices;
    }

    /**
     * The hull of {@code p = {x0, y0, z0, x1, ...}}.
     *
     * @throws IllegalArgumentException if the points are all coplanar (no 3-D hull) or a coordinate is too large
     */
    static ConvexHull3D of(int[] p) {
        int n = p.length / 3;
        for (int v : p) {
            if (Math.abs(v) >= 1 << 20) {
                throw new IllegalArgumentException("hull coordinate " + v + " exceeds 2^20");
            }
        }
        if (n < 4) {
            throw new IllegalArgumentException("a 3-D convex hull needs at least 4 points but got " + n);
        }
        // initial tetrahedron
        int i0 = 0;
        int i1 = -1;
        for (int i = 1; i < n && i1 < 0; i++) {
            if (p[3 * i] != p[0] || p[3 * i + 1] != p[1] || p[3 * i + 2] != p[2]) {
                i1 = i;
            }
        }
        int i2 = -1;
        for (int i = 1; i < n && i1 >= 0 && i2 < 0; i++) {
            long[] c = cross(p, i0, i1, i);
            if (c[0] != 0 || c[1] != 0 || c[2] != 0) {
                i2 = i;
            }
        }
        int i3 = -1;
        for (int i = 1; i < n && i2 >= 0 && i3 < 0; i++) {
            if (orient(p, i0, i1, i2, i) != 0) {
                i3 = i;
            }
        }
        if (i3 < 0) {
            throw new IllegalArgumentException("the " + n + " points are coplanar: no 3-D convex hull");
        }
        Faces f = new Faces();
        if (orient(p, i0, i1, i2, i3) > 0) { // i3 above (i0, i1, i2): flip so the fourth point is below every face
            int t = i1;
            i1 = i2;
            i2 = t;
        }
        f.add(i0, i1, i2);
        f.add(i0, i3, i1);
        f.add(i1, i3, i2);
        f.add(i2, i3, i0);

        // conflict lists (Clarkson and Shor): each point outside the current hull is attached to one face it sees;
        // points are inserted in a seeded random order, so the expected work is O(n log n)
        int[] conflict = new int[n];
        int[] nextInList = new int[n];
        Arrays.fill(conflict, -1);
        int[] order = new int[n - 4];
        int m = 0;
        for (int q = 0; q < n; q++) {
            if (q != i0 && q != i1 && q != i2 && q != i3) {
                order[m++] = q;
            }
        }
        java.util.Random shuffle = new java.util.Random(0x1B51L);
        for (int i = m - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int q : order) {
            for (int k = 0; k < 4; k++) {
                if (orient(p, f.a[k], f.b[k], f.c[k], q) > 0) {
                    f.attach(k, q, conflict, nextInList);
                    break;
                }
            }
        }
        int[] horizon = new int[64];
        int[] visible = new int[64];
        int[] touched = new int[64];
        int[] stack = new int[64];
        int[] orphans = new int[64];
        for (int q : order) {
            int start = conflict[q];
            if (start < 0) {
                continue; // inside or on the hull
            }
            int nv = 0;
            int nt = 0;
            int nh = 0;
            int sp = 0;
            f.status[start] = 1;
            touched = push(touched, nt++, start);
            visible = push(visible, nv++, start);
            stack = push(stack, sp++, start);
            while (sp > 0) {
                int k = stack[--sp];
                int[] vs = {f.a[k], f.b[k], f.c[k]};
                for (int e = 0; e < 3; e++) {
                    int u = vs[e];
                    int v = vs[(e + 1) % 3];
                    Integer twinBox = f.edges.get(key(v, u));
                    if (twinBox == null) {
                        throw new IllegalStateException("open hull at edge " + v + "-" + u);
                    }
                    int twin = twinBox;
                    if (f.status[twin] == 0) {
                        touched = push(touched, nt++, twin);
                        if (orient(p, f.a[twin], f.b[twin], f.c[twin], q) > 0) {
                            f.status[twin] = 1;
                            visible = push(visible, nv++, twin);
                            stack = push(stack, sp++, twin);
                        } else {
                            f.status[twin] = 2;
                        }
                    }
                    if (f.status[twin] == 2) {
                        horizon = push(horizon, nh++, u);
                        horizon = push(horizon, nh++, v);
                    }
                }
            }
            int no = 0;
            for (int j = 0; j < nv; j++) {
                int k = visible[j];
                for (int r = f.head[k]; r >= 0; r = nextInList[r]) {
                    if (r != q) {
                        orphans = push(orphans, no++, r);
                    }
                }
                f.remove(visible[j]);
            }
            for (int j = 0; j < nt; j++) {
                f.status[touched[j]] = 0;
            }
            int firstNew = f.count;
            for (int h = 0; h < nh; h += 2) {
                f.add(horizon[h], horizon[h + 1], q);
            }
            conflict[q] = -1;
            for (int j = 0; j < no; j++) {
                int r = orphans[j];
                conflict[r] = -1;
                for (int k = firstNew; k < f.count; k++) {
                    if (orient(p, f.a[k], f.b[k], f.c[k], r) > 0) {
                        f.attach(k, r, conflict, nextInList);
                        break;
                    }
                }
            }
        }
        f.compact();
        int[] tri = new int[3 * f.count];
        boolean[] isVertex = new boolean[n];
        for (int k = 0; k < f.count; k++) {
            tri[3 * k] = f.a[k];
            tri[3 * k + 1] = f.b[k];
            tri[3 * k + 2] = f.c[k];
            isVertex[f.a[k]] = true;
            isVertex[f.b[k]] = true;
            isVertex[f.c[k]] = true;
        }
        int nvx = 0;
        for (boolean b : isVertex) {
            if (b) {
                nvx++;
            }
        }
        int[] vx = new int[nvx];
        nvx = 0;
        for (int i = 0; i < n; i++) {
            if (isVertex[i]) {
                vx[nvx++] = i;
            }
        }
        return new ConvexHull3D(tri, vx);
    }

    private static int[] push(int[] a, int i, int v) {
        if (i == a.length) {
            a = Arrays.copyOf(a, 2 * a.length);
        }
        a[i] = v;
        return a;
    }

    private static long key(int u, int v) {
        return (long) u << 32 | (v & 0xFFFFFFFFL);
    }

    private static long[] cross(int[] p, int a, int b, int c) {
        long ux = p[3 * b] - p[3 * a];
        long uy = p[3 * b + 1] - p[3 * a + 1];
        long uz = p[3 * b + 2] - p[3 * a + 2];
        long vx = p[3 * c] - p[3 * a];
        long vy = p[3 * c + 1] - p[3 * a + 1];
        long vz = p[3 * c + 2] - p[3 * a + 2];
        return new long[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
    }

    /** Sign of {@code ((b − a) × (c − a)) · (d − a)}: positive if d is above the counter-clockwise triangle abc. */
    static int orient(int[] p, int a, int b, int c, int d) {
        long ux = p[3 * b] - p[3 * a];
        long uy = p[3 * b + 1] - p[3 * a + 1];
        long uz = p[3 * b + 2] - p[3 * a + 2];
        long vx = p[3 * c] - p[3 * a];
        long vy = p[3 * c + 1] - p[3 * a + 1];
        long vz = p[3 * c + 2] - p[3 * a + 2];
        long wx = p[3 * d] - p[3 * a];
        long wy = p[3 * d + 1] - p[3 * a + 1];
        long wz = p[3 * d + 2] - p[3 * a + 2];
        long det = (uy * vz - uz * vy) * wx + (uz * vx - ux * vz) * wy + (ux * vy - uy * vx) * wz;
        return Long.signum(det);
    }

    /** Growable face arrays with a directed-edge index. */
    private static final class Faces {
        int[] a = new int[256];
        int[] b = new int[256];
        int[] c = new int[256];
        boolean[] alive = new boolean[256];
        /** BFS state during one insertion: 0 untested, 1 visible, 2 not visible. */
        byte[] status = new byte[256];
        /** First point of the face's conflict list, -1 if empty. */
        int[] head = new int[256];
        int count;
        int live;
        final Map<Long, Integer> edges = new HashMap<>();

        void add(int u, int v, int w) {
            if (count == a.length) {
                int len = 2 * count;
                a = Arrays.copyOf(a, len);
                b = Arrays.copyOf(b, len);
                c = Arrays.copyOf(c, len);
                alive = Arrays.copyOf(alive, len);
                status = Arrays.copyOf(status, len);
                head = Arrays.copyOf(head, len);
            }
            a[count] = u;
            b[count] = v;
            c[count] = w;
            alive[count] = true;
            status[count] = 0;
            head[count] = -1;
            edges.put(key(u, v), count);
            edges.put(key(v, w), count);
            edges.put(key(w, u), count);
            count++;
            live++;
        }

        void remove(int k) {
            alive[k] = false;
            head[k] = -1;
            edges.remove(key(a[k], b[k]), k);
            edges.remove(key(b[k], c[k]), k);
            edges.remove(key(c[k], a[k]), k);
            live--;
        }

        void attach(int k, int q, int[] conflict, int[] nextInList) {
            conflict[q] = k;
            nextInList[q] = head[k];
            head[k] = q;
        }

        void compact() {
            int j = 0;
            edges.clear();
            for (int k = 0; k < count; k++) {
                if (alive[k]) {
                    a[j] = a[k];
                    b[j] = b[k];
                    c[j] = c[k];
                    alive[j] = true;
                    status[j] = 0;
                    head[j] = -1;
                    edges.put(key(a[j], b[j]), j);
                    edges.put(key(b[j], c[j]), j);
                    edges.put(key(c[j], a[j]), j);
                    j++;
                }
            }
            count = j;
            live = j;
        }
    }
}
