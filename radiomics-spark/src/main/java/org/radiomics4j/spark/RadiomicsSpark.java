package org.radiomics4j.spark;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.io.batch.BatchCase;
import org.radiomics4j.io.batch.BatchCases;
import org.radiomics4j.io.batch.BatchException;
import org.radiomics4j.io.batch.BatchRows;

/**
 * Batch extraction on Apache Spark: the cases of a {@code radiomics batch} (PyRadiomics' batch input layout, see
 * {@code docs/batch.md}) as a {@link Dataset}, each partition running the local batch's per-case code
 * ({@link org.radiomics4j.io.batch.BatchExtractor#extract}) with images and masks read through Hadoop's FileSystem
 * API (local paths, {@code hdfs:}, {@code s3a:}, wherever the cluster is configured).
 *
 * <pre>{@code
 * Dataset<Row> cases = RadiomicsSpark.readCases(spark, "hdfs:///cohort/cases.csv");
 * Dataset<Row> features = RadiomicsSpark.extract(spark, cases, settings, "hdfs:///cohort");
 * features.write().parquet("hdfs:///cohort/features.parquet");
 * }</pre>
 *
 * <p><b>Output.</b> One row per input row, in input order within each partition, with the columns (schema known
 * before anything runs, {@link #outputSchema}):
 * <ol>
 * <li>{@code Case} (int): the case id, the input's {@code Case} column, or the 1-based position of the row in the
 *     input (as {@code radiomics batch} numbers the cases file's rows) if it has none;</li>
 * <li>the input's other columns, unchanged (values and types);</li>
 * <li>{@code Error} (string): null for a case that succeeded, else the error message, as {@code radiomics batch}
 *     writes it;</li>
 * <li>{@code diagnostics} (map of string to string): the case's {@code diagnostics_*} entries (keys without the
 *     prefix, as {@link org.radiomics4j.core.extract.FeatureSet#diagnostics}), null for an error row;</li>
 * <li>one double column per feature (PyRadiomics names, the order {@code radiomics batch} writes,
 *     {@link #featureColumns}); null for an error row.</li>
 * </ol>
 * The values are those of {@code radiomics batch} on the same cases, bit for bit: the same code computes them.
 *
 * <p><b>Failures.</b> A case that fails (unreadable file, label not in the mask, ROI too small, a feature that
 * cannot be computed) becomes an error row; it never fails the task or the job. Only a failure of Spark itself (a
 * lost executor, a full disk) fails a task, and Spark retries it.
 *
 * <p><b>Retries and speculative execution never duplicate or drop a row.</b> The extraction is a deterministic
 * function of each input row: the same row, settings and files give the same output row on any attempt, executor
 * or thread count (the extractor keeps no state between cases and its results do not depend on the thread count).
 * A partition's rows are produced lazily from its input rows, one output row per input row, inside one task, so a
 * failed or killed attempt (a retry after an executor loss, the slower of two speculative attempts) simply leaves
 * unfinished output; it is never merged with another attempt's. Written output goes through Spark's output commit
 * protocol: each attempt writes to its own temporary location, the driver's output commit coordinator lets exactly
 * one attempt per partition commit, and the job commit publishes the committed partitions only. The input must
 * itself be deterministic (a file, or {@link #readCases}); rows numbered here by position rely on that (a
 * {@code Case} column removes the need).
 *
 * <p>Thread-safe; no state. Spark, Hadoop and SLF4J are provided by the cluster (this module declares them
 * {@code provided}).
 */
public final class RadiomicsSpark {
    /** The case id column. */
    public static final String CASE = BatchRows.CASE;
    /** The error message column (null: the case succeeded). */
    public static final String ERROR = BatchRows.ERROR;
    /** The diagnostics column, a map from diagnostics key (without the {@code diagnostics_} prefix) to value. */
    public static final String DIAGNOSTICS = "diagnostics";

    private RadiomicsSpark() {
    }

