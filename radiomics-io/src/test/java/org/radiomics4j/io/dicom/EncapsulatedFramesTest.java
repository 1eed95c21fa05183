package org.radiomics4j.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.image.Volume;

/**
 * Multi-frame encapsulated pixel data (PS3.5 A.4): three frames, each the JPEG Lossless stream dcmtk wrote for
 * MR_small (testdata/dicom/dcmtk/MR_small_jpeg_sv1.dcm), split over two fragments each, located with a basic
 * offset table, and again without one (frames found by their SOI markers). Every frame must decode to pydicom's
 * array of the dcmdjpeg-decoded file (testdata/dicom/expected/MR_small_jpeg_sv1.txt).
 */
class EncapsulatedFramesTest {
    @Test
    void framesSpanningFragmentsWithAndWithoutOffsetTable(@TempDir Path dir) throws IOException {
        Path src = DicomSamplesTest.dir().resolve("dcmtk").resolve("MR_small_jpeg_sv1.dcm");
        DicomFile f = DicomFile.read(src);
        DicomElement px = f.dataset().element(Tags.PIXEL_DATA);
        int[] frag = px.fragments().get(1);
        byte[] stream = Arrays.copyOfRange(f.dataset().bytes(), frag[0], frag[0] + frag[1]);
        int half = (stream.length / 2) & ~1;
        byte[] a = Arrays.copyOf(stream, half);
        byte[] b = Arrays.copyOfRange(stream, half, stream.length);
        int[] expected = Arrays.stream(Files.readAllLines(DicomSamplesTest.dir().resolve("expected")
                .resolve("MR_small_jpeg_sv1.txt")).stream().filter(l -> l.startsWith("pixels ")).findFirst()
                .orElseThrow().substring(7).split(" ")).mapToInt(Integer::parseInt).toArray();
        for (boolean withBot : new boolean[] {true, false}) {
            List<byte[]> frags = new ArrayList<>();
            ByteBuffer bot = ByteBuffer.allocate(withBot ? 12 : 0).order(ByteOrder.LITTLE_ENDIAN);
            List<DicomTestWriter> perFrame = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                if (withBot) {
                    bot.putInt(k * (a.length + b.length + 16));
                }
                perFrame.add(new DicomTestWriter().seq(Tags.PLANE_POSITION_SEQUENCE, DicomTestWriter.items(
                        new DicomTestWriter().str(Tags.IMAGE_POSITION_PATIENT, "DS", "0\\0\\" + (2 * k)))));
            }
            frags.add(bot.array());
            for (int k = 0; k < 3; k++) {
                frags.add(a);
                frags.add(b);
            }
            DicomTestWriter w = new DicomTestWriter()
                    .str(Tags.SOP_CLASS_UID, "UI", "1.2.840.10008.5.1.4.1.1.4.1").str(Tags.MODALITY, "CS", "MR")
                    .us(Tags.SAMPLES_PER_PIXEL, 1).str(Tags.PHOTOMETRIC_INTERPRETATION, "CS", "MONOCHROME2")
                    .str(Tags.NUMBER_OF_FRAMES, "IS", "3").us(Tags.ROWS, 64).us(Tags.COLUMNS, 64)
                    .us(Tags.BITS_ALLOCATED, 16).us(Tags.BITS_STORED, 16).us(Tags.HIGH_BIT, 15)
                    .us(Tags.PIXEL_REPRESENTATION, f.dataset().intOr(Tags.PIXEL_REPRESENTATION, 0, 0, 1))
                    .seq(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                            .seq(Tags.PLANE_ORIENTATION_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                                    .str(Tags.IMAGE_ORIENTATION_PATIENT, "DS", "1\\0\\0\\0\\1\\0")))
                            .seq(Tags.PIXEL_MEASURES_SEQUENCE, DicomTestWriter.items(new DicomTestWriter()
                                    .str(Tags.PIXEL_SPACING, "DS", "1\\1")))))
                    .seq(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE, perFrame)
                    .fragments(Tags.PIXEL_DATA, frags);
            Path out = dir.resolve("mf" + withBot + ".dcm");
            Files.write(out, w.toFile(TransferSyntax.JPEG_LOSSLESS_SV1));
            Volume v = DicomReaders.readFile(out);
            assertEquals(3, v.geometry().nz());
            for (int k = 0; k < 3; k++) {
                double[] slice = Arrays.copyOfRange(v.toDoubleArray(), k * 4096, (k + 1) * 4096);
                assertArrayEquals(Arrays.stream(expected).asDoubleStream().toArray(), slice, 0, "frame " + k);
            }
        }
    }
}
