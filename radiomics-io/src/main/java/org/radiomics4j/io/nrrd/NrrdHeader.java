package org.radiomics4j.io.nrrd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.io.ImageFormatException;

/**
 * A parsed NRRD header (attached or detached), with every field the readers use validated. Package-private.
 *
 * <p>Field names are matched case-insensitively after trimming, accepting the spec's spelling variants
 * ({@code lineskip}/{@code line skip}, {@code byteskip}/{@code byte skip}, {@code datafile}/{@code data file}).
 */
final class NrrdHeader {
    static final int MAX_HEADER_BYTES = 1 << 24;

    final Path file;
    final int version;
    final PixelType type;
    final int dimension;
    final long[] sizes;
    final NrrdEncoding encoding;
    final ByteOrder order;
    final String space;
    final int spaceDimension;
    /** One vector per axis, {@code null} for "none"; {@code null} if the field is absent. */
    final double[][] spaceDirections;
    final double[] spaceOrigin;
    final double[] spacings;
    final String[] kinds;
    final int lineSkip;
    final long byteSkip;
    /** Data files (resolved), or empty for attached data starting at {@link #dataOffset}. */
    final List<Path> dataFiles;
    final long dataOffset;
    final Map<String, String> fields;
    final Map<String, String> keyValues;

    private NrrdHeader(Path file, int version, Map<String, String> fields, Map<String, String> keyValues,
            List<String> listFiles, long dataOffset) {
        this.file = file;
        this.version = version;
        this.fields = Collections.unmodifiableMap(fields);
        this.keyValues = Collections.unmodifiableMap(keyValues);
        this.dataOffset = dataOffset;

        this.type = parseType(require("type"));
        this.dimension = parseInt("dimension", require("dimension"));
        if (dimension < 1 || dimension > 16) {
            throw error("dimension", "must be between 1 and 16 but was " + dimension);
        }
        String[] sz = tokens(require("sizes"));
        if (sz.length != dimension) {
            throw error("sizes", "has " + sz.length + " values but dimension is " + dimension);
        }
        sizes = new long[dimension];
        for (int i = 0; i < dimension; i++) {
            sizes[i] = parseLong("sizes", sz[i]);
            if (sizes[i] < 1) {
                throw error("sizes", "every size must be >= 1 but axis " + i + " has " + sizes[i]);
            }
        }
        this.encoding = NrrdEncoding.parse(file, require("encoding"));
        String endian = fields.get("endian");
        if (endian == null) {
            if (type.bytes() > 1 && encoding != NrrdEncoding.ASCII) {
                throw error("endian", "is required for " + type + " data with encoding " + encoding.nrrdName());
            }
            this.order = ByteOrder.nativeOrder();
        } else if (endian.equalsIgnoreCase("little")) {
            this.order = ByteOrder.LITTLE_ENDIAN;
        } else if (endian.equalsIgnoreCase("big")) {
            this.order = ByteOrder.BIG_ENDIAN;
        } else {
            throw error("endian", "must be 'little' or 'big' but was '" + endian + "'");
        }
        this.space = fields.get("space");
        String sd = fields.get("space dimension");
        if (space != null && sd != null) {
            throw error("space dimension", "must not be given together with 'space'");
        }
        if (space != null) {
            this.spaceDimension = spaceDimensionOf(space);
        } else if (sd != null) {
            this.spaceDimension = parseInt("space dimension", sd);
            if (spaceDimension < 1) {
                throw error("space dimension", "must be >= 1 but was " + spaceDimension);
            }
        } else {
            this.spaceDimension = 0;
        }
        String dirs = fields.get("space directions");
        if (dirs != null) {
            if (spaceDimension == 0) {
                throw error("space directions", "needs a 'space' or 'space dimension' field");
            }
            this.spaceDirections = parseVectors("space directions", dirs, dimension, spaceDimension);
        } else {
            this.spaceDirections = null;
        }
        String org = fields.get("space origin");
        if (org != null) {
            if (spaceDimension == 0) {
                throw error("space origin", "needs a 'space' or 'space dimension' field");
            }
            double[][] o = parseVectors("space origin", org, 1, spaceDimension);
            if (o[0] == null) {
                throw error("space origin", "must be a vector but was 'none'");
            }
            this.spaceOrigin = o[0];
        } else {
            this.spaceOrigin = null;
        }
        String sp = fields.get("spacings");
        if (sp != null) {
            String[] t = tokens(sp);
            if (t.length != dimension) {
                throw error("spacings", "has " + t.length + " values but dimension is " + dimension);
            }
            spacings = new double[dimension];
            for (int i = 0; i < dimension; i++) {
                spacings[i] = t[i].equalsIgnoreCase("nan") ? Double.NaN : parseDouble("spacings", t[i]);
            }
        } else {
            spacings = null;
        }
        String k = fields.get("kinds");
        if (k != null) {
            List<String> kl = splitKinds(k);
            if (kl.size() != dimension) {
                throw error("kinds", "has " + kl.size() + " values but dimension is " + dimension);
            }
            kinds = kl.toArray(new String[0]);
        } else {
            kinds = null;
        }
        this.lineSkip = fields.containsKey("line skip") ? parseInt("line skip", fields.get("line skip")) : 0;
        if (lineSkip < 0) {
            throw error("line skip", "must be >= 0 but was " + lineSkip);
        }
        this.byteSkip = fields.containsKey("byte skip") ? parseLong("byte skip", fields.get("byte skip")) : 0;
        if (byteSkip < -1) {
            throw error("byte skip", "must be >= -1 but was " + byteSkip);
        }
        if (byteSkip == -1 && encoding != NrrdEncoding.RAW) {
            throw error("byte skip", "-1 (data at the end of the file) is only allowed with encoding raw, not "
                    + encoding.nrrdName());
        }
        this.dataFiles = resolveDataFiles(listFiles);
    }

