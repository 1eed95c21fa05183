package org.radiomics4j.cli.stats;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * JSON output of the stats sub-commands: one object {@code {command, input, settings, result}} where
 * {@code result} holds the statistics module's result records serialised component by component (record
 * component names are the keys). Non-finite doubles become the strings {@code "NaN"}, {@code "Infinity"} and
 * {@code "-Infinity"} (JSON has no such numbers); {@code Optional}, {@code OptionalDouble} and {@code OptionalInt}
 * become their value or {@code null}; enums their constant name.
 */
final class StatsJson {
    private final ObjectMapper mapper;

    StatsJson() {
        SimpleModule m = new SimpleModule("radiomics4j-stats-cli");
        JsonSerializer<Double> boxed = new JsonSerializer<>() {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                writeDouble(v, g);
            }
        };
        m.addSerializer(Double.class, boxed);
        m.addSerializer(double.class, boxed);
        m.addSerializer(double[].class, new JsonSerializer<>() {
            @Override
            public void serialize(double[] v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray();
                for (double d : v) {
                    writeDouble(d, g);
                }
                g.writeEndArray();
            }
        });
        m.addSerializer(OptionalDouble.class, new JsonSerializer<>() {
            @Override
            public void serialize(OptionalDouble v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    writeDouble(v.getAsDouble(), g);
                } else {
                    g.writeNull();
                }
            }
        });
        m.addSerializer(OptionalInt.class, new JsonSerializer<>() {
            @Override
            public void serialize(OptionalInt v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    g.writeNumber(v.getAsInt());
                } else {
                    g.writeNull();
                }
            }
        });
        @SuppressWarnings({"rawtypes", "unchecked"})
        JsonSerializer<Optional> optional = new JsonSerializer<>() {
            @Override
            public void serialize(Optional v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    p.defaultSerializeValue(v.get(), g);
                } else {
                    g.writeNull();
                }
            }
        };
        m.addSerializer(Optional.class, optional);
        mapper = new ObjectMapper().registerModule(m).enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    private static void writeDouble(double d, JsonGenerator g) throws IOException {
        if (Double.isNaN(d)) {
            g.writeString("NaN");
        } else if (Double.isInfinite(d)) {
            g.writeString(d > 0 ? "Infinity" : "-Infinity");
        } else {
            g.writeNumber(d);
        }
    }

    /** {@code value} serialised with these conventions, as a tree to adjust before it goes into the envelope. */
    com.fasterxml.jackson.databind.node.ObjectNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /** The envelope as indented JSON text with a trailing newline. */
    String envelope(String command, Map<String, Object> input, Map<String, Object> settings, Object result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", "stats " + command);
        root.put("input", input);
        root.put("settings", settings);
        root.put("result", result);
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the result of 'stats " + command + "' to JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
