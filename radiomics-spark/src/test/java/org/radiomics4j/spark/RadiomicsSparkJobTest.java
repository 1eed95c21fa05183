package org.radiomics4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.io.ParameterFiles;
import org.radiomics4j.io.batch.BatchCases;
import org.radiomics4j.io.batch.BatchConfig;
import org.radiomics4j.io.batch.BatchExtractor;
import org.radiomics4j.io.batch.BatchListener;
import org.radiomics4j.io.batch.CaseResult;

/**
 * Issue 14's done-when test: the {@code spark-submit} job on {@code local[2]} over 50 cases made from PyRadiomics'
 * bundled samples (brain1, breast1; absolute and relative paths, copies, empty Label cells, quoted pass-through
 * cells), case 37 broken (a truncated image file), against the local {@code radiomics batch} path
 * ({@link BatchExtractor#runAndCollect}) on the same cases file and parameter file: the same rows, the same
 * passed-through cells, the same error message for the broken case, the same diagnostics, every feature the same
 * double (bit for bit), the feature columns in the order the local batch writes them.
 *
 * <p>Expected values come from the local batch, another code path over the same per-case code: the claim tested is
 * that Spark changes nothing (the local batch itself is checked against PyRadiomics' baseline in radiomics-io's
 * BatchExtractorTest).
 */
class RadiomicsSparkJobTest {
    static final int CASES = 50;
    static final int BROKEN = 37;

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path casesFile;
    static Path paramsFile;
    static List<CaseResult> local;
    static Path localCsv;
    static RadiomicsSparkJob.Summary summary;
    static List<Row> sparkRows;

    @BeforeAll
    static void runBoth() throws IOException {
        casesFile = SparkTestCohort.cases(dir, "cases.csv", CASES, BROKEN);
        paramsFile = Files.writeString(dir.resolve("params.yaml"), SparkTestCohort.PARAMS);
        ExtractionSettings settings = ParameterFiles.read(paramsFile);

        long t0 = System.nanoTime();
        localCsv = dir.resolve("local.csv");
        local = BatchExtractor.of(settings, BatchConfig.defaults().withJobs(2))
                .runAndCollect(BatchCases.read(casesFile), localCsv, BatchListener.NONE);
        long t1 = System.nanoTime();

        spark = SparkTestCohort.spark("local[2]");
        long t2 = System.nanoTime();
        String out = dir.resolve("features.parquet").toString();
        summary = RadiomicsSparkJob.run(spark, RadiomicsSparkJob.parse(new String[] {casesFile.toString(),
            paramsFile.toString(), out, "--format", "parquet"}));
        sparkRows = spark.read().parquet(out).orderBy(RadiomicsSpark.CASE).collectAsList();
        long t3 = System.nanoTime();
        System.out.printf("RadiomicsSparkJobTest: %d cases: local batch (2 jobs) %d ms, Spark local[2] job %d ms "
                + "(session start %d ms)%n", CASES, (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void oneRowPerCaseEqualToTheLocalBatchBitForBit() throws IOException {
        assertEquals(CASES, local.size());
        assertEquals(CASES, sparkRows.size());
        List<String> featureColumns = featureColumns(sparkRows.get(0).schema().fields());
        assertEquals(localFeatureColumns(), featureColumns, "feature columns in the local batch's order");
        List<String> input = List.of("ID", "Image", "Mask", "Label", "Group");
        for (int i = 0; i < CASES; i++) {
            SparkTestCohort.assertSameRow(local.get(i), sparkRows.get(i), input, featureColumns);
        }
    }

    @Test
    void theBrokenCaseIsAnErrorRowInBoth() {
        CaseResult l = local.get(BROKEN - 1);
        assertFalse(l.ok());
        Row r = sparkRows.get(BROKEN - 1);
        assertEquals(BROKEN, r.<Integer>getAs(RadiomicsSpark.CASE));
        String error = r.getAs(RadiomicsSpark.ERROR);
        assertTrue(error.contains("truncated_brain1_image.nrrd"), error);
        assertEquals(l.error(), error);
        long failed = sparkRows.stream().filter(x -> x.getAs(RadiomicsSpark.ERROR) != null).count();
        assertEquals(1, failed);
        assertEquals(CASES, summary.cases());
        assertEquals(List.of(BROKEN + " failed: " + error), summary.failures());
    }

    @Test
    void schemaTypes() {
        StructField[] f = sparkRows.get(0).schema().fields();
        assertEquals(RadiomicsSpark.CASE, f[0].name());
        assertEquals(DataTypes.IntegerType, f[0].dataType());
        assertEquals("ID", f[1].name());
        assertEquals(RadiomicsSpark.ERROR, f[6].name());
        assertEquals(RadiomicsSpark.DIAGNOSTICS, f[7].name());
        for (int i = 8; i < f.length; i++) {
            assertEquals(DataTypes.DoubleType, f[i].dataType(), f[i].name());
        }
        assertEquals(107, f.length - 8, "PyRadiomics' 107 default features");
    }

    @Test
    void csvOutputOnAFewCasesEqualsTheLocalCsvValues() throws IOException {
        Path small = SparkTestCohort.cases(dir.resolve("small"), "cases.csv", 4, 3);
        String out = dir.resolve("features-csv").toString();
        RadiomicsSparkJob.Summary s = RadiomicsSparkJob.run(spark, RadiomicsSparkJob.parse(new String[] {
            small.toString(), paramsFile.toString(), out, "--format=csv", "--partitions", "3"}));
        assertEquals(4, s.cases());
        assertEquals(1, s.failures().size());
        assertTrue(s.failures().get(0).startsWith("3 failed: "), s.failures().toString());
        List<Row> rows = spark.read().option("header", true).csv(out).orderBy(
                org.apache.spark.sql.functions.col(RadiomicsSpark.CASE).cast("int")).collectAsList();
        assertEquals(4, rows.size());
        // the first and second rows are cases 1 and 2 of the 50-case cohort (same files, same settings)
        for (int i = 0; i < 2; i++) {
            Row r = rows.get(i);
            CaseResult l = local.get(i);
            assertNull(r.getAs(RadiomicsSpark.ERROR));
            for (String f : l.features().names()) {
                assertEquals(Double.valueOf(l.features().get(f)), Double.valueOf(r.<String>getAs(f)), f);
            }
            String diag = r.getAs(RadiomicsSpark.DIAGNOSTICS);
            assertTrue(diag.startsWith("{\"Versions_radiomics4j\":"), diag);
        }
        String error = rows.get(2).getAs(RadiomicsSpark.ERROR);
        assertTrue(error.contains("truncated_brain1_image.nrrd"), error);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RadiomicsSparkJob.run(spark,
                RadiomicsSparkJob.parse(new String[] {small.toString(), paramsFile.toString(), out})));
        assertTrue(e.getMessage().contains("exists; pass --overwrite"), e.getMessage());
    }

    /** The local batch CSV's feature columns: after Error, without diagnostics_*. */
    static List<String> localFeatureColumns() throws IOException {
        String header = Files.readAllLines(localCsv).get(0);
        List<String> cols = List.of(header.split(","));
        return cols.subList(cols.indexOf("Error") + 1, cols.size()).stream()
                .filter(c -> !c.startsWith("diagnostics_")).collect(Collectors.toList());
    }

    static List<String> featureColumns(StructField[] fields) {
        List<String> out = new ArrayList<>();
        boolean after = false;
        for (StructField f : fields) {
            if (after) {
                out.add(f.name());
            }
            after |= f.name().equals(RadiomicsSpark.DIAGNOSTICS);
        }
        return out;
    }
}
