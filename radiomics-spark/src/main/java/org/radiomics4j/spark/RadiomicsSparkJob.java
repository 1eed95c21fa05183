package org.radiomics4j.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code spark-submit} application: a cases file, a PyRadiomics parameter file and an output folder, as
 * {@code radiomics batch cases.csv -p params.yaml -o ...} on a cluster.
 *
 * <pre>
 * spark-submit --class org.radiomics4j.spark.RadiomicsSparkJob radiomics-spark-job.jar \
 *     CASES.csv PARAMS.yaml OUTPUT [--format parquet|csv] [--partitions N] [--overwrite]
 * </pre>
 *
 * <p>Paths are anything Hadoop's FileSystem API reads ({@code /local}, {@code hdfs://}, {@code s3a://}); relative
 * {@code Image}/{@code Mask} paths are resolved against the cases file's folder, as PyRadiomics does. The output
 * folder gets Spark's part files: Parquet (the schema of {@link RadiomicsSpark}), or CSV with a header line, where
 * the {@code diagnostics} map is one JSON object per row. An existing output folder is an error unless
 * {@code --overwrite}. Failed cases are error rows and do not fail the job (exit code 0); the job ends with a
 * summary on standard error naming each failed case. Exit code 2: a usage error, naming the bad argument; 1: the
 * job could not run (unreadable cases or parameter file, existing output).
 */
public final class RadiomicsSparkJob {
    private static final Logger LOG = LoggerFactory.getLogger(RadiomicsSparkJob.class);

    static final String USAGE = "usage: spark-submit --class " + RadiomicsSparkJob.class.getName()
            + " radiomics-spark-job.jar CASES.csv PARAMS.yaml OUTPUT [--format parquet|csv] [--partitions N]"
            + " [--overwrite]";

    private RadiomicsSparkJob() {
    }

    /** The output format. */
    enum Format {
        PARQUET, CSV
    }

    /**
     * The parsed command line.
     *
     * @param cases the cases file
     * @param params the PyRadiomics parameter file
     * @param output the output folder
     * @param format the output format
     * @param partitions the number of partitions, or 0 for {@link RadiomicsSpark#defaultPartitions}
     * @param overwrite whether an existing output folder is replaced
     */
    record Options(String cases, String params, String output, Format format, int partitions, boolean overwrite) {
    }

    /** A command line that cannot be run, with a message naming the bad argument. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Parses the arguments.
     *
     * @throws UsageException naming the bad argument: an unknown option, a bad {@code --format} or
     *     {@code --partitions} value, an option without its value, too few or too many positional arguments
     */
    static Options parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Format format = Format.PARQUET;
        int partitions = 0;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String name = a;
            if (a.startsWith("--") && a.contains("=")) {
                name = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            }
            switch (name) {
                case "--format" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    try {
                        format = Format.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--format must be parquet or csv but was '" + v + "'");
                    }
                }
                case "--partitions" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        partitions = -1;
                    }
                    if (partitions < 1) {
                        throw new UsageException("--partitions must be an integer >= 1 but was '" + v + "'");
                    }
                }
                case "--overwrite" -> {
                    if (value != null) {
                        throw new UsageException("--overwrite takes no value but was given '" + value + "'");
                    }
                    overwrite = true;
                }
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new UsageException("unknown option '" + a + "'; options: --format parquet|csv, "
                                + "--partitions N, --overwrite");
                    }
                    positional.add(a);
                }
            }
        }
        String[] what = {"CASES.csv (the cases file)", "PARAMS.yaml (the PyRadiomics parameter file)",
            "OUTPUT (the output folder)"};
        if (positional.size() < 3) {
            throw new UsageException("missing argument " + what[positional.size()]);
        }
        if (positional.size() > 3) {
            throw new UsageException("unexpected argument '" + positional.get(3) + "' (after CASES.csv, PARAMS.yaml "
                    + "and OUTPUT)");
        }
        return new Options(positional.get(0), positional.get(1), positional.get(2), format, partitions, overwrite);
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args[i];
    }

    /** Runs the job with {@code spark-submit}'s session; exit code 2 on a usage error, 1 if the job cannot run. */
    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            System.err.println("radiomics-spark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("radiomics4j batch " + o.cases()).getOrCreate();
        int code;
        try {
            Summary s = run(spark, o);
            System.err.println(s.report());
            code = 0;
        } catch (RadiomicsException | IllegalArgumentException e) {
            System.err.println("radiomics-spark: " + RadiomicsException.messageChain(e));
            code = 1;
        } finally {
            spark.stop();
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * What a run did.
     *
     * @param output the output folder
     * @param cases the number of cases
     * @param failures each failed case: its id and message
     */
    record Summary(String output, long cases, List<String> failures) {
        String report() {
            StringBuilder sb = new StringBuilder("radiomics-spark: " + cases + " cases, " + (cases - failures.size())
                    + " succeeded, " + failures.size() + " failed; wrote " + output);
            failures.forEach(f -> sb.append(System.lineSeparator()).append("  case ").append(f));
            return sb.toString();
        }
    }

    /**
     * Runs the job on {@code spark}: reads the cases and the parameters, extracts, writes the output, and reads
     * back the written output's {@code Case} and {@code Error} columns for the summary (the extraction is not run
     * twice).
     *
     * @throws RadiomicsException naming the file if the cases or parameter file cannot be read
     * @throws IllegalArgumentException if the output exists without {@code overwrite}
     */
    static Summary run(SparkSession spark, Options o) {
        ExtractionSettings settings = BatchEngine.parse(readText(spark, o.params()), o.params());
        Dataset<Row> cases = o.partitions() > 0 ? RadiomicsSpark.readCases(spark, o.cases(), o.partitions())
                : RadiomicsSpark.readCases(spark, o.cases());
        Dataset<Row> out = RadiomicsSpark.extract(spark, cases, settings, RadiomicsSpark.folderOf(spark, o.cases()));
        Path outPath = new Path(o.output());
        try {
            if (!o.overwrite() && outPath.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(outPath)) {
                throw new IllegalArgumentException("output " + o.output() + " exists; pass --overwrite to replace it");
            }
        } catch (IOException e) {
            throw new RadiomicsException("cannot check output " + o.output() + ": " + e, e);
        }
        LOG.info("radiomics-spark: cases {} in {} partitions to {} ({})", o.cases(), cases.rdd().getNumPartitions(),
                o.output(), o.format());
        SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        Dataset<Row> written;
        if (o.format() == Format.CSV) {
            out.withColumn(RadiomicsSpark.DIAGNOSTICS, functions.to_json(functions.col(RadiomicsSpark.DIAGNOSTICS)))
                    .write().mode(mode).option("header", true).csv(o.output());
            written = spark.read().option("header", true).csv(o.output());
        } else {
            out.write().mode(mode).parquet(o.output());
            written = spark.read().parquet(o.output());
        }
        List<String> failures = new ArrayList<>();
        for (Row r : written.select(RadiomicsSpark.CASE, RadiomicsSpark.ERROR)
                .where(functions.col(RadiomicsSpark.ERROR).isNotNull())
                .orderBy(functions.col(RadiomicsSpark.CASE).cast("int")).collectAsList()) {
            failures.add(r.get(0) + " failed: " + r.getString(1));
        }
        return new Summary(o.output(), written.count(), failures);
    }

    private static String readText(SparkSession spark, String file) {
        Path p = new Path(file);
        try (InputStream in = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RadiomicsException("cannot read parameter file " + file + ": " + e, e);
        }
    }
}
