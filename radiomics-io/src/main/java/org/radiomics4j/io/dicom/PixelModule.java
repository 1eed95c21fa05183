package org.radiomics4j.io.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.internal.Samples;

/**
 * The Image Pixel module of one file (PS3.3 C.7.6.3) and the decoding of its frames to stored values: native
 * (uncompressed) pixel data, or encapsulated RLE Lossless and JPEG Lossless process 14. Stored values are
 * extracted from the {@code BitsStored} bits ending at {@code HighBit} and sign-extended when
 * {@code PixelRepresentation} is 1 (PS3.5 section 8.1.1). {@code BitsAllocated} 1 (bit-packed, used by binary
 * SEG) is supported for native data.
 */
final class PixelModule {
    final Path file;
    final int rows;
    final int cols;
    final int frames;
    final int bitsAllocated;
    final int bitsStored;
    final int highBit;
    final boolean signed;
    final String photometric;
    private final DicomFile dicom;

    PixelModule(DicomFile dicom) {
        this.dicom = dicom;
        DicomDataset d = dicom.dataset();
        this.file = dicom.file();
        int spp = d.intOr(Tags.SAMPLES_PER_PIXEL, 1, 1, 4);
        if (spp != 1) {
            throw new ImageFormatException(file, Tags.name(Tags.SAMPLES_PER_PIXEL), "value " + spp + ": only grey"
                    + " images (1 sample per pixel) are supported");
        }
        this.photometric = d.string(Tags.PHOTOMETRIC_INTERPRETATION).orElse("MONOCHROME2");
        if (!"MONOCHROME1".equals(photometric) && !"MONOCHROME2".equals(photometric)) {
            throw new ImageFormatException(file, Tags.name(Tags.PHOTOMETRIC_INTERPRETATION), "value " + photometric
                    + ": only MONOCHROME1 and MONOCHROME2 are supported");
        }
        this.rows = d.requireInt(Tags.ROWS, 1, 65535);
        this.cols = d.requireInt(Tags.COLUMNS, 1, 65535);
        this.frames = d.intOr(Tags.NUMBER_OF_FRAMES, 1, 1, Integer.MAX_VALUE);
        this.bitsAllocated = d.requireInt(Tags.BITS_ALLOCATED, 1, 32);
        if (bitsAllocated != 1 && bitsAllocated != 8 && bitsAllocated != 16 && bitsAllocated != 32) {
            throw new ImageFormatException(file, Tags.name(Tags.BITS_ALLOCATED), "value " + bitsAllocated
                    + ": must be 1, 8, 16 or 32");
        }
        this.bitsStored = d.intOr(Tags.BITS_STORED, bitsAllocated, 1, bitsAllocated);
        this.highBit = d.intOr(Tags.HIGH_BIT, bitsStored - 1, bitsStored - 1, bitsAllocated - 1);
        this.signed = d.intOr(Tags.PIXEL_REPRESENTATION, 0, 0, 1) == 1;
        long total = (long) rows * cols * frames;
        if (total > Samples.MAX_VOXELS) {
            throw new ImageFormatException(file, Tags.name(Tags.NUMBER_OF_FRAMES), "Rows x Columns x NumberOfFrames"
                    + " = " + rows + " x " + cols + " x " + frames + " exceeds " + Samples.MAX_VOXELS + " voxels");
        }
        DicomElement px = d.element(Tags.PIXEL_DATA);
        if (px == null) {
            throw d.missing(Tags.PIXEL_DATA);
        }
        TransferSyntax ts = dicom.transferSyntax();
        if (!ts.supported()) {
            throw new ImageFormatException(file, Tags.name(Tags.TRANSFER_SYNTAX_UID), "unsupported transfer syntax "
                    + ts.uid() + " (" + ts.displayName() + ")");
        }
        if (ts.encapsulated()) {
            if (px.fragments() == null) {
                throw new ImageFormatException(file, Tags.name(Tags.PIXEL_DATA), "transfer syntax "
                        + ts.displayName() + " requires encapsulated pixel data but the element has a defined length");
            }
            if (bitsAllocated == 1) {
                throw new ImageFormatException(file, Tags.name(Tags.BITS_ALLOCATED), "1-bit pixel data are only"
                        + " supported uncompressed");
            }
            // compressed frames cannot be larger than the file; the decoded size is checked against the heap
            Samples.requireHeap(file, Tags.name(Tags.PIXEL_DATA), (long) rows * cols * 4, (long) rows * cols,
                    org.radiomics4j.core.image.PixelType.INT32);
        } else {
            if (px.fragments() != null) {
                throw new ImageFormatException(file, Tags.name(Tags.PIXEL_DATA), "encapsulated pixel data in a"
                        + " native transfer syntax " + ts.displayName());
            }
            long need = (total * bitsAllocated + 7) / 8;
            if (px.length() < need) {
                throw new ImageFormatException(file, Tags.name(Tags.PIXEL_DATA), "has " + px.length() + " bytes but"
                        + " Rows x Columns x NumberOfFrames x BitsAllocated/8 = " + rows + " x " + cols + " x " + frames
                        + " x " + bitsAllocated + "/8 needs " + need);
            }
        }
    }