    /**
     * A cases file (PyRadiomics' batch input layout, read and checked on the driver by the same code as
     * {@code radiomics batch}: {@link BatchCases#read(Reader, String, java.nio.file.Path)}) as a Dataset: {@code Case}
     * (the 1-based data row number), then the file's columns as strings, unchanged (relative paths stay relative:
     * pass the file's folder, {@link #folderOf}, to {@link #extract(SparkSession, Dataset, ExtractionSettings,
     * String)}). The rows are split into {@code partitions} contiguous slices in file order.
     *
     * @param casesCsv a path or URI that Hadoop's FileSystem API reads
     * @param partitions the number of partitions ({@code >= 1}); each is one task
     * @throws BatchException naming the file (and line or column) if it cannot be read or is malformed
     */
    public static Dataset<Row> readCases(SparkSession spark, String casesCsv, int partitions) {
        Objects.requireNonNull(spark, "spark");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 but was " + partitions);
        }
        return toDataset(spark, parseCases(spark, casesCsv), partitions);
    }

    private static Dataset<Row> toDataset(SparkSession spark, BatchCases cases, int partitions) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(CASE, DataTypes.IntegerType, false));
        for (String c : cases.columns()) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, false));
        }
        List<Row> rows = new ArrayList<>();
        for (BatchCase c : cases.cases()) {
            Object[] v = new Object[cases.columns().size() + 1];
            v[0] = c.index();
            for (int i = 0; i < cases.columns().size(); i++) {
                v[i + 1] = c.columns().get(cases.columns().get(i));
            }
            rows.add(RowFactory.create(v));
        }
        JavaRDD<Row> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, Math.max(1, Math.min(partitions, rows.size())));
        return spark.createDataFrame(rdd, DataTypes.createStructType(fields));
    }

    /**
     * {@link #readCases(SparkSession, String, int)} with {@link #defaultPartitions} partitions.
     *
     * @throws BatchException naming the file if it cannot be read or is malformed
     */
    public static Dataset<Row> readCases(SparkSession spark, String casesCsv) {
        BatchCases cases = parseCases(spark, casesCsv);
        return toDataset(spark, cases, defaultPartitions(spark, cases.size()));
    }

    /**
     * The default number of partitions for {@code cases} cases: four per core of the application
     * ({@code 4 * defaultParallelism}, so that slow cases balance out), at most one per case.
     */
    public static int defaultPartitions(SparkSession spark, int cases) {
        return Math.max(1, Math.min(cases, 4 * spark.sparkContext().defaultParallelism()));
    }

    /**
     * The folder of a file; a path without a scheme is first qualified on the default file system (for
     * {@link #extract(SparkSession, Dataset, ExtractionSettings, String)}: the base of a cases file's relative
     * paths).
     */
    public static String folderOf(SparkSession spark, String file) {
        Path p = new Path(file);
        try {
            if (p.toUri().getScheme() == null) {
                p = FileSystem.get(spark.sparkContext().hadoopConfiguration()).makeQualified(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + file + ": " + e, e);
        }
        Path parent = p.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("file '" + file + "' has no folder");
        }
        return parent.toString();
    }

    /**
     * Extracts every case, relative paths resolved against the default file system's working directory (the
     * current directory for local files); see the class comment for the output.
     *
     * @throws IllegalArgumentException as {@link #extract(SparkSession, Dataset, ExtractionSettings, String, List)}
     */
    public static Dataset<Row> extract(SparkSession spark, Dataset<Row> cases, ExtractionSettings settings) {
        return extract(spark, cases, settings, null);
    }

    /**
     * Extracts every case, relative {@code Image} and {@code Mask} paths resolved against {@code baseDirectory}
     * (a path or URI; null: the default file system's working directory), with the feature columns derived from
     * the settings ({@link #featureColumns}).
     *
     * @throws IllegalArgumentException as {@link #extract(SparkSession, Dataset, ExtractionSettings, String, List)},
     *     or if the feature columns cannot be derived from the settings
     */
    public static Dataset<Row> extract(SparkSession spark, Dataset<Row> cases, ExtractionSettings settings,
            String baseDirectory) {
        return extract(spark, cases, settings, baseDirectory, featureColumns(settings));
    }

    /**
     * Extracts every case with the given feature columns. A case that has a feature outside {@code features}
     * becomes an error row naming it (never a silently dropped value); a feature a case lacks is null.
     *
     * @param cases at least {@code Image} and {@code Mask}; optional {@code Label}, {@code MaskName} and
     *     {@code Case} (int); every other column is passed through. Values are used as their {@code toString()}
     *     (null as empty), as the cells of a cases file.
     * @throws IllegalArgumentException naming the column if {@code Image} or {@code Mask} is missing, {@code Case}
     *     is not an int column, or a column has a name the output writes ({@code Error}, {@code diagnostics},
     *     {@code diagnostics_*}, a feature name); or if the settings cannot be shipped to executors
     */
    public static Dataset<Row> extract(SparkSession spark, Dataset<Row> cases, ExtractionSettings settings,
            String baseDirectory, List<String> features) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(settings, "settings");
        Serializable shipped = BatchEngine.ship(settings);
        StructType in = cases.schema();
        List<String> names = List.of(in.fieldNames());
        if (!names.contains(CASE)) {
            cases = numbered(spark, cases);
            in = cases.schema();
            names = List.of(in.fieldNames());
        }
        StructType out = outputSchema(in, features);
        Broadcast<byte[]> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(confBytes(spark.sparkContext().hadoopConfiguration()));
        ExtractPartition f = new ExtractPartition(shipped, baseDirectory, conf, in.fieldNames(), names.indexOf(CASE),
                features);
        return cases.mapPartitions(f, Encoders.row(out));
    }

    /**
     * The feature columns, in output order, of cases extracted with {@code settings}: the names that
     * {@code radiomics batch} writes, found by extracting a synthetic probe case with these settings (the names
     * depend on the settings only: image types, derived images, classes, enabled features).
     *
     * @throws IllegalArgumentException naming the cause if the probe extraction fails (settings that would fail
     *     most cases too, or a case-specific setting: then pass the columns to
     *     {@link #extract(SparkSession, Dataset, ExtractionSettings, String, List)})
     */
    public static List<String> featureColumns(ExtractionSettings settings) {
        return BatchEngine.featureColumns(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The output schema for an input schema and feature columns: {@code Case} (int), the input's other columns,
     * {@code Error}, {@code diagnostics}, the features (double).
     *
     * @throws IllegalArgumentException naming the column if the input lacks {@code Image} or {@code Mask}, has a
     *     {@code Case} that is not an int column, or has a column the output writes
     */
    public static StructType outputSchema(StructType cases, List<String> features) {
        List<String> names = List.of(cases.fieldNames());
        for (String required : new String[] {BatchCase.IMAGE, BatchCase.MASK}) {
            if (!names.contains(required)) {
                throw new IllegalArgumentException("cases have no '" + required + "' column (PyRadiomics' batch input"
                        + " needs Image and Mask, case-sensitive); columns: " + names);
            }
        }
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(CASE, DataTypes.IntegerType, false));
        // compared ignoring case: Spark resolves column names case-insensitively by default (spark.sql.caseSensitive)
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (String f : features) {
            taken.add(f.toLowerCase(java.util.Locale.ROOT));
        }
        taken.add(ERROR.toLowerCase(java.util.Locale.ROOT));
        taken.add(DIAGNOSTICS);
        for (StructField f : cases.fields()) {
            if (f.name().equals(CASE)) {
                if (!f.dataType().equals(DataTypes.IntegerType)) {
                    throw new IllegalArgumentException("column 'Case' must be an int column (the case id) but is "
                            + f.dataType().simpleString());
                }
                continue;
            }
            String lower = f.name().toLowerCase(java.util.Locale.ROOT);
            if (taken.contains(lower) || lower.startsWith("diagnostics_")) {
                throw new IllegalArgumentException("column '" + f.name() + "' of the cases is a name the output "
                        + "writes (Error, diagnostics, diagnostics_*, the feature columns; compared ignoring case, as Spark "
                        + "resolves columns); rename it");
            }
            fields.add(f);
        }
        fields.add(DataTypes.createStructField(ERROR, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DIAGNOSTICS,
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true));
        for (String feature : features) {
            fields.add(DataTypes.createStructField(feature, DataTypes.DoubleType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The cases with a {@code Case} column first: the 1-based position of each row (Spark's zipWithIndex). */
    private static Dataset<Row> numbered(SparkSession spark, Dataset<Row> cases) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(CASE, DataTypes.IntegerType, false));
        fields.addAll(List.of(cases.schema().fields()));
        JavaRDD<Row> rows = cases.javaRDD().zipWithIndex().map(t -> {
            Object[] v = new Object[t._1().size() + 1];
            v[0] = Math.toIntExact(t._2() + 1);
            for (int i = 0; i < t._1().size(); i++) {
                v[i + 1] = t._1().get(i);
            }
            return RowFactory.create(v);
        });
        return spark.createDataFrame(rows, DataTypes.createStructType(fields));
    }

    private static BatchCases parseCases(SparkSession spark, String casesCsv) {
        Objects.requireNonNull(casesCsv, "casesCsv");
        Path p = new Path(casesCsv);
        try (Reader r = new InputStreamReader(p.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(p),
                StandardCharsets.UTF_8)) {
            // relative paths are resolved by the case reader against the folder given to extract, not here
            return BatchCases.read(r, casesCsv, java.nio.file.Path.of(""));
        } catch (IOException e) {
            throw new BatchException("cannot read cases file " + casesCsv + ": " + e, e);
        }
    }

    private static byte[] confBytes(Configuration conf) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            conf.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the Hadoop configuration", e);
        }
        return b.toByteArray();
    }
}
