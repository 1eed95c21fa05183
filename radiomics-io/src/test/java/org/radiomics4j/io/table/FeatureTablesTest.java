package org.radiomics4j.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
