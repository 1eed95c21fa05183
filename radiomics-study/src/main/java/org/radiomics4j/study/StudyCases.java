package org.radiomics4j.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.CohortTableFormatException;
import org.radiomics4j.stats.table.CsvOptions;

/**
 * The cases file of a study: a CSV (RFC 4180, UTF-8, header row) with one row per patient.
 *
 * <ul>
 *   <li>{@code <idColumn>}: the patient id (unique, non-empty);</li>
 *   <li>{@code image_<phase>} for every phase of the configuration: the image (NRRD, NIfTI, MetaImage, or a DICOM
 *       series: its folder or one of its files);</li>
 *   <li>{@code mask_<reader>_<phase>} for every reader and phase: the mask (a label volume, label as in the
 *       parameter file; or an RTSTRUCT, DICOM SEG or {@code .seg.nrrd} with a name in the next column);</li>
 *   <li>{@code maskname_<reader>_<phase>} (optional, per reader and phase): the ROI Name of an RTSTRUCT, the
 *       Segment Label of a DICOM SEG or the segment name of a {@code .seg.nrrd} mask; empty for a label volume
 *       (the {@code MaskName} column of the batch engine, {@link org.radiomics4j.io.batch.BatchCase#MASK_NAME});</li>
 *   <li>every other column: clinical data (numbers or text; empty, {@code NA} and {@code NaN} are missing).</li>
 * </ul>
 * Image and mask paths are relative to the folder of the cases file (absolute paths are kept). When the
 * configuration gives a feature table, the image and mask columns may be absent. Errors are
 * {@link CohortTableFormatException}s naming the file, the line and the column.
 *
 * @param file     the cases file
 * @param cases    the cases, in file order
 * @param clinical the clinical columns (id first), one row per case in the same order
 */
public record StudyCases(Path file, List<StudyCase> cases, CohortTable clinical) {

    public StudyCases {
        cases = List.copyOf(cases);
    }

    /**
     * One patient of the cases file.
     *
     * @param id     patient id
     * @param line   line of its row in the cases file (1-based, the header is line 1)
     * @param images image per phase (absolute), empty without image columns
     * @param masks  mask per reader, then per phase (absolute), empty without mask columns
     * @param maskNames the structure name per reader, then per phase, of the masks that have one (an RTSTRUCT,
     *                  DICOM SEG or {@code .seg.nrrd} mask); a label volume has no entry
     */
    public record StudyCase(String id, int line, Map<String, Path> images, Map<String, Map<String, Path>> masks,
                            Map<String, Map<String, String>> maskNames) {
        public StudyCase {
            images = Map.copyOf(images);
            Map<String, Map<String, Path>> m = new LinkedHashMap<>();
            masks.forEach((k, v) -> m.put(k, Map.copyOf(v)));
            masks = java.util.Collections.unmodifiableMap(m);
            Map<String, Map<String, String>> mn = new LinkedHashMap<>();
            maskNames.forEach((k, v) -> mn.put(k, Map.copyOf(v)));
            maskNames = java.util.Collections.unmodifiableMap(mn);
        }

        /** A case whose masks are all label volumes. */
        public StudyCase(String id, int line, Map<String, Path> images, Map<String, Map<String, Path>> masks) {
            this(id, line, images, masks, Map.of());
        }
    }

    /** The column holding the image of a phase. */
    public static String imageColumn(String phase) {
        return "image_" + phase;
    }

    /** The column holding the mask of a reader and phase. */
    public static String maskColumn(String reader, String phase) {
        return "mask_" + reader + "_" + phase;
    }

    /** The optional column holding the structure name of the mask of a reader and phase. */
    public static String maskNameColumn(String reader, String phase) {
        return "maskname_" + reader + "_" + phase;
    }

