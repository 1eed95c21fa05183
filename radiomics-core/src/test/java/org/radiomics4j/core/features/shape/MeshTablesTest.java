package org.radiomics4j.core.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

/**
 * Consistency of the transcribed PyRadiomics tables with their own definitions (catches transcription slips): each
 * triangle uses only edges whose two corners differ, every such edge is used, and every row ends with -1.
 */
class MeshTablesTest {

    /** Corner pair of each cube edge, read off VERT_LIST: the two corners whose offsets the midpoint averages. */
    private static int[] corners(int edge) {
        double[] v = MeshTables.VERT_LIST[edge];
        int[] out = new int[2];
        int k = 0;
        for (int c = 0; c < 8; c++) {
            int[] g = MeshTables.GRID_ANGLES[c];
            boolean adjacent = true;
            for (int d = 0; d < 3; d++) {
                adjacent &= Math.abs(g[d] - v[d]) <= 0.5;
            }
            if (adjacent) {
                out[k++] = c;
            }
        }
        assertEquals(2, k, "edge " + edge);
        return out;
    }

    @Test
    void trianglesUseExactlyTheEdgesThatCrossTheSurface() {
        assertEquals(128, MeshTables.TRI_TABLE.length);
        for (int idx = 0; idx < 128; idx++) {
            int[] row = MeshTables.TRI_TABLE[idx];
            assertEquals(16, row.length, "row " + idx);
            BitSet crossing = new BitSet();
            for (int e = 0; e < 12; e++) {
                int[] c = corners(e);
                if (((idx >> c[0]) & 1) != ((idx >> c[1]) & 1)) {
                    crossing.set(e);
                }
            }
            BitSet used = new BitSet();
            int t = 0;
            while (row[t] >= 0) {
                used.set(row[t]);
                t++;
            }
            assertEquals(0, t % 3, "row " + idx + " length");
            for (int k = t; k < 16; k++) {
                assertEquals(-1, row[k], "row " + idx + " padding");
            }
            assertEquals(crossing, used, "row " + idx);
        }
    }

    @Test
    void lineTableUsesExactlyTheEdgesThatCrossTheContour() {
        int[][] edgeCorners = {{0, 1}, {1, 2}, {2, 3}, {3, 0}}; // edge k of VERT_LIST_2D lies between these corners
        for (int sq = 0; sq < 16; sq++) {
            BitSet crossing = new BitSet();
            for (int e = 0; e < 4; e++) {
                if (((sq >> edgeCorners[e][0]) & 1) != ((sq >> edgeCorners[e][1]) & 1)) {
                    crossing.set(e);
                }
            }
            BitSet used = new BitSet();
            int[] row = MeshTables.LINE_TABLE_2D[sq];
            for (int t = 0; row[t] >= 0; t++) {
                used.set(row[t]);
            }
            assertEquals(crossing, used, "square " + sq);
            assertTrue(row[4] == -1, "square " + sq);
        }
    }
}
