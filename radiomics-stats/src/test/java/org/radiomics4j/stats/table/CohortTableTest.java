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
        // with the default tokens "-" is neither a number nor missing: a numeric column with a stray cell is an
        // error naming its line and value (issue 8, item 2), unless the column is declared categorical
        CohortTableFormatException ex = assertThrows(CohortTableFormatException.class, () -> CohortTable.parse(
                "a;b\n1;-\n2;3\n", "s", CsvOptions.defaults().withDelimiter(';')));
        assertEquals(2, ex.line());
        assertEquals("b", ex.column());
        assertTrue(ex.getMessage().contains("'-'") && ex.getMessage().contains("categorical"), ex.getMessage());
        assertEquals(ColumnType.TEXT, CohortTable.parse("a;b\n1;-\n2;3\n", "s", CsvOptions.defaults()
                .withDelimiter(';').withCategoricalColumns("b")).columnType("b"));
    }

    @Test
    void oneTextCellInANumericColumnIsAnErrorNamingLineAndCell() {
        // issue 8, item 2: "sixty" on line 6 of an age column used to turn the column categorical silently
        String csv = "id,age\nA,50\nB,61\nC,NA\nD,\nE,sixty\nF,70\n";
        CohortTableFormatException ex = assertThrows(CohortTableFormatException.class,
                () -> CohortTable.parse(csv, "nn.csv", CsvOptions.defaults()));
        assertEquals(6, ex.line());
        assertEquals("age", ex.column());
        assertTrue(ex.getMessage().startsWith("nn.csv line 6, column 'age': 'sixty' is not a finite number"),
                ex.getMessage());
        CohortTable t = CohortTable.parse(csv, "nn.csv", CsvOptions.defaults().withCategoricalColumns("age"));
        assertEquals(ColumnType.TEXT, t.columnType("age"));
        assertEquals("sixty", t.stringColumnWithNulls("age")[4]);
        // a column that is mostly words stays TEXT (an identifier column with one numeric-looking value)
        assertEquals(ColumnType.TEXT, CohortTable.parse("id\nP1\nP2\n3\n", "s", CsvOptions.defaults())
                .columnType("id"));
    }

    @Test
    void byteOrderMarkQuotingAndSourceLines() {
        // a UTF-8 BOM before the header (as spreadsheet programs write it), a quoted field with a line break, a
        // blank line: rows keep the line of the file they start on
        String csv = "\uFEFFid,\"note\"\n1,\"a\nb\"\n\n2,\" x , y \"\n";
        CohortTable t = CohortTable.parse(csv, "bom.csv", CsvOptions.defaults());
        assertEquals(List.of("id", "note"), t.columnNames());
        assertEquals(2, t.rowCount());
        assertEquals(2, t.sourceLine(0));
        assertEquals(5, t.sourceLine(1));
        assertEquals("a\nb", t.row(0).getString("note"));
        assertEquals("x , y", t.row(1).getString("note"));
        assertEquals(5, t.filter(r -> r.getDouble("id") == 2).sourceLine(0));
    }

    @Test
    void semicolonFilesWithADecimalComma() {
        String csv = "id;age;score\n1;53;1,5\n2;61;-0,25\n3;NA;2\n";
        CohortTable t = CohortTable.parse(csv, "eu.csv", CsvOptions.defaults().withDelimiter(';')
                .withDecimalMark(DecimalMark.DETECT));
        assertArrayEquals(new double[] {1.5, -0.25, 2}, t.doubleColumn("score"));
        assertEquals(53, t.doubleColumnWithNaN("age")[0]);
        // with a decimal point elsewhere in the file the mark is ambiguous: an error naming both cells
        CohortTableFormatException ex = assertThrows(CohortTableFormatException.class, () -> CohortTable.parse(
                "a;b\n1,5;2.5\n", "mixed.csv", CsvOptions.defaults().withDelimiter(';')
                        .withDecimalMark(DecimalMark.DETECT)));
        assertTrue(ex.getMessage().contains("'1,5'") && ex.getMessage().contains("'2.5'"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvOptions.defaults().withDecimalMark(DecimalMark.COMMA));
        // the same file read as comma-separated: a hint at the delimiter
        ex = assertThrows(CohortTableFormatException.class, () -> CohortTable.parse(csv, "eu.csv",
                CsvOptions.defaults()));
        assertTrue(ex.getMessage().contains("';'"), ex.getMessage());
    }

    @Test
    void unknownColumnOfAWideTableNamesTheNearestColumnsNotAll() {
        StringBuilder header = new StringBuilder("id");
        StringBuilder row = new StringBuilder("1");
        for (int i = 0; i < 500; i++) {
            header.append(",original_glcm_feature_number_").append(i);
            row.append(",").append(i);
        }
        header.append(",ki67");
        row.append(",3");
        CohortTable t = CohortTable.parse(header + "\n" + row + "\n", "wide.csv", CsvOptions.defaults());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> t.doubleColumn("ki-67"));
        assertTrue(ex.getMessage().contains("did you mean ki67"), ex.getMessage());
        assertTrue(ex.getMessage().length() < 300, ex.getMessage());
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