    /**
     * Reads the cases file named by the configuration.
     *
     * @param requireImages whether the image and mask columns must be present (false with a feature table)
     * @throws CohortTableFormatException naming the file, line and column of a malformed or incomplete file
     * @throws UncheckedIOException       if the file cannot be read
     */
    public static StudyCases read(StudyConfig config, boolean requireImages) {
        Path file = Objects.requireNonNull(config.cases(), "config.cases");
        String src = file.toString();
        CohortTable t;
        try {
            // columns the configuration declares categorical or ordinal may hold text in numeric-looking data
            // (names absent from the header are left to the configuration's column check, which names the line)
            java.util.Set<String> header = headerOf(file);
            String[] declared = config.clinical().stream()
                    .filter(v -> v.kind() != org.radiomics4j.stats.study.VariableKind.CONTINUOUS)
                    .map(org.radiomics4j.stats.study.ClinicalVariable::name).filter(header::contains)
                    .toArray(String[]::new);
            t = CohortTable.read(file, CsvOptions.defaults().withCategoricalColumns(declared));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cases file " + file, e);
        }
        if (!t.hasColumn(config.idColumn())) {
            throw new CohortTableFormatException(src, 1, config.idColumn(), "the id column (idColumn of "
                    + config.file().getFileName() + ") is missing; columns: " + t.columnNames());
        }
        List<String> required = new ArrayList<>();
        if (requireImages) {
            for (String phase : config.phases()) {
                required.add(imageColumn(phase));
                for (String reader : config.readers()) {
                    required.add(maskColumn(reader, phase));
                }
            }
        }
        for (String c : required) {
            if (!t.hasColumn(c)) {
                throw new CohortTableFormatException(src, 1, c, "column missing (needed for phases "
                        + config.phases() + " and readers " + config.readers() + "); columns: " + t.columnNames());
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        String[] ids = t.stringColumnWithNulls(config.idColumn());
        Map<String, Integer> seen = new HashMap<>();
        List<StudyCase> cases = new ArrayList<>();
        List<String> clinicalColumns = new ArrayList<>();
        for (String c : t.columnNames()) {
            if (!c.startsWith("image_") && !c.startsWith("mask_") && !c.startsWith("maskname_")) {
                clinicalColumns.add(c);
            }
        }
        for (int r = 0; r < t.rowCount(); r++) {
            int line = r + 2;
            if (ids[r] == null) {
                throw new CohortTableFormatException(src, line, config.idColumn(), "empty patient id");
            }
            Integer prev = seen.put(ids[r], line);
            if (prev != null) {
                throw new CohortTableFormatException(src, line, config.idColumn(), "patient id '" + ids[r]
                        + "' already used on line " + prev);
            }
            Map<String, Path> images = new LinkedHashMap<>();
            Map<String, Map<String, Path>> masks = new LinkedHashMap<>();
            Map<String, Map<String, String>> maskNames = new LinkedHashMap<>();
            if (requireImages) {
                for (String phase : config.phases()) {
                    images.put(phase, path(t, r, imageColumn(phase), dir, src, line));
                }
                for (String reader : config.readers()) {
                    Map<String, Path> perPhase = new LinkedHashMap<>();
                    for (String phase : config.phases()) {
                        perPhase.put(phase, path(t, r, maskColumn(reader, phase), dir, src, line));
                        String nc = maskNameColumn(reader, phase);
                        if (t.hasColumn(nc) && !t.isMissing(r, nc) && !t.row(r).getString(nc).isBlank()) {
                            maskNames.computeIfAbsent(reader, k -> new LinkedHashMap<>())
                                    .put(phase, t.row(r).getString(nc).strip());
                        }
                    }
                    masks.put(reader, perPhase);
                }
            }
            cases.add(new StudyCase(ids[r], line, images, masks, maskNames));
        }
        if (cases.isEmpty()) {
            throw new CohortTableFormatException(src, 2, null, "no cases (only a header row)");
        }
        return new StudyCases(file, cases, t.select(clinicalColumns.toArray(String[]::new)));
    }

    private static Path path(CohortTable t, int row, String column, Path dir, String src, int line) {
        if (t.isMissing(row, column)) {
            throw new CohortTableFormatException(src, line, column, "empty path");
        }
        return dir.resolve(t.row(row).getString(column)).normalize();
    }

    /** The column names of a CSV file's first record (BOM and quoting handled as CohortTable reads them). */
    private static java.util.Set<String> headerOf(Path file) throws IOException {
        try (var reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
                var csv = org.apache.commons.csv.CSVFormat.DEFAULT.parse(reader)) {
            var it = csv.iterator();
            java.util.Set<String> names = new java.util.HashSet<>();
            if (it.hasNext()) {
                for (String n : it.next()) {
                    names.add(n.replace("\uFEFF", "").trim());
                }
            }
            return names;
        }
    }
}
