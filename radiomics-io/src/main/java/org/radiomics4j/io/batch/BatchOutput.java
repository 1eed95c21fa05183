package org.radiomics4j.io.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output file of a batch while it runs: rows appended one per finished case (one line each, flushed), the
 * header rewritten (atomically, through a temporary file and a rename) when a row brings a new column, and the
 * whole file rewritten in case order at the end. Used by one thread.
 */
final class BatchOutput implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchOutput.class);

    private final Path file;
    private final Path temp;
    private final List<String> inputColumns;
    private final TreeMap<Integer, Map<String, String>> rows = new TreeMap<>();
    private final int resumed;
    private List<String> header;
    private Writer appender;

    private BatchOutput(Path file, BatchCases cases, TreeMap<Integer, Map<String, String>> existing) {
        this.file = file;
        this.temp = file.resolveSibling(file.getFileName() + ".tmp");
        this.inputColumns = cases.columns();
        this.rows.putAll(existing);
        this.resumed = existing.size();
    }

    /**
     * Opens the output: a new file, a replaced one ({@code overwrite}) or an existing one whose complete rows are
     * kept ({@code resume}; a truncated last line, left by a killed run, is dropped and its case computed again).
     */
    static BatchOutput open(Path file, BatchCases cases, BatchConfig config) {
        TreeMap<Integer, Map<String, String>> existing = new TreeMap<>();
        if (Files.isDirectory(file)) {
            throw new BatchException("cannot write batch output " + file + ": it is a directory");
        }
        if (Files.exists(file)) {
            if (config.resume()) {
                existing = load(file, cases);
            } else if (!config.overwrite()) {
                throw new BatchException("batch output " + file + " exists; resume to complete it (keeping its rows) "
                        + "or overwrite to replace it");
            }
        }
        BatchOutput out = new BatchOutput(file, cases, existing);
        try {
            Files.deleteIfExists(out.temp);
        } catch (IOException e) {
            throw new BatchException("cannot remove stale temporary file " + out.temp + ": " + e, e);
        }
        out.header = BatchRows.columns(cases.columns(), List.copyOf(out.rows.values()));
        out.rewrite(out.header);
        return out;
    }

    /** Cases whose rows were kept from an existing output. */
    int resumed() {
        return resumed;
    }

    /** The kept and written rows by case id. */
    Map<Integer, Map<String, String>> rows() {
        return rows;
    }

    /** Appends a row (rewriting the file if it brings new columns) and flushes it to the file. */
    void add(int caseIndex, Map<String, String> row) {
        rows.put(caseIndex, row);
        List<String> merged = merge(header, row, inputColumns.size() + 2);
        if (merged != header) {
            header = merged;
            rewrite(header);
            return;
        }
        try {
            appender.write(BatchRows.csvLine(header, row));
            appender.write('\n');
            appender.flush();
        } catch (IOException e) {
            throw new BatchException("cannot append to batch output " + file + ": " + e, e);
        }
    }

    /** Rewrites the file with its rows in case order under the final columns, and closes it. */
    void finish() {
        rewrite(BatchRows.columns(inputColumns, List.copyOf(rows.values())));
        close();
    }

    @Override
    public void close() {
        if (appender != null) {
            try {
                appender.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close batch output " + file, e);
            } finally {
                appender = null;
            }
        }
    }

    /**
     * The header with the row's new keys, each inserted after the row's previous key but never inside the first
     * {@code prefix} columns (Case, the cases file's, Error); the same list if none is new.
     */
    private static List<String> merge(List<String> header, Map<String, String> row, int prefix) {
        java.util.Set<String> known = new java.util.HashSet<>(header);
        if (known.containsAll(row.keySet())) {
            return header;
        }
        List<String> h = new ArrayList<>(header);
        String prev = null;
        for (String k : row.keySet()) {
            if (!h.contains(k)) {
                h.add(Math.max(prefix, prev == null ? 0 : h.indexOf(prev) + 1), k);
            }
            prev = k;
        }
        return h;
    }

    private void rewrite(List<String> columns) {
        close();
        try {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(BatchRows.csvLine(columns, identity(columns)));
                w.write('\n');
                for (Map<String, String> r : rows.values()) {
                    w.write(BatchRows.csvLine(columns, r));
                    w.write('\n');
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            appender = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new BatchException("cannot write batch output " + file + ": " + e, e);
        }
    }

    private static Map<String, String> identity(List<String> columns) {
        Map<String, String> m = new LinkedHashMap<>();
        columns.forEach(c -> m.put(c, c));
        return m;
    }

    /** Reads the complete rows of an existing output, checking that it belongs to these cases. */
    private static TreeMap<Integer, Map<String, String>> load(Path file, BatchCases cases) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BatchException("cannot read batch output " + file + " to resume it: " + e, e);
        }
        TreeMap<Integer, Map<String, String>> out = new TreeMap<>();
        int cut = text.lastIndexOf('\n');
        if (cut < 0) {
            if (!text.isEmpty()) {
                LOG.info("{}: dropping its incomplete header line; starting afresh", file);
            }
            return out;
        }
        if (cut < text.length() - 1) {
            LOG.info("{}: dropping its incomplete last line ({} characters, a row cut off when the batch stopped); "
                    + "that case is computed again", file, text.length() - 1 - cut);
        }
        text = text.substring(0, cut + 1);
        CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(text), fmt)) {
            List<String> header = p.getHeaderNames();
            List<String> expected = new ArrayList<>();
            expected.add(BatchRows.CASE);
            expected.addAll(cases.columns());
            expected.add(BatchRows.ERROR);
            if (header.size() < expected.size() || !header.subList(0, expected.size()).equals(expected)) {
                throw new BatchException("cannot resume " + file + ": it does not look like the output of this batch; "
                        + "its first columns are " + header.subList(0, Math.min(header.size(), expected.size()))
                        + " but the cases file gives " + expected + " (overwrite to replace it)");
            }
            for (CSVRecord rec : p) {
                long line = rec.getRecordNumber() + 1;
                if (rec.size() != header.size()) {
                    throw new BatchException("cannot resume " + file + ": line " + line + " has " + rec.size()
                            + " cells but the header has " + header.size());
                }
                int idx;
                try {
                    idx = Integer.parseInt(rec.get(0));
                } catch (NumberFormatException e) {
                    throw new BatchException("cannot resume " + file + ": line " + line + ": Case must be a case number "
                            + "but was '" + rec.get(0) + "'");
                }
                if (idx < 1 || idx > cases.size()) {
                    throw new BatchException("cannot resume " + file + ": line " + line + ": Case " + idx
                            + " is not in the cases file, which has " + cases.size() + " cases");
                }
                BatchCase c = cases.cases().get(idx - 1);
                for (Map.Entry<String, String> e : c.columns().entrySet()) {
                    String got = rec.get(e.getKey());
                    if (!got.equals(e.getValue())) {
                        throw new BatchException("cannot resume " + file + ": line " + line + " (Case " + idx + ") has "
                                + e.getKey() + "='" + got + "' but the cases file has '" + e.getValue()
                                + "'; the cases file changed since (overwrite to start again)");
                    }
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (!rec.get(i).isEmpty()) {
                        row.put(header.get(i), rec.get(i));
                    }
                }
                if (out.put(idx, row) != null) {
                    throw new BatchException("cannot resume " + file + ": line " + line + ": Case " + idx
                            + " appears twice");
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new BatchException("cannot resume " + file + ": it is not valid CSV: " + e.getMessage(), e);
        }
        return out;
    }
}
