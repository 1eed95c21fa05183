package org.radiomics4j.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;

/**
 * Series assembly, enhanced multi-frame images and DICOM SEG on small files written by {@link DicomTestWriter}. The
 * expected volumes follow from the definitions the files are built with (PS3.3 C.7.6.2.1.1: voxel (i, j) of a plane
 * is at IPP + i·ColumnSpacing·rowCosines + j·RowSpacing·columnCosines; PS3.3 C.11.1.1: value = stored·slope +
 * intercept).
 */
class DicomSeriesTest {
    static final double[] AXIAL = {1, 0, 0, 0, 1, 0};

    static int stored(int x, int y, int z) {
        return 100 * z + 10 * y + x - 50;
    }

    static int[] slice(int nx, int ny, int z) {
        int[] v = new int[nx * ny];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                v[y * nx + x] = stored(x, y, z);
            }
        }
        return v;
    }

    /** Writes nz axial slices of a 4x3 image at z = z0 + k·dz, in reverse file-name order. */
    static void writeSeries(Path dir, String uid, int nz, double z0, double dz, TransferSyntax ts) throws IOException {
        for (int k = 0; k < nz; k++) {
            byte[] b = DicomTestWriter.ctSlice(uid, 3, 4, new double[] {-10, 20.5, z0 + k * dz}, AXIAL, 0.5,
                    slice(4, 3, k), 2, -1024).toFile(ts);
            Files.write(dir.resolve(uid + "_" + (nz - k) + ".dcm"), b);
        }
    }

    @Test
    void slicesAreSortedAlongTheNormalAndRescaled(@TempDir Path dir) throws IOException {
        writeSeries(dir, "1.2.3", 5, -7.5, 2.5, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
        Files.writeString(dir.resolve("notes.txt"), "not DICOM");
        Volume v = DicomReaders.readVolume(dir);
        Geometry g = v.geometry();
        assertArrayEquals(new int[] {4, 3, 5}, g.size());
        assertArrayEquals(new double[] {0.5, 0.5, 2.5}, g.spacing(), 1e-12);
        assertArrayEquals(new double[] {-10, 20.5, -7.5}, g.origin(), 1e-12);
        assertArrayEquals(Geometry.identity(), g.direction(), 0);
        // slope 2 maps the signed 16-bit stored range [-32768, 32767] beyond INT16: INT32
        assertEquals(PixelType.INT32, v.pixelType());
        for (int z = 0; z < 5; z++) {
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 4; x++) {
                    assertEquals(2.0 * stored(x, y, z) - 1024, v.get(x, y, z), 0);
                }
            }
        }
        // a file of the series selects the series
        assertEquals(v.geometry(), DicomReaders.readVolume(dir.resolve("1.2.3_1.dcm")).geometry());
    }

    @Test
    void descendingPositionsGiveTheSameVolumeInAscendingOrder(@TempDir Path dir) throws IOException {
        writeSeries(dir, "9.9", 4, 10, -3, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        Volume v = DicomReaders.readVolume(dir);
        assertEquals(1, v.geometry().origin()[2], 1e-12); // 10 - 3·3
        // slice k = 0 of the volume is the file written with k = 3 (position 1)
        assertEquals(2.0 * stored(0, 0, 3) - 1024, v.get(0, 0, 0), 0);
    }

    @Test
    void aMissingSliceIsNamed(@TempDir Path dir) throws IOException {
        writeSeries(dir, "1.2.3", 6, 0, 2, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        Files.delete(dir.resolve("1.2.3_3.dcm")); // k = 3, z = 6
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomReaders.readVolume(dir));
        assertTrue(e.getMessage().contains("missing slice(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("gap of 4.000 mm"), e.getMessage());
        assertTrue(e.getMessage().contains("1.2.3_4.dcm") && e.getMessage().contains("1.2.3_2.dcm"), e.getMessage());
    }

    @Test
    void gantryTiltIsRefused(@TempDir Path dir) throws IOException {
        for (int k = 0; k < 3; k++) {
            byte[] b = DicomTestWriter.ctSlice("7", 3, 4, new double[] {0, 0.5 * k, 2.0 * k}, AXIAL, 0.5,
                    slice(4, 3, k), 1, 0).toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            Files.write(dir.resolve("s" + k + ".dcm"), b);
        }
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomReaders.readVolume(dir));
        assertTrue(e.getMessage().contains("gantry tilt"), e.getMessage());
    }

    @Test
    void severalSeriesMustBeChosen(@TempDir Path dir) throws IOException {
        writeSeries(dir, "1.1", 2, 0, 1, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        writeSeries(dir, "2.2", 3, 0, 1, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomReaders.readVolume(dir));
        assertTrue(e.getMessage().contains("1.1 (CT, 2 files)") && e.getMessage().contains("2.2 (CT, 3 files)"),
                e.getMessage());
        assertEquals(3, DicomReaders.readVolume(dir, "2.2").geometry().nz());
        ImageFormatException e2 = assertThrows(ImageFormatException.class, () -> DicomReaders.readVolume(dir, "3"));
        assertTrue(e2.getMessage().contains("no image series with UID '3'"), e2.getMessage());
    }

    @Test
    void nonIntegerRescaleGivesFloat64(@TempDir Path dir) throws IOException {
        byte[] b = DicomTestWriter.ctSlice("5", 3, 4, new double[] {0, 0, 0}, AXIAL, 1, slice(4, 3, 0), 0.5, 1.25)
                .toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        Files.write(dir.resolve("a.dcm"), b);
        Volume v = DicomReaders.readVolume(dir);
        assertEquals(PixelType.FLOAT64, v.pixelType());
        assertEquals(0.5 * stored(3, 2, 0) + 1.25, v.get(3, 2, 0), 0);
    }

    /** An enhanced CT: 3 frames in one file, positions in per-frame groups, orientation/spacing/rescale shared. */
    static DicomTestWriter enhanced(int[] frameOrder, boolean undefinedLengths) {
        int nx = 4;
        int ny = 3;
        List<DicomTestWriter> perFrame = new ArrayList<>();
        int[] px = new int[nx * ny * frameOrder.length];
        for (int f = 0; f < frameOrder.length; f++) {
            int z = frameOrder[f];
            perFrame.add(new DicomTestWriter().undefinedLengths(undefinedLengths).seq(Tags.PLANE_POSITION_SEQUENCE,
                    DicomTestWriter.items(new DicomTestWriter().str(Tags.IMAGE_POSITION_PATIENT, "DS",
                            DicomTestWriter.ds(new double[] {5, 6, 1.5 * z})))));
            System.arraycopy(slice(nx, ny, z), 0, px, f * nx * ny, nx * ny);
        }
        DicomTestWriter shared = new DicomTestWriter().undefinedLengths(undefinedLengths)
                .seq(Tags.PLANE_ORIENTATION_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                        .str(Tags.IMAGE_ORIENTATION_PATIENT, "DS", DicomTestWriter.ds(AXIAL))))
                .seq(Tags.PIXEL_MEASURES_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                        .str(Tags.PIXEL_SPACING, "DS", "0.8\\0.7").str(Tags.SLICE_THICKNESS, "DS", "1.5")))
                .seq(Tags.PIXEL_VALUE_TRANSFORMATION_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                        .str(Tags.RESCALE_INTERCEPT, "DS", "-1000").str(Tags.RESCALE_SLOPE, "DS", "1")));
        return new DicomTestWriter().undefinedLengths(undefinedLengths)
                .str(Tags.SOP_CLASS_UID, "UI", "1.2.840.10008.5.1.4.1.1.2.1")
                .str(Tags.MODALITY, "CS", "CT")
                .str(Tags.SERIES_INSTANCE_UID, "UI", "4.4")
                .us(Tags.SAMPLES_PER_PIXEL, 1)
                .str(Tags.PHOTOMETRIC_INTERPRETATION, "CS", "MONOCHROME2")
                .str(Tags.NUMBER_OF_FRAMES, "IS", Integer.toString(frameOrder.length))
                .us(Tags.ROWS, ny).us(Tags.COLUMNS, nx)
                .us(Tags.BITS_ALLOCATED, 16).us(Tags.BITS_STORED, 12).us(Tags.HIGH_BIT, 11)
                .us(Tags.PIXEL_REPRESENTATION, 1)
                .seq(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE, DicomTestWriter.items(shared))
                .seq(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE, perFrame)
                .pixels16(px);
    }

    @Test
    void enhancedMultiFrameCt(@TempDir Path dir) throws IOException {
        for (boolean undef : new boolean[] {false, true}) {
            Path f = dir.resolve("enh" + undef + ".dcm");
            Files.write(f, enhanced(new int[] {2, 0, 1}, undef).toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
            Volume v = DicomReaders.readFile(f);
            assertArrayEquals(new int[] {4, 3, 3}, v.geometry().size());
            assertArrayEquals(new double[] {0.7, 0.8, 1.5}, v.geometry().spacing(), 1e-12);
            assertArrayEquals(new double[] {5, 6, 0}, v.geometry().origin(), 1e-12);
            for (int z = 0; z < 3; z++) {
                // 12-bit signed stored values: stored(x, y, z) fits in [-2048, 2047]
                assertEquals(stored(3, 1, z) - 1000.0, v.get(3, 1, z), 0);
            }
        }
    }

    /** A SEG with two segments on the 4x3x3 grid of {@link #enhanced}; BINARY bit-packed or FRACTIONAL 8-bit. */
    static byte[] seg(boolean fractional) {
        int nx = 4;
        int ny = 3;
        // frames: segment 1 at z = 0 and z = 2, segment 2 at z = 1
        int[][] frames = {{1, 0}, {2, 1}, {1, 2}};
        List<DicomTestWriter> perFrame = new ArrayList<>();
        int[] values = new int[nx * ny * frames.length];
        for (int f = 0; f < frames.length; f++) {
            perFrame.add(new DicomTestWriter()
                    .seq(Tags.PLANE_POSITION_SEQUENCE, DicomTestWriter.items(new DicomTestWriter().str(
                            Tags.IMAGE_POSITION_PATIENT, "DS", DicomTestWriter.ds(new double[] {5, 6,
                                1.5 * frames[f][1]}))))
                    .seq(Tags.SEGMENT_IDENTIFICATION_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                            .us(Tags.REFERENCED_SEGMENT_NUMBER, frames[f][0]))));
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    // pixel (x, y) of frame f: inside where x >= y; fractional values 0, 100, 127, 200, 255
                    int v = x >= y ? 1 : 0;
                    values[f * nx * ny + y * nx + x] = fractional ? (v == 1 ? (x == y ? 127 : 255) : 100) : v;
                }
            }
        }
        byte[] px;
        if (fractional) {
            px = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                px[i] = (byte) values[i];
            }
        } else {
            px = new byte[(values.length + 7) / 8 + 1 & ~1];
            for (int i = 0; i < values.length; i++) {
                px[i >> 3] |= (byte) (values[i] << (i & 7));
            }
        }
        DicomTestWriter shared = new DicomTestWriter()
                .seq(Tags.PLANE_ORIENTATION_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                        .str(Tags.IMAGE_ORIENTATION_PATIENT, "DS", DicomTestWriter.ds(AXIAL))))
                .seq(Tags.PIXEL_MEASURES_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                        .str(Tags.PIXEL_SPACING, "DS", "0.8\\0.7").str(Tags.SLICE_THICKNESS, "DS", "1.5")));
        DicomTestWriter w = new DicomTestWriter()
                .str(Tags.SOP_CLASS_UID, "UI", DicomSeg.SOP_CLASS_UID)
                .str(Tags.MODALITY, "CS", "SEG")
                .str(Tags.SERIES_INSTANCE_UID, "UI", "8.8")
                .us(Tags.SAMPLES_PER_PIXEL, 1)
                .str(Tags.PHOTOMETRIC_INTERPRETATION, "CS", "MONOCHROME2")
                .str(Tags.NUMBER_OF_FRAMES, "IS", "3")
                .us(Tags.ROWS, ny).us(Tags.COLUMNS, nx)
                .us(Tags.BITS_ALLOCATED, fractional ? 8 : 1).us(Tags.BITS_STORED, fractional ? 8 : 1)
                .us(Tags.HIGH_BIT, fractional ? 7 : 0).us(Tags.PIXEL_REPRESENTATION, 0)
                .str(Tags.SEGMENTATION_TYPE, "CS", fractional ? "FRACTIONAL" : "BINARY")
                .seq(Tags.SEGMENT_SEQUENCE, DicomTestWriter.items(
                        new DicomTestWriter().us(Tags.SEGMENT_NUMBER, 1).str(Tags.SEGMENT_LABEL, "LO", "Liver"),
                        new DicomTestWriter().us(Tags.SEGMENT_NUMBER, 2).str(Tags.SEGMENT_LABEL, "LO", "Tumour")))
                .seq(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE, DicomTestWriter.items(shared))
                .seq(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE, perFrame)
                .raw(Tags.PIXEL_DATA, fractional ? "OB" : "OB", px);
        if (fractional) {
            w.us(Tags.MAXIMUM_FRACTIONAL_VALUE, 255);
        }
        return w.toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    @Test
    void segBinaryAndFractionalOntoTheImageGrid(@TempDir Path dir) throws IOException {
        Path img = dir.resolve("img.dcm");
        Files.write(img, enhanced(new int[] {0, 1, 2}, false).toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        Geometry grid = DicomReaders.readFile(img).geometry();
        for (boolean fractional : new boolean[] {false, true}) {
            Path s = dir.resolve("seg" + fractional + ".dcm");
            Files.write(s, seg(fractional));
            DicomSeg seg = DicomSeg.read(s);
            assertEquals(List.of("Liver", "Tumour"), seg.segmentLabels());
            Mask liver = seg.mask("Liver", grid);
            Mask tumour = seg.mask("Tumour", grid);
            // x >= y on 4x3: 4 + 3 + 2 = 9 per frame; at threshold 0.5 the fractional 127/255 (x == y) is out
            int perFrame = fractional ? 6 : 9;
            assertEquals(2 * perFrame, liver.count());
            assertEquals(perFrame, tumour.count());
            assertEquals(1, liver.label(3, 0, 2));
            assertEquals(0, liver.label(3, 0, 1));
            assertEquals(1, tumour.label(3, 0, 1));
            assertEquals(liver.geometry(), seg.mask("Liver").geometry());
            ImageFormatException e = assertThrows(ImageFormatException.class, () -> seg.mask("Spleen", grid));
            assertTrue(e.getMessage().contains("[Liver, Tumour]"), e.getMessage());
        }
        Files.write(dir.resolve("f.dcm"), seg(true));
        assertEquals(2 * 9, DicomSeg.read(dir.resolve("f.dcm")).mask("Liver", grid, 0.49).count());
        assertEquals(0, DicomSeg.read(dir.resolve("f.dcm")).mask("Liver", grid, 1.0).count() - 2 * 6);
    }

    @Test
    void colourAndUnknownPhotometricAreRefusedByName(@TempDir Path dir) throws IOException {
        DicomTestWriter w = DicomTestWriter.ctSlice("1", 3, 4, new double[] {0, 0, 0}, AXIAL, 1, slice(4, 3, 0), 1, 0);
        Path f = dir.resolve("rgb.dcm");
        Files.write(f, w.us(Tags.SAMPLES_PER_PIXEL, 3).toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomReaders.readFile(f));
        assertEquals("(0028,0002) SamplesPerPixel", e.field());
        Files.write(f, w.us(Tags.SAMPLES_PER_PIXEL, 1).str(Tags.PHOTOMETRIC_INTERPRETATION, "CS", "PALETTE COLOR")
                .toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        e = assertThrows(ImageFormatException.class, () -> DicomReaders.readFile(f));
        assertTrue(e.getMessage().contains("PALETTE COLOR"), e.getMessage());
        // MONOCHROME1 keeps its values (the photometric interpretation is a display matter)
        Files.write(f, w.str(Tags.PHOTOMETRIC_INTERPRETATION, "CS", "MONOCHROME1")
                .toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        assertEquals(stored(2, 1, 0), DicomReaders.readFile(f).get(2, 1, 0), 0);
    }
}
