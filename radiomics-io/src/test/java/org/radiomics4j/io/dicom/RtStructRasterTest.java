package org.radiomics4j.io.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/**
 * Seeded property test of the RTSTRUCT rasterisation (seed in the test name): a rectangle with a rectangular hole
 * (drawn as two contours, the even-odd rule making the hole) and a separate island, corners at random non-integer
 * positions on a grid with random origin and spacing. The expected count is exact: a voxel centre {@code c} is
 * inside an interval {@code [a, b)} (the half-open rule the class documents), so each rectangle covers
 * {@code (ceil(b) - ceil(a))} centres per axis.
 */
class RtStructRasterTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    private static double[] rect(double x0, double y0, double x1, double y1, double z, boolean clockwise) {
        double[] p = {x0, y0, z, x1, y0, z, x1, y1, z, x0, y1, z};
        if (clockwise) {
            double[] q = new double[12];
            for (int i = 0; i < 4; i++) {
                System.arraycopy(p, 3 * (3 - i), q, 3 * i, 3);
            }
            return q;
        }
        return p;
    }

    private static int centres(double a, double b, int n) {
        int lo = (int) Math.max(0, Math.ceil(a));
        int hi = (int) Math.min(n, Math.ceil(b));
        return Math.max(0, hi - lo);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void holesAndIslandsByTheEvenOddRule(long seed, @TempDir Path dir) throws IOException {
        Random r = new Random(seed);
        double sx = 0.5 + r.nextDouble();
        double sy = 0.5 + r.nextDouble();
        double sz = 1 + 2 * r.nextDouble();
        double[] org = {-50 * r.nextDouble(), -50 * r.nextDouble(), -20 * r.nextDouble()};
        int nx = 40;
        int ny = 30;
        int nz = 4;
        Geometry g = Geometry.of(new int[] {nx, ny, nz}, new double[] {sx, sy, sz}, org, Geometry.identity());
        int k = 1 + r.nextInt(nz - 1);
        double z = org[2] + k * sz + (r.nextDouble() - 0.5) * 0.2 * sz; // near, not exactly on, the slice
        // in index units: outer [ax0, ax1) x [ay0, ay1), hole inside it, island elsewhere
        double ax0 = 1 + 5 * r.nextDouble();
        double ax1 = ax0 + 15 + 8 * r.nextDouble();
        double ay0 = 1 + 5 * r.nextDouble();
        double ay1 = ay0 + 12 + 6 * r.nextDouble();
        double hx0 = ax0 + 2 + 3 * r.nextDouble();
        double hx1 = hx0 + 2 + 5 * r.nextDouble();
        double hy0 = ay0 + 2 + 3 * r.nextDouble();
        double hy1 = hy0 + 2 + 4 * r.nextDouble();
        double ix0 = ax1 + 2 + 3 * r.nextDouble();
        double ix1 = ix0 + 1 + 8 * r.nextDouble();
        double iy0 = 2 * r.nextDouble();
        double iy1 = iy0 + 5 + 20 * r.nextDouble();
        List<double[]> contours = new ArrayList<>();
        contours.add(rect(org[0] + ax0 * sx, org[1] + ay0 * sy, org[0] + ax1 * sx, org[1] + ay1 * sy, z, false));
        contours.add(rect(org[0] + hx0 * sx, org[1] + hy0 * sy, org[0] + hx1 * sx, org[1] + hy1 * sy, z,
                r.nextBoolean()));
        contours.add(rect(org[0] + ix0 * sx, org[1] + iy0 * sy, org[0] + ix1 * sx, org[1] + iy1 * sy, z,
                r.nextBoolean()));
        int expected = centres(ax0, ax1, nx) * centres(ay0, ay1, ny) - centres(hx0, hx1, nx) * centres(hy0, hy1, ny)
                + centres(ix0, ix1, nx) * centres(iy0, iy1, ny);

        List<DicomTestWriter> seq = new ArrayList<>();
        for (double[] c : contours) {
            seq.add(new DicomTestWriter().str(Tags.CONTOUR_GEOMETRIC_TYPE, "CS", "CLOSED_PLANAR")
                    .str(Tags.NUMBER_OF_CONTOUR_POINTS, "IS", "4").str(Tags.CONTOUR_DATA, "DS", DicomTestWriter.ds(c)));
        }
        DicomTestWriter w = new DicomTestWriter().undefinedLengths(seed % 2 == 0)
                .str(Tags.SOP_CLASS_UID, "UI", RtStruct.SOP_CLASS_UID).str(Tags.MODALITY, "CS", "RTSTRUCT")
                .seq(Tags.STRUCTURE_SET_ROI_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                        .str(Tags.ROI_NUMBER, "IS", "7").str(Tags.ROI_NAME, "LO", "GTV")))
                .seq(Tags.ROI_CONTOUR_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                        .undefinedLengths(seed % 2 == 0).str(Tags.REFERENCED_ROI_NUMBER, "IS", "7")
                        .seq(Tags.CONTOUR_SEQUENCE, seq)));
        Path f = dir.resolve("rs.dcm");
        Files.write(f, w.toFile(seed % 3 == 0 ? TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN
                : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        Mask m = RtStruct.read(f).mask("GTV", g);
        assertEquals(expected, m.count(), "seed " + seed);
        int onSlice = 0;
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                onSlice += m.label(x, y, k);
            }
        }
        assertEquals(expected, onSlice, "seed " + seed + ": all on slice " + k);
    }
}
