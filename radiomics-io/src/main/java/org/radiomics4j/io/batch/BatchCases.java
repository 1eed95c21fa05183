package org.radiomics4j.io.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The cases of a batch, in PyRadiomics' batch input layout: a CSV file (RFC 4180, UTF-8, an optional byte order
 * mark) whose header names the columns; {@code Image} and {@code Mask} (case-sensitive, as in PyRadiomics) hold the
 * paths of each case's image and mask, an optional {@code Label} the mask label of the case, and every other column
 * is passed through to the output unchanged. Relative paths are resolved against {@link #baseDirectory()}, the
 * folder of the cases file. Blank lines are skipped.
 *
 * @param columns the header, in file order
 * @param cases the cases, in file order; {@link BatchCase#index()} is the 1-based data row number
 * @param baseDirectory the folder against which relative paths are resolved
 */
public record BatchCases(List<String> columns, List<BatchCase> cases, Path baseDirectory) {
    /** Column names the output adds and that a cases file therefore must not have. */
    public static final List<String> RESERVED = List.of(BatchRows.CASE, BatchRows.ERROR);

    /** Copies the lists and checks the columns. */
    public BatchCases {
        columns = List.copyOf(columns);
        cases = List.copyOf(cases);
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        checkColumns(columns, "cases");
    }

    /**
     * Reads a cases file.
     *
     * @throws BatchException naming the file, and the line or column, if it cannot be read, lacks {@code Image} or
     *     {@code Mask}, repeats a column, uses a reserved column name ({@code Case}, {@code Error}, or a
     *     {@code diagnostics_} prefix), or has a row with more or fewer cells than the header
     */
    public static BatchCases read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new BatchException("cannot read cases file " + file + ": " + e, e);
        }
    }

    /**
     * Reads cases from CSV text; {@code source} names it in messages, {@code baseDirectory} resolves relative
     * paths.
     */
    public static BatchCases read(Reader in, String source, Path baseDirectory) throws IOException {
        CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser p = CSVParser.parse(in, fmt)) {
            List<String> header = new ArrayList<>(p.getHeaderNames());
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            try {
                checkColumns(header, source);
            } catch (IllegalArgumentException e) {
                throw new BatchException(e.getMessage());
            }
            List<BatchCase> cases = new ArrayList<>();
            for (CSVRecord rec : p) {
                if (rec.size() != header.size()) {
                    throw new BatchException(source + " line " + p.getCurrentLineNumber() + ": " + rec.size()
                            + " cells but the header has " + header.size() + " columns " + header);
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), rec.get(i));
                }
                cases.add(new BatchCase(cases.size() + 1, m));
            }
            return new BatchCases(header, cases, baseDirectory == null ? Path.of("") : baseDirectory);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new BatchException("cannot parse cases file " + source + ": " + e.getMessage(), e);
        }
    }

    /** The number of cases. */
    public int size() {
        return cases.size();
    }

    private static void checkColumns(List<String> header, String source) {
        for (String required : new String[] {BatchCase.IMAGE, BatchCase.MASK}) {
            if (!header.contains(required)) {
                String near = header.stream().filter(h -> h.strip().equalsIgnoreCase(required)).findFirst()
                        .map(h -> "; did you mean '" + h + "'? (names are case-sensitive, as in PyRadiomics)")
                        .orElse("");
                throw new IllegalArgumentException(source + ": the header has no '" + required + "' column (PyRadiomics'"
                        + " batch input needs Image and Mask); columns: " + header + near);
            }
        }
        List<String> seen = new ArrayList<>();
        for (String h : header) {
            if (seen.contains(h)) {
                throw new IllegalArgumentException(source + ": column '" + h + "' appears twice in the header");
            }
            if (RESERVED.contains(h) || h.startsWith("diagnostics_")) {
                throw new IllegalArgumentException(source + ": column '" + h + "' is reserved for the output (Case, "
                        + "Error and diagnostics_* are written by the batch); rename it");
            }
            seen.add(h);
        }
    }
}
