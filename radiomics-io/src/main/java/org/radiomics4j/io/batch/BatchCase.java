package org.radiomics4j.io.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One case of a batch: one data row of the cases file, in PyRadiomics' batch input layout.
 *
 * @param index the case id: the 1-based number of the data row in the cases file (the header is row 0); the
 *     {@code Case} column of the output and the key by which a resumed batch recognises finished cases
 * @param columns every column of the row, in the file's order (at least {@code Image} and {@code Mask}); all are
 *     passed through to the output row
 */
public record BatchCase(int index, Map<String, String> columns) {
    /** The column holding the image path. */
    public static final String IMAGE = "Image";
    /** The column holding the mask path. */
    public static final String MASK = "Mask";
    /** The optional column holding the mask label of the case (empty: the settings' label). */
    public static final String LABEL = "Label";
    /**
     * The optional column naming the structure to use when {@code Mask} is an RTSTRUCT (ROI Name), a DICOM SEG
     * (Segment Label) or a 3D Slicer {@code .seg.nrrd} (segment name); empty: {@code Mask} is a label volume. An
     * extension of PyRadiomics' batch layout, which has no such column.
     */
    public static final String MASK_NAME = "MaskName";

    /** Copies the columns, keeping their order. */
    public BatchCase {
        if (index < 1) {
            throw new IllegalArgumentException("case index must be >= 1 but was " + index);
        }
        Objects.requireNonNull(columns, "columns");
        for (String required : new String[] {IMAGE, MASK}) {
            if (columns.get(required) == null) {
                throw new IllegalArgumentException("case " + index + " has no '" + required + "' column; columns: "
                        + columns.keySet());
            }
        }
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The image path as written in the cases file (relative paths are resolved by the {@link CaseReader}). */
    public String image() {
        return columns.get(IMAGE);
    }

    /** The mask path as written in the cases file. */
    public String mask() {
        return columns.get(MASK);
    }

    /**
     * The case's {@code Label} cell, if the column exists and the cell is not blank.
     *
     * @throws IllegalArgumentException if the cell is not an integer {@code >= 1}, naming the case and the value
     */
    public OptionalInt label() {
        String s = columns.get(LABEL);
        if (s == null || s.isBlank()) {
            return OptionalInt.empty();
        }
        int v;
        try {
            v = Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("case " + index + ": Label must be an integer >= 1 but was '" + s + "'");
        }
        if (v < 1) {
            throw new IllegalArgumentException("case " + index + ": Label must be an integer >= 1 but was " + v);
        }
        return OptionalInt.of(v);
    }

    /** The case's {@code MaskName} cell (stripped), if the column exists and the cell is not blank. */
    public Optional<String> maskName() {
        String s = columns.get(MASK_NAME);
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
