package org.radiomics4j.io.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;

/**
 * A minimal DICOM Part 10 writer for tests (PS3.10 section 7, PS3.5 section 7): preamble, meta header, and a data
 * set in any native transfer syntax, with defined- or undefined-length sequences. Encapsulated pixel data can be
 * given as raw fragments. Not a general writer: values are written as given, without validation, so that tests
 * can also build broken files.
 */
final class DicomTestWriter {
    private record El(String vr, byte[] value, List<DicomTestWriter> items, List<byte[]> fragments) {
    }

    private final Map<Integer, El> elements = new TreeMap<>((a, b) -> Integer.compareUnsigned(a, b));
    private boolean undefinedLengths;

    DicomTestWriter undefinedLengths(boolean u) {
        this.undefinedLengths = u;
        return this;
    }

    DicomTestWriter str(int tag, String vr, String value) {
        byte[] b = value.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length % 2 == 1) {
            byte[] p = new byte[b.length + 1];
            System.arraycopy(b, 0, p, 0, b.length);
            p[b.length] = (byte) ("UI".equals(vr) ? 0 : ' ');
            b = p;
        }
        elements.put(tag, new El(vr, b, null, null));
        return this;
    }

    DicomTestWriter us(int tag, int v) {
        elements.put(tag, new El("US", new byte[] {(byte) v, (byte) (v >> 8)}, null, null)); // LE; swapped on write
        return this;
    }

    DicomTestWriter raw(int tag, String vr, byte[] value) {
        elements.put(tag, new El(vr, value, null, null));
        return this;
    }

    DicomTestWriter seq(int tag, List<DicomTestWriter> items) {
        elements.put(tag, new El("SQ", null, items, null));
        return this;
    }

    DicomTestWriter fragments(int tag, List<byte[]> frags) {
        elements.put(tag, new El("OB", null, null, frags));
        return this;
    }

    /** 16-bit pixel data, little endian as given (swapped for big endian syntaxes on write). */
    DicomTestWriter pixels16(int[] values) {
        byte[] b = new byte[2 * values.length];
        for (int i = 0; i < values.length; i++) {
            b[2 * i] = (byte) values[i];
            b[2 * i + 1] = (byte) (values[i] >> 8);
        }
        elements.put(Tags.PIXEL_DATA, new El("OW", b, null, null));
        return this;
    }

    /** The bytes of a Part 10 file in transfer syntax {@code ts}. */
    byte[] toFile(TransferSyntax ts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        DicomTestWriter meta = new DicomTestWriter();
        meta.raw(0x00020001, "OB", new byte[] {0, 1});
        meta.str(Tags.TRANSFER_SYNTAX_UID, "UI", ts.uid());
        byte[] metaBody = meta.encode(ByteOrder.LITTLE_ENDIAN, true);
        DicomTestWriter gl = new DicomTestWriter();
        gl.raw(0x00020000, "UL", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(metaBody.length)
                .array());
        out.writeBytes(gl.encode(ByteOrder.LITTLE_ENDIAN, true));
        out.writeBytes(metaBody);
        byte[] body = encode(ts.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, ts.explicitVr());
        if (ts == TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN) {
            Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            d.setInput(body);
            d.finish();
            byte[] buf = new byte[body.length + 1024];
            int n = d.deflate(buf);
            d.end();
            body = java.util.Arrays.copyOf(buf, n);
        }
        out.writeBytes(body);
        return out.toByteArray();
    }

    byte[] encode(ByteOrder order, boolean explicit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<Integer, El> e : elements.entrySet()) {
            int tag = e.getKey();
            El el = e.getValue();
            byte[] value;
            boolean undefined = false;
            if (el.items() != null) {
                ByteArrayOutputStream s = new ByteArrayOutputStream();
                for (DicomTestWriter it : el.items()) {
                    byte[] ib = it.encode(order, explicit);
                    if (undefinedLengths) {
                        s.writeBytes(header(order, Tags.ITEM, 0xFFFFFFFF));
                        s.writeBytes(ib);
                        s.writeBytes(header(order, Tags.ITEM_DELIMITATION, 0));
                    } else {
                        s.writeBytes(header(order, Tags.ITEM, ib.length));
                        s.writeBytes(ib);
                    }
                }
                if (undefinedLengths) {
                    s.writeBytes(header(order, Tags.SEQUENCE_DELIMITATION, 0));
                    undefined = true;
                }
                value = s.toByteArray();
            } else if (el.fragments() != null) {
                ByteArrayOutputStream s = new ByteArrayOutputStream();
                for (byte[] f : el.fragments()) {
                    s.writeBytes(header(order, Tags.ITEM, f.length));
                    s.writeBytes(f);
                }
                s.writeBytes(header(order, Tags.SEQUENCE_DELIMITATION, 0));
                value = s.toByteArray();
                undefined = true;
            } else {
                value = el.value();
                if (order == ByteOrder.BIG_ENDIAN) {
                    value = swap(el.vr(), value);
                }
            }
            ByteBuffer h = ByteBuffer.allocate(12).order(order);
            h.putShort((short) (tag >>> 16)).putShort((short) tag);
            int len = undefined ? 0xFFFFFFFF : value.length;
            if (explicit) {
                h.put(el.vr().getBytes(StandardCharsets.US_ASCII));
                if (isLong(el.vr())) {
                    h.putShort((short) 0).putInt(len);
                } else {
                    h.putShort((short) len);
                }
            } else {
                h.putInt(len);
            }
            out.write(h.array(), 0, h.position());
            out.writeBytes(value);
        }
        return out.toByteArray();
    }

    private static byte[] swap(String vr, byte[] v) {
        int w = switch (vr) {
            case "US", "SS", "OW" -> 2;
            case "UL", "SL", "FL", "OF" -> 4;
            case "FD", "OD" -> 8;
            default -> 1;
        };
        if (w == 1) {
            return v;
        }
        byte[] r = v.clone();
        for (int i = 0; i + w <= r.length; i += w) {
            for (int k = 0; k < w; k++) {
                r[i + k] = v[i + w - 1 - k];
            }
        }
        return r;
    }

    private static boolean isLong(String vr) {
        return switch (vr) {
            case "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV" -> true;
            default -> false;
        };
    }

    private static byte[] header(ByteOrder order, int tag, int len) {
        return ByteBuffer.allocate(8).order(order).putShort((short) (tag >>> 16)).putShort((short) tag).putInt(len)
                .array();
    }

    /** A CT slice of {@code rows x cols} 16-bit signed values with the given geometry and rescale. */
    static DicomTestWriter ctSlice(String seriesUid, int rows, int cols, double[] ipp, double[] iop, double ps,
            int[] stored, double slope, double intercept) {
        DicomTestWriter w = new DicomTestWriter()
                .str(Tags.SOP_CLASS_UID, "UI", "1.2.840.10008.5.1.4.1.1.2")
                .str(Tags.MODALITY, "CS", "CT")
                .str(Tags.SERIES_INSTANCE_UID, "UI", seriesUid)
                .str(Tags.IMAGE_POSITION_PATIENT, "DS", ds(ipp))
                .str(Tags.IMAGE_ORIENTATION_PATIENT, "DS", ds(iop))
                .str(Tags.PIXEL_SPACING, "DS", ds(new double[] {ps, ps}))
                .us(Tags.SAMPLES_PER_PIXEL, 1)
                .str(Tags.PHOTOMETRIC_INTERPRETATION, "CS", "MONOCHROME2")
                .us(Tags.ROWS, rows)
                .us(Tags.COLUMNS, cols)
                .us(Tags.BITS_ALLOCATED, 16)
                .us(Tags.BITS_STORED, 16)
                .us(Tags.HIGH_BIT, 15)
                .us(Tags.PIXEL_REPRESENTATION, 1)
                .str(Tags.RESCALE_SLOPE, "DS", fmt(slope))
                .str(Tags.RESCALE_INTERCEPT, "DS", fmt(intercept));
        return w.pixels16(stored);
    }

    static String ds(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double d : v) {
            sb.append(sb.length() == 0 ? "" : "\\").append(fmt(d));
        }
        return sb.toString();
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static List<DicomTestWriter> items(DicomTestWriter... w) {
        return new ArrayList<>(List.of(w));
    }
}
