package org.radiomics4j.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.TestData;

/**
 * Real DICOM files (testdata/dicom: pydicom 2.3.1's sample files and dcmtk 3.6.7 re-encodings of them, see
 * testdata/dicom/PROVENANCE.md) against pydicom's reading of each (testdata/dicom/expected/*.txt, made by
 * make_expected.py; JPEG Lossless files decoded by dcmtk's dcmdjpeg first). Stored values are integers and must
 * match exactly; geometry is compared with the DS strings' values exactly (both parse the same decimal text).
 */
class DicomSamplesTest {
    static Path dir() {
        return TestData.root().resolve("dicom");
    }

    static Stream<String> expectedFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir().resolve("expected"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static Map<String, String> parse(Path p) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(p)) {
            if (line.startsWith("#")) {
                continue;
            }
            int sp = line.indexOf(' ');
            m.put(line.substring(0, sp), line.substring(sp + 1));
        }
        return m;
    }

    private static double[] nums(String s) {
        String[] t = s.trim().split(" ");
        double[] d = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            d[i] = Double.parseDouble(t[i]);
        }
        return d;
    }

    private static Path source(String expectedName) {
        String base = expectedName.substring(0, expectedName.length() - 4) + ".dcm";
        Path p = dir().resolve("pydicom").resolve(base);
        return Files.exists(p) ? p : dir().resolve("dcmtk").resolve(base);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void storedValuesAndGeometryMatchPydicom(String name) throws IOException {
        Map<String, String> exp = parse(dir().resolve("expected").resolve(name));
        Path file = source(name);
        DicomFile f = DicomFile.read(file);
        assertEquals(exp.get("transferSyntax"), f.transferSyntax().uid());
        PixelModule pm = new PixelModule(f);
        assertEquals(Integer.parseInt(exp.get("rows")), pm.rows);
        assertEquals(Integer.parseInt(exp.get("columns")), pm.cols);
        double[] pixels = nums(exp.get("pixels"));
        int[] ours = pm.frame(0);
        assertEquals(pixels.length, ours.length);
        for (int i = 0; i < ours.length; i++) {
            if (pixels[i] != ours[i]) {
                throw new AssertionError(name + ": pixel " + i + " expected " + pixels[i] + " but was " + ours[i]);
            }
        }
        if (exp.containsKey("ImagePositionPatient")) {
            Volume v = DicomReaders.readFile(file);
            Geometry g = v.geometry();
            assertArrayEquals(nums(exp.get("ImagePositionPatient")), g.origin(), 0);
            double[] ps = nums(exp.get("PixelSpacing"));
            assertEquals(ps[1], g.spacing(0), 0);
            assertEquals(ps[0], g.spacing(1), 0);
            double[] iop = nums(exp.get("ImageOrientationPatient"));
            assertEquals(iop[0], g.direction(0, 0), 1e-12);
            assertEquals(iop[4], g.direction(1, 1), 1e-12);
            double slope = Double.parseDouble(exp.get("RescaleSlope"));
            double intercept = Double.parseDouble(exp.get("RescaleIntercept"));
            for (int i = 0; i < ours.length; i++) {
                assertEquals(pixels[i] * slope + intercept, v.get(i), 0, "voxel " + i);
            }
        }
    }

    @Test
    void everyTransferSyntaxIsCovered() throws IOException {
        List<String> uids = expectedFiles().map(n -> {
            try {
                return parse(dir().resolve("expected").resolve(n)).get("transferSyntax");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().sorted().toList();
        assertEquals(List.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.1.99",
                "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.5"),
                uids);
    }

    @Test
    void jpeg2000IsRefusedNamingTheSyntaxAndTheFile() {
        Path file = dir().resolve("pydicom").resolve("MR_small_jp2klossless.dcm");
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomReaders.readFile(file));
        assertTrue(e.getMessage().contains("unsupported transfer syntax 1.2.840.10008.1.2.4.90 (JPEG 2000 Image"
                + " Compression (Lossless Only))"), e.getMessage());
        assertTrue(e.getMessage().contains("MR_small_jp2klossless.dcm"), e.getMessage());
    }

    /**
     * pydicom's rtstruct.dcm (no preamble, implicit VR): names and contours as pydicom 2.3.1 reads them
     * ({@code dcmread(..., force=True).StructureSetROISequence / ROIContourSequence}).
     */
    @Test
    void pydicomRtstructNamesAndContours() {
        RtStruct rs = RtStruct.read(dir().resolve("pydicom").resolve("rtstruct.dcm"));
        assertEquals(List.of("patient", "Isocenter 1", "Isocenter 2"), rs.roiNames());
        List<RtStruct.Contour> c = rs.contours("patient");
        assertEquals(3, c.size());
        assertEquals(5, c.get(0).size());
        assertArrayEquals(new double[] {-200, 150, -200, -200, -150, -200, 200, -150, -200, 200, 150, -200, -200, 150,
            -200}, c.get(0).points(), 0);
        assertEquals("POINT", rs.contours("Isocenter 1").get(0).type());
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> rs.contours("GTV"));
        assertTrue(e.getMessage().contains("[patient, Isocenter 1, Isocenter 2]"), e.getMessage());
        // the 400 x 300 mm rectangle at z = -200 on a 10 mm grid: centres x in -200..190 with x0 <= x < x1
        Geometry g = Geometry.of(new int[] {50, 40, 3}, new double[] {10, 10, 10}, new double[] {-245, -195, -200},
                Geometry.identity());
        Mask m = rs.mask("patient", g);
        // slice 0 (z=-200): x centres -245..245 inside [-200, 200): -195..195 -> 40; y centres -195..195 inside
        // [-150, 150): -145..145 -> 30
        int slice0 = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 50; x++) {
                slice0 += m.label(x, y, 0);
            }
        }
        assertEquals(40 * 30, slice0);
        assertThrows(ImageFormatException.class, () -> rs.mask("Isocenter 1", g));
    }

    /** 15-frame, 32-bit RT dose in three syntaxes (RLE with 4 segments per frame) against pydicom, every frame. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"rtdose", "rtdose_rle", "rtdose_expb"})
    void multiFrameRtDose(String name) throws IOException {
        Map<String, String> exp = parse(dir().resolve("expected").resolve("multiframe").resolve(name + ".txt"));
        DicomFile f = DicomFile.read(dir().resolve("pydicom").resolve(name + ".dcm"));
        assertEquals(exp.get("transferSyntax"), f.transferSyntax().uid());
        PixelModule pm = new PixelModule(f);
        int frames = Integer.parseInt(exp.get("frames"));
        assertEquals(frames, pm.frames);
        for (int k = 0; k < frames; k++) {
            double[] e = nums(exp.get("frame" + k));
            int[] ours = pm.frame(k);
            assertArrayEquals(e, java.util.Arrays.stream(ours).asDoubleStream().toArray(), 0, "frame " + k);
        }
    }

    /**
     * pydicom's ExplVR_LitEndNoMeta.dcm: no preamble and no meta header, explicit VR little endian; values as pydicom
     * 2.3.1 reads them ({@code dcmread(..., force=True)}: Modality RTPLAN, SeriesInstanceUID 1.2.333.4444.5.6.7.8.99).
     */
    @Test
    void explicitVrWithoutMetaHeader() {
        DicomFile f = DicomFile.read(dir().resolve("pydicom").resolve("ExplVR_LitEndNoMeta.dcm"));
        assertEquals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, f.transferSyntax());
        assertEquals("RTPLAN", f.dataset().requireString(Tags.MODALITY));
        assertEquals("1.2.333.4444.5.6.7.8.99", f.dataset().requireString(Tags.SERIES_INSTANCE_UID));
    }
}
