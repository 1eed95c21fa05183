package org.radiomics4j.spark;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.io.batch.BatchCase;
import org.radiomics4j.io.batch.BatchExtractor;
import org.radiomics4j.io.batch.CaseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The function each Spark partition runs: one output row per input row, computed lazily (one case in memory at a
 * time) by the local batch's per-case code ({@link BatchExtractor#extract}, which never throws for a failing case).
 * Output row: {@code Case}, the input's other columns unchanged, {@code Error}, {@code diagnostics}, the features.
 *
 * <p>The function is deterministic: a row's output depends only on the row, the settings and the files it names.
 * This is what makes task retries and speculative attempts safe (see {@link RadiomicsSpark}).
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExtractPartition.class);

    private final Serializable settings;
    private final String baseDirectory;
    private final Broadcast<byte[]> hadoopConf;
    /** The input's column names, in order; {@code casePosition} is that of {@code Case}. */
    private final String[] inputColumns;
    private final int casePosition;
    private final List<String> features;

    ExtractPartition(Serializable settings, String baseDirectory, Broadcast<byte[]> hadoopConf, String[] inputColumns,
            int casePosition, List<String> features) {
        this.settings = settings;
        this.baseDirectory = baseDirectory;
        this.hadoopConf = hadoopConf;
        this.inputColumns = inputColumns.clone();
        this.casePosition = casePosition;
        this.features = List.copyOf(features);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        BatchExtractor batch = BatchEngine.extractor(settings, new HadoopCaseReader(conf(hadoopConf.value()),
                baseDirectory));
        Map<String, Integer> featureIndex = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            featureIndex.put(features.get(i), i);
        }
        TaskContext tc = TaskContext.get();
        if (tc != null) {
            LOG.info("radiomics-spark: partition {} (attempt {}) starts", tc.partitionId(), tc.attemptNumber());
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                return extract(batch, featureIndex, input.next());
            }
        };
    }

    private Row extract(BatchExtractor batch, Map<String, Integer> featureIndex, Row in) {
        int index = in.getInt(casePosition);
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < inputColumns.length; i++) {
            if (i != casePosition) {
                Object v = in.get(i);
                columns.put(inputColumns[i], v == null ? "" : v.toString());
            }
        }
        String error;
        Map<String, String> diagnostics = null;
        Object[] values = new Object[features.size()];
        try {
            CaseResult r = batch.extract(new BatchCase(index, columns));
            error = r.error();
            if (r.ok()) {
                List<String> unknown = new ArrayList<>();
                r.features().toMap().forEach((k, v) -> {
                    Integer at = featureIndex.get(k);
                    if (at == null) {
                        unknown.add(k);
                    } else {
                        values[at] = v;
                    }
                });
                if (!unknown.isEmpty()) {
                    error = "case " + index + ": features " + unknown + " are not among the output's "
                            + features.size() + " feature columns (derived from the settings before the run)";
                    java.util.Arrays.fill(values, null);
                } else {
                    diagnostics = r.features().diagnostics();
                }
            }
        } catch (RuntimeException e) {
            // BatchExtractor.extract catches what a case throws; this is the case's row itself (a null Image, ...)
            error = "case " + index + ": " + RadiomicsException.messageChain(e);
        }
        Object[] out = new Object[inputColumns.length + 2 + features.size()];
        out[0] = index;
        int k = 1;
        for (int i = 0; i < inputColumns.length; i++) {
            if (i != casePosition) {
                out[k++] = in.get(i);
            }
        }
        out[k++] = error == null ? null : error.replaceAll("[\\r\\n]+", " ");
        out[k++] = diagnostics == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(diagnostics);
        System.arraycopy(values, 0, out, k, values.length);
        return RowFactory.create(out);
    }

    /** A Hadoop configuration from its {@link Configuration#write} bytes. */
    static Configuration conf(byte[] bytes) {
        Configuration c = new Configuration(false);
        try {
            c.readFields(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the broadcast Hadoop configuration", e);
        }
        return c;
    }
}
