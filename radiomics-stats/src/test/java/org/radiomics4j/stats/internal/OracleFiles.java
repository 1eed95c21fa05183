package org.radiomics4j.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads testdata/stats (index.json, expected.json, input CSVs) for the ROC, survival and regression tests, and
 * compares numbers with the oracle's conventions ("Inf", "-Inf", "NA" strings).
 */
public final class OracleFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OracleFiles() {
    }

    /** testdata/stats, from the {@code radiomics.testdata} system property or ../testdata. */
    public static Path statsDir() {
        String prop = System.getProperty("radiomics.testdata");
        Path root = prop != null ? Path.of(prop) : Path.of("..", "testdata");
        return root.resolve("stats");
    }

    /** The case ids index.json lists for {@code method}. */
    public static List<String> caseIds(String method) {
        JsonNode index = read(statsDir().resolve("index.json"));
        List<String> ids = new ArrayList<>();
        index.path("methods").path(method).path("cases").forEach(n -> ids.add(n.asText()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("index.json lists no cases for " + method);
        }
        return ids;
    }

    /** The case object with {@code id} in {@code <method>/expected.json}. */
    public static JsonNode caseNode(String method, String id) {
        JsonNode root = read(statsDir().resolve(method).resolve("expected.json"));
        for (JsonNode c : root.path("cases")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new IllegalStateException(method + "/expected.json has no case " + id);
    }

    /** Parses a JSON file. */
    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV with a header row as ordered column name -> values (strings). */
    public static Map<String, List<String>> csv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split(",", -1);
            Map<String, List<String>> cols = new LinkedHashMap<>();
            for (String h : header) {
                cols.put(h.trim(), new ArrayList<>());
            }
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] f = lines.get(i).split(",", -1);
                for (int j = 0; j < header.length; j++) {
                    cols.get(header[j].trim()).add(f[j].trim());
                }
            }
            return cols;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A numeric column. */
    public static double[] doubles(Map<String, List<String>> csv, String column) {
        List<String> v = csv.get(column);
        if (v == null) {
            throw new IllegalStateException("no column " + column + " in " + csv.keySet());
        }
        return v.stream().mapToDouble(Double::parseDouble).toArray();
    }

    /** An integer column. */
    public static int[] ints(Map<String, List<String>> csv, String column) {
        return v(csv, column).stream().mapToInt(s -> (int) Math.round(Double.parseDouble(s))).toArray();
    }

    private static List<String> v(Map<String, List<String>> csv, String column) {
        List<String> v = csv.get(column);
        if (v == null) {
            throw new IllegalStateException("no column " + column + " in " + csv.keySet());
        }
        return v;
    }

    /** The oracle number: "Inf", "-Inf", "NaN" strings become doubles; "NA" fails. */
    public static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        return switch (n.asText()) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> throw new IllegalStateException("not a number: " + n);
        };
    }

    /** Whether the node is R's NA. */
    public static boolean isNa(JsonNode n) {
        return n.isTextual() && n.asText().equals("NA");
    }

    /**
     * Asserts {@code |actual - expected| <= rel * |expected| + abs}; infinities must match exactly.
     */
    public static void assertNear(JsonNode expected, double actual, double rel, double abs, String what) {
        if (expected == null || expected.isMissingNode()) {
            fail("oracle value missing for " + what);
        }
        assertNear(number(expected), actual, rel, abs, what);
    }

    /** As {@link #assertNear(JsonNode, double, double, double, String)} with a double. */
    public static void assertNear(double e, double actual, double rel, double abs, String what) {
        if (Double.isInfinite(e) || Double.isNaN(e)) {
            assertEquals(e, actual, what);
            return;
        }
        assertTrue(Math.abs(actual - e) <= rel * Math.abs(e) + abs,
                () -> what + ": expected " + e + " but was " + actual + " (diff " + (actual - e) + ")");
    }

    /** Asserts an exact count. */
    public static void assertCount(JsonNode expected, long actual, String what) {
        assertEquals(expected.asLong(), actual, what);
    }
}
