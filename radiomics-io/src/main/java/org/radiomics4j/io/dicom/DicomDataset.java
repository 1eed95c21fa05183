package org.radiomics4j.io.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radiomics4j.io.ImageFormatException;

/**
 * A parsed DICOM data set (or sequence item): data elements by tag, read-only, backed by the file's bytes.
 * Accessors throw {@link ImageFormatException} naming the file and the element when a value is missing or
 * malformed. Values of string VRs are decoded with the data set's Specific Character Set when it is
 * {@code ISO_IR 192} (UTF-8), as ISO-8859-1 otherwise, with leading and trailing spaces and NULs removed.
 */
public final class DicomDataset {
    private final Path file;
    private final byte[] bytes;
    private final ByteOrder order;
    private final Map<Integer, DicomElement> elements;
    private final Charset charset;

    DicomDataset(Path file, byte[] bytes, ByteOrder order, Map<Integer, DicomElement> elements, Charset charset) {
        this.file = file;
        this.bytes = bytes;
        this.order = order;
        this.elements = Collections.unmodifiableMap(elements);
        this.charset = charset;
    }

    /** The file this data set was read from. */
    public Path file() {
        return file;
    }

    /** Whether the element is present (possibly empty). */
    public boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    DicomElement element(int tag) {
        return elements.get(tag);
    }

    byte[] bytes() {
        return bytes;
    }

    ByteOrder order() {
        return order;
    }

    /** A string value (all values joined by backslashes), empty if absent or empty. */
    public Optional<String> string(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null || e.length() <= 0) {
            return Optional.empty();
        }
        String s = new String(bytes, e.offset(), e.length(), isText(e.vr()) && !"UI".equals(e.vr()) ? charset
                : StandardCharsets.ISO_8859_1);
        s = strip(s);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A required string value. */
    public String requireString(int tag) {
        return string(tag).orElseThrow(() -> missing(tag));
    }

    private static boolean isText(String vr) {
        return switch (vr) {
            case "AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UI", "UR", "UT"
                    -> true;
            default -> false;
        };
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == 0)) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == 0)) {
            b--;
        }
        return s.substring(a, b);
    }

    /**
     * The numeric values of an element: binary VRs (US, SS, UL, SL, FL, FD) decoded in the file's byte order,
     * DS and IS parsed from their backslash-separated text. Empty array if absent.
     *
     * @throws ImageFormatException if a DS/IS value is not a finite number
     */
    public double[] numbers(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null || e.length() <= 0) {
            return new double[0];
        }
        ByteBuffer bb = ByteBuffer.wrap(bytes, e.offset(), e.length()).slice().order(order);
        int n = e.length();
        return switch (e.vr()) {
            case "US" -> {
                double[] r = new double[n / 2];
                for (int i = 0; i < r.length; i++) {
                    r[i] = bb.getShort(2 * i) & 0xFFFF;
                }
                yield r;
            }
            case "SS" -> {
                double[] r = new double[n / 2];
                for (int i = 0; i < r.length; i++) {
                    r[i] = bb.getShort(2 * i);
                }
                yield r;
            }
            case "UL" -> {
                double[] r = new double[n / 4];
                for (int i = 0; i < r.length; i++) {
                    r[i] = bb.getInt(4 * i) & 0xFFFFFFFFL;
                }
                yield r;
            }
            case "SL" -> {
                double[] r = new double[n / 4];
                for (int i = 0; i < r.length; i++) {
                    r[i] = bb.getInt(4 * i);
                }
                yield r;
            }
            case "FL" -> {
                double[] r = new double[n / 4];
                for (int i = 0; i < r.length; i++) {
                    r[i] = bb.getFloat(4 * i);
                }
                yield r;
            }
            case "FD" -> {
                double[] r = new double[n / 8];
                for (int i = 0; i < r.length; i++) {
                    r[i] = bb.getDouble(8 * i);
                }
                yield r;
            }
            default -> parseDecimals(tag, e);
        };
    }

    private double[] parseDecimals(int tag, DicomElement e) {
        // DS/IS text; count backslashes first so that a long value is parsed without intermediate strings
        int end = e.offset() + e.length();
        int count = 1;
        for (int i = e.offset(); i < end; i++) {
            if (bytes[i] == '\\') {
                count++;
            }
        }
        double[] r = new double[count];
        int k = 0;
        int start = e.offset();
        for (int i = e.offset(); i <= end; i++) {
            if (i == end || bytes[i] == '\\') {
                String tok = strip(new String(bytes, start, i - start, StandardCharsets.ISO_8859_1));
                if (tok.isEmpty()) {
                    if (count == 1) {
                        return new double[0];
                    }
                    throw new ImageFormatException(file, Tags.name(tag), "value " + (k + 1) + " of " + count
                            + " is empty");
                }
                double d;
                try {
                    d = Double.parseDouble(tok);
                } catch (NumberFormatException ex) {
                    throw new ImageFormatException(file, Tags.name(tag), "value '" + tok + "' is not a number (VR "
                            + e.vr() + ")", ex);
                }
                if (!Double.isFinite(d)) {
                    throw new ImageFormatException(file, Tags.name(tag), "value '" + tok + "' is not finite");
                }
                r[k++] = d;
                start = i + 1;
            }
        }
        return r;
    }

    /** The first numeric value, if present. */
    public Optional<Double> number(int tag) {
        double[] v = numbers(tag);
        return v.length == 0 ? Optional.empty() : Optional.of(v[0]);
    }

    /**
     * Exactly {@code n} numeric values.
     *
     * @throws ImageFormatException if absent or with another count
     */
    public double[] requireNumbers(int tag, int n) {
        double[] v = numbers(tag);
        if (v.length == 0) {
            throw missing(tag);
        }
        if (v.length != n) {
            throw new ImageFormatException(file, Tags.name(tag), "expected " + n + " values but found " + v.length);
        }
        return v;
    }

    /**
     * A required integer value within {@code [min, max]}.
     *
     * @throws ImageFormatException if absent, not an integer or out of range
     */
    public int requireInt(int tag, long min, long max) {
        double[] v = numbers(tag);
        if (v.length == 0) {
            throw missing(tag);
        }
        return checkInt(tag, v[0], min, max);
    }

    /** An optional integer within {@code [min, max]}, or {@code dflt} if absent. */
    public int intOr(int tag, int dflt, long min, long max) {
        double[] v = numbers(tag);
        return v.length == 0 ? dflt : checkInt(tag, v[0], min, max);
    }

    private int checkInt(int tag, double d, long min, long max) {
        if (d != Math.rint(d) || d < min || d > max) {
            throw new ImageFormatException(file, Tags.name(tag), "value " + d + " must be an integer in [" + min
                    + ", " + max + "]");
        }
        return (int) d;
    }

    /** The items of a sequence (empty if absent). */
    public List<DicomDataset> sequence(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null) {
            return List.of();
        }
        if (e.items() == null) {
            if (e.length() == 0) {
                return List.of();
            }
            throw new ImageFormatException(file, Tags.name(tag), "expected a sequence (SQ) but the VR is " + e.vr());
        }
        return e.items();
    }

    /** The first item of a sequence, if any. */
    public Optional<DicomDataset> item(int tag) {
        List<DicomDataset> s = sequence(tag);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    ImageFormatException missing(int tag) {
        return new ImageFormatException(file, Tags.name(tag), "required element is missing or empty");
    }

    /** Tags present, in file order (for debugging). */
    public List<Integer> tags() {
        return new ArrayList<>(elements.keySet());
    }

    @Override
    public String toString() {
        return "DicomDataset[" + file + ", " + elements.size() + " elements]";
    }
}