    /** Stored values of frame {@code f} (0-based), row by row. */
    int[] frame(int f) {
        DicomDataset d = dicom.dataset();
        DicomElement px = d.element(Tags.PIXEL_DATA);
        byte[] b = d.bytes();
        int n = rows * cols;
        TransferSyntax ts = dicom.transferSyntax();
        int[] raw;
        if (!ts.encapsulated()) {
            raw = new int[n];
            int off = px.offset();
            boolean le = !ts.bigEndian();
            switch (bitsAllocated) {
                case 1 -> {
                    long bit0 = (long) f * n;
                    for (int i = 0; i < n; i++) {
                        long bit = bit0 + i;
                        raw[i] = (b[off + (int) (bit >>> 3)] >> (int) (bit & 7)) & 1;
                    }
                    return raw;
                }
                case 8 -> {
                    int p = off + f * n;
                    for (int i = 0; i < n; i++) {
                        raw[i] = b[p + i] & 0xFF;
                    }
                }
                case 16 -> {
                    int p = off + 2 * f * n;
                    for (int i = 0; i < n; i++, p += 2) {
                        raw[i] = le ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 : (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
                    }
                }
                default -> {
                    long p0 = off + 4L * f * n;
                    int p = (int) p0;
                    for (int i = 0; i < n; i++, p += 4) {
                        raw[i] = le ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16
                                | (b[p + 3] & 0xFF) << 24
                                : (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
                    }
                }
            }
        } else {
            byte[] data;
            int[] fr = frameBytes(px, b, f);
            if (ts == TransferSyntax.RLE_LOSSLESS) {
                int bps = bitsAllocated / 8;
                byte[][] planes = RleDecoder.decode(file, f, frameSource(fr, b), fr[0], fr[1], n, bps);
                raw = new int[n];
                for (int i = 0; i < n; i++) {
                    int v = 0;
                    for (int s = 0; s < bps; s++) {
                        v = (v << 8) | (planes[s][i] & 0xFF);
                    }
                    raw[i] = v;
                }
            } else {
                data = frameSource(fr, b);
                raw = JpegLosslessDecoder.decode(file, f, data, fr[0], fr[1], rows, cols);
                // JPEG delivers the sample precision's bits directly
                if (signed) {
                    int sh = 32 - bitsStored;
                    for (int i = 0; i < n; i++) {
                        raw[i] = (raw[i] << sh) >> sh;
                    }
                }
                return raw;
            }
        }
        int shift = highBit - bitsStored + 1;
        int sh = 32 - bitsStored;
        for (int i = 0; i < n; i++) {
            int v = raw[i] >>> shift;
            raw[i] = signed ? (v << sh) >> sh : (bitsStored == 32 ? v : v & ((1 << bitsStored) - 1));
        }
        return raw;
    }

    private byte[] assembled;

    private byte[] frameSource(int[] fr, byte[] b) {
        return fr.length == 3 ? assembled : b;
    }

    /**
     * {@code [offset, length]} of frame {@code f}'s compressed bytes; when a frame spans several fragments they are
     * concatenated into {@link #assembled} and {@code [0, length, 1]} is returned.
     */
    private int[] frameBytes(DicomElement px, byte[] b, int f) {
        List<int[]> frags = px.fragments().subList(1, px.fragments().size());
        int[] bot = px.fragments().get(0);
        if (frags.isEmpty()) {
            throw new ImageFormatException(file, Tags.name(Tags.PIXEL_DATA), "encapsulated pixel data has no"
                    + " fragments");
        }
        List<int[]> mine = new ArrayList<>();
        if (frames == 1) {
            mine.addAll(frags);
        } else if (frags.size() == frames) {
            mine.add(frags.get(f));
        } else if (bot[1] == 4 * frames) {
            long start = u32(b, bot[0] + 4 * f);
            long stop = f + 1 < frames ? u32(b, bot[0] + 4 * f + 4) : Long.MAX_VALUE;
            long at = 0;
            for (int[] fr : frags) {
                if (at >= start && at < stop) {
                    mine.add(fr);
                }
                at += fr[1] + 8;
            }
        } else {
            // no usable offset table: a frame starts at each fragment that begins with a JPEG SOI marker
            int k = -1;
            for (int[] fr : frags) {
                if (fr[1] >= 2 && (b[fr[0]] & 0xFF) == 0xFF && (b[fr[0] + 1] & 0xFF) == 0xD8) {
                    k++;
                }
                if (k == f) {
                    mine.add(fr);
                }
            }
        }
        if (mine.isEmpty()) {
            throw new ImageFormatException(file, Tags.name(Tags.PIXEL_DATA), "no fragment found for frame " + f
                    + " of " + frames + " (" + frags.size() + " fragments, basic offset table of " + bot[1]
                    + " bytes)");
        }
        if (mine.size() == 1) {
            return mine.get(0);
        }
        long total = 0;
        for (int[] fr : mine) {
            total += fr[1];
        }
        assembled = new byte[(int) total];
        int p = 0;
        for (int[] fr : mine) {
            System.arraycopy(b, fr[0], assembled, p, fr[1]);
            p += fr[1];
        }
        return new int[] {0, (int) total, 1};
    }

    private static long u32(byte[] b, int p) {
        return ((b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (long) (b[p + 3] & 0xFF) << 24);
    }
}
