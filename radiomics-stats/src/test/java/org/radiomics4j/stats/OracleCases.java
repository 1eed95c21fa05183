package org.radiomics4j.stats;

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
import java.util.stream.Stream;

/**
 * Access to the external oracle in {@code testdata/stats} (R, scipy, python_debian): case ids from index.json, each
 * case's expected block, and its input CSV. Expected values come only from there.
 */
public final class OracleCases {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OracleCases() {
    }

    /** The testdata/stats directory (system property radiomics.testdata, else ../testdata). */
    public static Path statsDir() {
        String p = System.getProperty("radiomics.testdata");
        Path base = p != null ? Path.of(p) : Path.of("..", "testdata");
        return base.resolve("stats");
    }

    /** Parsed files, shared by the tests of one JVM (read-only trees; the oracle files never change in a run). */
    private static final Map<Path, JsonNode> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static JsonNode read(Path p) {
        return CACHE.computeIfAbsent(p.toAbsolutePath().normalize(), q -> {
            try {
                return MAPPER.readTree(q.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Case ids of a method as listed in index.json (so a new case cannot be skipped). */
    public static Stream<String> caseIds(String method) {
        JsonNode cases = read(statsDir().resolve("index.json")).path("methods").path(method).path("cases");
        List<String> ids = new ArrayList<>();
        cases.forEach(n -> ids.add(n.asText()));
        if (ids.isEmpty()) {
            fail("no cases for method " + method + " in index.json");
        }
        return ids.stream();
    }

    /** The case object of {@code id} in {@code <method>/expected.json}. */
    public static JsonNode expectedCase(String method, String id) {
        JsonNode root = read(statsDir().resolve(method).resolve("expected.json"));
        for (JsonNode c : root.path("cases")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("case " + id + " not in " + method + "/expected.json");
    }

    /** The case's input CSV: header then rows, split on commas (the oracle's inputs are simple). */
    public static List<String[]> csv(String method, JsonNode c) {
        Path p = statsDir().resolve(method).resolve(c.path("input").asText());
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(p)) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** group,value CSV split into groups A (x) and B (y), in file order. */
    public static Map<String, double[]> groups(String method, JsonNode c) {
        Map<String, List<Double>> g = new LinkedHashMap<>();
        List<String[]> rows = csv(method, c);
        for (String[] r : rows.subList(1, rows.size())) {
            g.computeIfAbsent(r[0], k -> new ArrayList<>()).add(Double.parseDouble(r[1]));
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        g.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    /** A JSON number, or the oracle's strings "Inf", "-Inf", "NaN", "NA" (NA read as NaN). */
    public static double num(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            throw new AssertionError("missing expected number");
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        return switch (n.asText()) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN", "NA" -> Double.NaN;
            default -> throw new AssertionError("not a number: " + n);
        };
    }

    /** Relative-tolerance comparison (absolute near 0; exact for infinities). */
    public static void assertRel(double expected, double actual, double relTol, String what) {
        if (Double.isInfinite(expected) || Double.isNaN(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        double scale = Math.max(Math.abs(expected), 1e-300);
        double err = Math.abs(actual - expected);
        assertTrue(err <= relTol * scale || (expected == 0 && err <= 1e-12), () -> what + ": expected " + expected + " but was "
                + actual + " (rel err " + err / scale + ", tol " + relTol + ")");
    }

    /** {@link #assertRel} against a JSON field. */
    public static void assertRel(JsonNode block, String field, double actual, double relTol, String what) {
        assertRel(num(block.path(field)), actual, relTol, what + "." + field);
    }
}
