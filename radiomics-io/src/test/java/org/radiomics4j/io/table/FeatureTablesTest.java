package org.radiomics4j.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.radiomics4j.core.extract.FeatureSet;

class FeatureTablesTest {

    private static FeatureSet sample() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("original_firstorder_Mean", 825.2354363065023);
        f.put("original_shape_Sphericity", 0.5);
        Map<String, String> d = new LinkedHashMap<>();
        d.put("Mask-original_BoundingBox", "(162, 84, 11, 47, 70, 7)");
        return FeatureSet.of(f, d);
    }

    @Test
    void jsonIsAFlatObjectWithDiagnosticsFirstAndRoundTrippingNumbers() {
        StringWriter w = new StringWriter();
        FeatureTables.writeJson(sample(), w);
        assertEquals("""
                {
                  "diagnostics_Mask-original_BoundingBox": "(162, 84, 11, 47, 70, 7)",
                  "original_firstorder_Mean": 825.2354363065023,
                  "original_shape_Sphericity": 0.5
                }
                """, w.toString());
    }

    @Test
    void csvUsesPyRadiomicsBatchLayoutAndQuotesFieldsWithCommas() {
        StringWriter w = new StringWriter();
        FeatureTables.writeCsv(List.of(new FeatureTables.Row("img.nrrd", "mask.nrrd", sample())), w);
        assertEquals("Image,Mask,diagnostics_Mask-original_BoundingBox,original_firstorder_Mean,original_shape_Sphericity\n"
                + "img.nrrd,mask.nrrd,\"(162, 84, 11, 47, 70, 7)\",825.2354363065023,0.5\n", w.toString());
    }

    /**
     * RFC 4180 section 2: fields with a comma, a double quote or a line break are enclosed in double quotes, and a
     * quote inside is doubled; the expected text is written out by hand from those rules.
     */
    @Test
    void csvQuotesCommaQuoteAndLineBreakInTextColumns() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("Versions_note", "say \"hi\"");
        d.put("Configuration_note", "line 1\nline 2");
        FeatureSet fs = FeatureSet.of(Map.of("original_firstorder_Mean", 1.5), d);
        StringWriter w = new StringWriter();
        FeatureTables.writeCsv(List.of(new FeatureTables.Row("a,b.nrrd", "mask.nrrd", fs)), w);
        assertEquals("Image,Mask,diagnostics_Versions_note,diagnostics_Configuration_note,original_firstorder_Mean\n"
                + "\"a,b.nrrd\",mask.nrrd,\"say \"\"hi\"\"\",\"line 1\nline 2\",1.5\n", w.toString());
    }

    @Test
    void csvOfCasesWithDifferentKeysSharesTheUnionOfColumnsAndReadsBack() throws IOException {
        FeatureSet a = FeatureSet.of(Map.of("x", 1.0), Map.of());
        FeatureSet b = FeatureSet.of(Map.of("y", 2.0), Map.of("note", "a \"quoted\", multi\r\nline value"));
        StringWriter w = new StringWriter();
        FeatureTables.writeCsv(List.of(new FeatureTables.Row("a.nrrd", "m.nrrd", a),
                new FeatureTables.Row("b.nrrd", "m.nrrd", b)), w);
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(w.toString(), CSVFormat.RFC4180)) {
            rows = p.getRecords();
        }
        assertEquals(List.of("Image", "Mask", "x", "diagnostics_note", "y"), rows.get(0).toList());
        assertEquals(List.of("a.nrrd", "m.nrrd", "1.0", "", ""), rows.get(1).toList());
        assertEquals(List.of("b.nrrd", "m.nrrd", "", "a \"quoted\", multi\r\nline value", "2.0"),
                rows.get(2).toList());
        assertEquals(3, rows.size());
    }

    @Test
    void csvFieldQuotesOnlyWhereNeeded() {
        assertEquals("plain", FeatureTables.csvField("plain"));
        assertEquals("", FeatureTables.csvField(""));
        assertEquals("-1.5", FeatureTables.csvField("-1.5"));
        assertEquals("\"a,b\"", FeatureTables.csvField("a,b"));
        assertEquals("\"a\"\"b\"", FeatureTables.csvField("a\"b"));
        assertEquals("\"a\nb\"", FeatureTables.csvField("a\nb"));
    }

    @Test
    void jsonEscapesControlCharactersAndQuotes() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", FeatureTables.jsonString("a\"b\\c\nd\u0001"));
    }

    @Test
    void nonFiniteValuesBecomeStrings() {
        StringWriter w = new StringWriter();
        FeatureTables.writeJson(FeatureSet.of(Map.of("x", Double.NaN), Map.of()), w);
        assertEquals("{\n  \"x\": \"NaN\"\n}\n", w.toString());
    }
}
