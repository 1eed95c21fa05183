package org.radiomics4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.PyRadiomicsParameters;
import org.radiomics4j.io.batch.BatchCases;
import org.radiomics4j.io.batch.BatchConfig;
import org.radiomics4j.io.batch.BatchExtractor;
import org.radiomics4j.io.batch.BatchListener;
import org.radiomics4j.io.batch.CaseResult;

/**
 * Task retries on {@code local[2,4]} (two threads, a task may fail up to 4 times): every task's first attempt fails
 * after its first output row has been handed to the Parquet writer; the retried attempts complete. The output still
 * has exactly one row per case, equal to the local batch's. Also the Java API on a Dataset read by Spark's own CSV
 * reader (no {@code Case} column: numbered by position; a typed {@code Label}), and its refusals.
 */
class RadiomicsSparkRetryTest {
    static final int CASES = 8;
    static final int BROKEN = 5;
    /** Fewer classes than the done-when test: the claim here is about rows, not features. */
    static final String PARAMS = "setting:\n  binWidth: 25\n  voxelArrayShift: 2000\nfeatureClass:\n"
            + "  firstorder:\n  glcm:\n  shape:\n";

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path casesFile;
    static ExtractionSettings settings;
    static List<CaseResult> local;

    @BeforeAll
    static void start() throws IOException {
        casesFile = SparkTestCohort.cases(dir, "cases.csv", CASES, BROKEN);
        settings = PyRadiomicsParameters.parse(PARAMS, "params");
        local = BatchExtractor.of(settings, BatchConfig.defaults().withJobs(2))
                .runAndCollect(BatchCases.read(casesFile), dir.resolve("local.csv"), BatchListener.NONE);
        spark = SparkTestCohort.spark("local[2,4]");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Passes rows through; on a task's first attempt, throws after the first row (and leaves a marker file). */
    static final class FailFirstAttempt implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final String markers;

        FailFirstAttempt(String markers) {
            this.markers = markers;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> in) throws IOException {
            TaskContext tc = TaskContext.get();
            Files.createFile(Path.of(markers, "p" + tc.partitionId() + "-a" + tc.attemptNumber()));
            boolean fail = tc.attemptNumber() == 0;
            return new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    if (fail && n == 1) {
                        throw new IllegalStateException("test: first attempt of partition " + tc.partitionId()
                                + " fails after its first row");
                    }
                    return in.hasNext();
                }

                @Override
                public Row next() {
                    n++;
                    return in.next();
                }
            };
        }
    }

    @Test
    void retriedTasksNeitherDuplicateNorDropARow() throws IOException {
        Path markers = Files.createDirectory(dir.resolve("markers"));
        Dataset<Row> cases = RadiomicsSpark.readCases(spark, casesFile.toString(), 4);
        Dataset<Row> features = RadiomicsSpark.extract(spark, cases, settings, RadiomicsSpark.folderOf(spark,
                casesFile.toString()));
        String out = dir.resolve("retried.parquet").toString();
        features.mapPartitions(new FailFirstAttempt(markers.toString()), Encoders.row(features.schema()))
                .write().parquet(out);
        try (Stream<Path> s = Files.list(markers)) {
            List<String> m = s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
            assertEquals(List.of("p0-a0", "p0-a1", "p1-a0", "p1-a1", "p2-a0", "p2-a1", "p3-a0", "p3-a1"), m,
                    "each of the 4 tasks failed once and was retried once");
        }
        List<Row> rows = spark.read().parquet(out).orderBy(RadiomicsSpark.CASE).collectAsList();
        assertEquals(CASES, rows.size());
        List<String> featureColumns = RadiomicsSparkJobTest.featureColumns(rows.get(0).schema().fields());
        for (int i = 0; i < CASES; i++) {
            SparkTestCohort.assertSameRow(local.get(i), rows.get(i), List.of("ID", "Image", "Mask", "Label", "Group"),
                    featureColumns);
        }
    }

    @Test
    void aDatasetWithoutCaseColumnIsNumberedByPosition() {
        Dataset<Row> cases = spark.read().option("header", true).option("escape", "\"").csv(casesFile.toString())
                .withColumn("Label", functions.col("Label").cast("int"));
        List<Row> rows = RadiomicsSpark.extract(spark, cases, settings, casesFile.getParent().toString())
                .orderBy(RadiomicsSpark.CASE).collectAsList();
        assertEquals(CASES, rows.size());
        List<String> featureColumns = RadiomicsSparkJobTest.featureColumns(rows.get(0).schema().fields());
        for (int i = 0; i < CASES; i++) {
            // Spark's CSV reader gives null for an empty cell, the cases file reader ""; ID, Image, Mask and Group
            // are the same strings
            SparkTestCohort.assertSameRow(local.get(i), rows.get(i), List.of("ID", "Image", "Mask", "Group"),
                    featureColumns);
        }
    }

    @Test
    void theFolderOfARelativeCasesPathIsQualified() {
        // spark-submit ... cases.csv: relative Image paths are then taken from the working directory's folder
        assertEquals("file:" + Path.of("").toAbsolutePath(), RadiomicsSpark.folderOf(spark, "cases.csv"));
        assertEquals("hdfs://nn:8020/cohort", RadiomicsSpark.folderOf(spark, "hdfs://nn:8020/cohort/cases.csv"));
    }

    @Test
    void refusals() {
        Dataset<Row> cases = RadiomicsSpark.readCases(spark, casesFile.toString(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RadiomicsSpark.extract(spark, cases.drop("Mask"), settings));
        assertTrue(e.getMessage().startsWith("cases have no 'Mask' column"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RadiomicsSpark.extract(spark, cases.withColumnRenamed("Group", "Error"), settings));
        assertTrue(e.getMessage().startsWith("column 'Error' of the cases is a name the output writes"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RadiomicsSpark.extract(spark, cases.withColumnRenamed("Group", "ORIGINAL_GLCM_Correlation"),
                        settings));
        assertTrue(e.getMessage().startsWith("column 'ORIGINAL_GLCM_Correlation' of the cases is a name the output"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RadiomicsSpark.extract(spark,
                cases.withColumn(RadiomicsSpark.CASE, functions.col(RadiomicsSpark.CASE).cast("string")), settings));
        assertTrue(e.getMessage().startsWith("column 'Case' must be an int column"), e.getMessage());
        assertThrows(org.radiomics4j.io.batch.BatchException.class,
                () -> RadiomicsSpark.readCases(spark, dir.resolve("missing.csv").toString()));
    }
}