    /** Reads and parses the header of {@code file}. */
    static NrrdHeader read(Path file) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            long offset = 0;
            byte[] first = readLine(in);
            if (first == null) {
                throw new ImageFormatException(file, "magic", "the file is empty; expected 'NRRD000n'");
            }
            offset += first.length + 1;
            String magic = new String(first, StandardCharsets.ISO_8859_1).strip();
            if (!magic.matches("NRRD000[1-5]")) {
                String shown = magic.length() > 16 ? magic.substring(0, 16) + "..." : magic;
                throw new ImageFormatException(file, "magic", "expected 'NRRD0001' to 'NRRD0005' but found '"
                        + printable(shown) + "'");
            }
            int version = magic.charAt(7) - '0';
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> keyValues = new LinkedHashMap<>();
            List<String> listFiles = null;
            while (true) {
                byte[] line = readLine(in);
                if (line == null) {
                    break;
                }
                offset += line.length + 1;
                if (offset > MAX_HEADER_BYTES) {
                    throw new ImageFormatException(file, "header", "no blank line ending the header in the first "
                            + MAX_HEADER_BYTES + " bytes");
                }
                String s = new String(line, StandardCharsets.UTF_8);
                if (s.endsWith("\r")) {
                    s = s.substring(0, s.length() - 1);
                }
                if (listFiles != null) {
                    if (!s.isBlank()) {
                        listFiles.add(s.strip());
                    }
                    continue;
                }
                if (s.isEmpty()) {
                    break;
                }
                if (s.startsWith("#")) {
                    continue;
                }
                int kv = s.indexOf(":=");
                int colon = s.indexOf(": ");
                if (kv >= 0 && (colon < 0 || kv < colon)) {
                    keyValues.put(unescape(s.substring(0, kv)), unescape(s.substring(kv + 2)));
                    continue;
                }
                if (colon < 0) {
                    throw new ImageFormatException(file, "header", "line '" + printable(s)
                            + "' is neither 'field: value' nor 'key:=value'");
                }
                String name = canonical(s.substring(0, colon));
                String value = s.substring(colon + 2).strip();
                if (fields.containsKey(name)) {
                    throw new ImageFormatException(file, name, "appears twice in the header");
                }
                fields.put(name, value);
                if (name.equals("data file")) {
                    String[] t = value.split("\\s+");
                    if (t[0].equals("LIST")) {
                        listFiles = new ArrayList<>();
                        if (t.length > 2) {
                            throw new ImageFormatException(file, "data file", "'LIST' takes at most one"
                                    + " argument (the sub-dimension) but was '" + value + "'");
                        }
                    }
                }
            }
            return new NrrdHeader(file, version, fields, keyValues, listFiles, offset);
        } catch (IOException e) {
            throw new ImageFormatException(file, "header", "cannot read the file: " + e, e);
        }
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\\\", "\\");
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format(Locale.ROOT, "\\x%02x", (int) c & 0xFF));
        }
        return b.toString();
    }

    /** Reads bytes up to '\n' (excluded); null at end of stream with nothing read. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(80);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                return b.toByteArray();
            }
            b.write(c);
            if (b.size() > MAX_HEADER_BYTES) {
                break;
            }
        }
        return b.size() == 0 ? null : b.toByteArray();
    }

    private static String canonical(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "lineskip" -> "line skip";
            case "byteskip" -> "byte skip";
            case "datafile" -> "data file";
            case "centerings" -> "centers";
            default -> n;
        };
    }

    private String require(String name) {
        String v = fields.get(name);
        if (v == null) {
            throw error(name, "is required but missing");
        }
        return v;
    }

    ImageFormatException error(String field, String detail) {
        return new ImageFormatException(file, field, detail);
    }

    private static String[] tokens(String v) {
        String s = v.strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    private int parseInt(String field, String v) {
        long l = parseLong(field, v);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw error(field, "value " + v + " is out of range");
        }
        return (int) l;
    }

    private long parseLong(String field, String v) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw error(field, "'" + v + "' is not an integer");
        }
    }

    private double parseDouble(String field, String v) {
        try {
            double d = Double.parseDouble(v.strip());
            if (!Double.isFinite(d)) {
                throw error(field, "'" + v + "' is not a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw error(field, "'" + v + "' is not a number");
        }
    }

    private PixelType parseType(String v) {
        String t = v.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (t) {
            case "signed char", "int8", "int8_t" -> PixelType.INT8;
            case "uchar", "unsigned char", "uint8", "uint8_t" -> PixelType.UINT8;
            case "short", "short int", "signed short", "signed short int", "int16", "int16_t" -> PixelType.INT16;
            case "ushort", "unsigned short", "unsigned short int", "uint16", "uint16_t" -> PixelType.UINT16;
            case "int", "signed int", "int32", "int32_t" -> PixelType.INT32;
            case "uint", "unsigned int", "uint32", "uint32_t" -> PixelType.UINT32;
            case "longlong", "long long", "long long int", "signed long long", "signed long long int", "int64",
                    "int64_t" -> PixelType.INT64;
            case "ulonglong", "unsigned long long", "unsigned long long int", "uint64", "uint64_t" -> PixelType.UINT64;
            case "float" -> PixelType.FLOAT32;
            case "double" -> PixelType.FLOAT64;
            default -> throw error("type", "unsupported type '" + v + "'; supported: signed char, uchar, short,"
                    + " ushort, int, uint, longlong, ulonglong, float, double and their aliases");
        };
    }

    private int spaceDimensionOf(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "right-anterior-superior", "ras", "left-anterior-superior", "las", "left-posterior-superior",
                    "lps", "scanner-xyz", "3d-right-handed", "3d-left-handed" -> 3;
            case "right-anterior-superior-time", "rast", "left-anterior-superior-time", "last",
                    "left-posterior-superior-time", "lpst", "scanner-xyz-time", "3d-right-handed-time",
                    "3d-left-handed-time" -> throw error("space", "space-time '" + s + "' is not supported;"
                            + " supported: RAS, LAS, LPS, scanner-xyz, 3D-right-handed, 3D-left-handed");
            default -> throw error("space", "unknown space '" + s + "'; supported: right-anterior-superior (RAS),"
                    + " left-anterior-superior (LAS), left-posterior-superior (LPS), scanner-xyz, 3D-right-handed,"
                    + " 3D-left-handed");
        };
    }

    /**
     * The sign flips (+1/-1 per world axis) that convert this header's space to LPS, as ITK's NrrdImageIO does:
     * RAS negates x and y, LAS negates y; LPS and the scanner/3D spaces are taken as LPS.
     */
    double[] toLps() {
        if (space == null) {
            return new double[] {1, 1, 1};
        }
        return switch (space.strip().toLowerCase(Locale.ROOT)) {
            case "right-anterior-superior", "ras" -> new double[] {-1, -1, 1};
            case "left-anterior-superior", "las" -> new double[] {1, -1, 1};
            default -> new double[] {1, 1, 1};
        };
    }

    private double[][] parseVectors(String field, String v, int count, int comps) {
        List<double[]> out = new ArrayList<>();
        String s = v.strip();
        int p = 0;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (Character.isWhitespace(c)) {
                p++;
            } else if (s.regionMatches(true, p, "none", 0, 4)) {
                out.add(null);
                p += 4;
            } else if (c == '(') {
                int e = s.indexOf(')', p);
                if (e < 0) {
                    throw error(field, "vector starting at column " + p + " has no closing ')' in '" + v + "'");
                }
                String[] parts = s.substring(p + 1, e).split(",", -1);
                if (parts.length != comps) {
                    throw error(field, "vector '" + s.substring(p, e + 1) + "' has " + parts.length
                            + " components but the space dimension is " + comps);
                }
                double[] vec = new double[comps];
                for (int i = 0; i < comps; i++) {
                    vec[i] = parseDouble(field, parts[i]);
                }
                out.add(vec);
                p = e + 1;
            } else {
                throw error(field, "expected '(' or 'none' at column " + p + " of '" + v + "'");
            }
        }
        if (out.size() != count) {
            throw error(field, "has " + out.size() + " vectors but " + count + " were expected");
        }
        return out.toArray(new double[0][]);
    }

    private static List<String> splitKinds(String v) {
        // kinds may contain multi-word names such as "3D-symmetric-matrix"; all NRRD kinds are single tokens
        // except none, so whitespace splitting is exact.
        List<String> out = new ArrayList<>();
        for (String t : tokens(v)) {
            out.add(t.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private List<Path> resolveDataFiles(List<String> listFiles) {
        String df = fields.get("data file");
        if (df == null) {
            return List.of();
        }
        Path dir = file.toAbsolutePath().getParent();
        List<String> names = new ArrayList<>();
        String[] t = df.strip().split("\\s+");
        if (t[0].equals("LIST")) {
            names.addAll(listFiles);
            if (names.isEmpty()) {
                throw error("data file", "is LIST but no file names follow the field");
            }
        } else if (t.length >= 4 && t[0].contains("%")) {
            long min = parseLong("data file", t[1]);
            long max = parseLong("data file", t[2]);
            long step = parseLong("data file", t[3]);
            if (step == 0 || (max - min) / step < 0 || (max - min) / step > 1_000_000) {
                throw error("data file", "bad range min " + min + " max " + max + " step " + step);
            }
            for (long i = min; step > 0 ? i <= max : i >= max; i += step) {
                try {
                    names.add(String.format(Locale.ROOT, t[0], i));
                } catch (java.util.IllegalFormatException e) {
                    throw error("data file", "format '" + t[0] + "' is not a valid integer format");
                }
            }
        } else {
            names.add(df.strip());
        }
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            Path p = Path.of(n);
            out.add(p.isAbsolute() ? p : dir.resolve(p));
        }
        return out;
    }

    /** Product of the sizes, or -1 if it overflows a long. */
    long elementCount() {
        long n = 1;
        for (long s : sizes) {
            if (n > Long.MAX_VALUE / s) {
                return -1;
            }
            n *= s;
        }
        return n;
    }
}
