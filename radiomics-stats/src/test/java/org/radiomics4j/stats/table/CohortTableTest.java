package org.radiomics4j.stats.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.stats.OracleCases;

class CohortTableTest {
    private static final String CSV = "id,age,sex,\"note, quoted\",score\n"
            + "007,53,M,\"said \"\"hi\"\"\",1.5\n"
            + "008,NA,F,,2.5e1\r\n"
            + "009,61,F,\"two\nlines\",NaN\n";

    private static CohortTable table() {
        return CohortTable.parse(CSV, "test.csv", CsvOptions.defaults().withColumnType("id", ColumnType.TEXT));
    }

    @Test
    void infersTypesAndKeepsMissingExplicit() {
        CohortTable t = table();
        assertEquals(3, t.rowCount());
        assertEquals(List.of("id", "age", "sex", "note, quoted", "score"), t.columnNames());
        assertEquals(ColumnType.TEXT, t.columnType("id"));
        assertEquals(ColumnType.NUMERIC, t.columnType("age"));
        assertEquals(ColumnType.TEXT, t.columnType("sex"));
        assertEquals(ColumnType.NUMERIC, t.columnType("score"));
        assertArrayEquals(new String[] {"007", "008", "009"}, t.stringColumn("id"));
        assertEquals(1, t.missingCount("age"));
        assertTrue(t.isMissing(1, "age"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> t.doubleColumn("age"));
        assertTrue(ex.getMessage().contains("'age'") && ex.getMessage().contains("row 1"), ex.getMessage());
        double[] age = t.doubleColumnWithNaN("age");
        assertEquals(53, age[0]);
        assertTrue(Double.isNaN(age[1]));
        assertEquals("said \"hi\"", t.stringColumnWithNulls("note, quoted")[0]);
        assertEquals("two\nlines", t.stringColumnWithNulls("note, quoted")[2]);
        assertEquals(null, t.stringColumnWithNulls("note, quoted")[1]);
        assertEquals(25.0, t.doubleColumnWithNaN("score")[1]);
        assertThrows(IllegalArgumentException.class, () -> t.doubleColumn("sex"));
        ex = assertThrows(IllegalArgumentException.class, () -> t.doubleColumn("weight"));
        assertTrue(ex.getMessage().contains("columns: [id, age"), ex.getMessage());
    }

    @Test
    void filterAndGroupBy() {
        CohortTable t = table();
        CohortTable withAge = t.filter(r -> !r.isMissing("age"));
        assertArrayEquals(new double[] {53, 61}, withAge.doubleColumn("age"));
        Map<String, CohortTable> bySex = t.groupBy("sex");
        assertEquals(List.of("M", "F"), List.copyOf(bySex.keySet()));
        assertEquals(2, bySex.get("F").rowCount());
        assertEquals("F", t.row(1).getString("sex"));
        assertThrows(IllegalArgumentException.class, () -> t.row(1).getDouble("age"));
        assertEquals(List.of("sex", "id"), t.select("sex", "id").columnNames());
    }

    @Test
    void errorsNameLineAndColumn() {
        CohortTableFormatException ex = assertThrows(CohortTableFormatException.class, () -> CohortTable.parse(
                "a,b\n1,2\n3\n", "x.csv", CsvOptions.defaults()));
        assertEquals(3, ex.line());
        assertTrue(ex.getMessage().startsWith("x.csv line 3"), ex.getMessage());
        ex = assertThrows(CohortTableFormatException.class, () -> CohortTable.parse("a,b\n1,2\n3,x\n", "x.csv",
                CsvOptions.defaults().withColumnType("b", ColumnType.NUMERIC)));
        assertEquals(3, ex.line());
        assertEquals("b", ex.column());
        ex = assertThrows(CohortTableFormatException.class, () -> CohortTable.parse("a,a\n1,2\n", "x.csv",
                CsvOptions.defaults()));
        assertTrue(ex.getMessage().contains("duplicate"), ex.getMessage());
        ex = assertThrows(CohortTableFormatException.class, () -> CohortTable.parse("a,b\n1,\"2\n", "x.csv",
                CsvOptions.defaults()));
        assertTrue(ex.getMessage().contains("unterminated"), ex.getMessage());
    }

    @Test
    void configurableMissingTokensAndDelimiter() {
        CohortTable t = CohortTable.parse("a;b\n1;-\n2;3\n", "s", CsvOptions.defaults().withDelimiter(';')
                .withMissingTokens(Set.of("-")));
        assertEquals(ColumnType.NUMERIC, t.columnType("b"));
        assertTrue(t.isMissing(0, "b"));
        // with default tokens "-" is text, so the column is TEXT
        assertEquals(ColumnType.TEXT, CohortTable.parse("a;b\n1;-\n2;3\n", "s", CsvOptions.defaults()
                .withDelimiter(';')).columnType("b"));
    }

    @Test
    void writeThenReadRoundTrips(@TempDir Path dir) throws IOException {
        CohortTable t = table();
        Path out = dir.resolve("out.csv");
        t.write(out, CsvOptions.defaults().withWriteMissingAs("NA"));
        CohortTable back = CohortTable.read(out, CsvOptions.defaults().withColumnType("id", ColumnType.TEXT));
        assertEquals(t.columnNames(), back.columnNames());
        assertEquals(t.toCsv(CsvOptions.defaults()), back.toCsv(CsvOptions.defaults()));
        assertTrue(Files.readString(out).contains("\"said \"\"hi\"\"\""));
    }

    @Test
    void readsTheStudyCohort() throws IOException {
        CohortTable t = CohortTable.read(OracleCases.statsDir().resolve("cohort/inputs/cohort_01.csv"));
        assertEquals(25, t.rowCount());
        assertEquals(ColumnType.TEXT, t.columnType("patient_id"));
        assertEquals(ColumnType.NUMERIC, t.columnType("original_firstorder_Mean"));
        assertEquals(ColumnType.TEXT, t.columnType("grade"));
        assertEquals(15, t.filter(r -> r.getDouble("response") == 1).rowCount());
        assertFalse(t.hasColumn("nonexistent"));
    }
}
