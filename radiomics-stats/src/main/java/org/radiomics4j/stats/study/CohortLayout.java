package org.radiomics4j.stats.study;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where the study's data are in the table and how subjects form the two groups (the part of a
 * {@link StudyDesign} every analysis shares). Invalid values throw {@link IllegalArgumentException} naming the
 * field, the value and the rule.
 *
 * @param idColumn       subject identifier column (default {@code patient_id})
 * @param grouping       how subjects are split into the positive (label 1) and negative (label 0) group
 * @param positiveLabel  report name of the positive group (default "Responders")
 * @param negativeLabel  report name of the negative group (default "Non-responders")
 * @param phase          imaging phase of these features, for reports (null = not stated)
 * @param featureColumns radiomic feature columns (reader 1); empty = every column starting with
 *                       {@code featurePrefix}
 * @param featurePrefix  prefix selecting the features when {@code featureColumns} is empty and
 *                       {@code featurePattern} is null (default {@code original_})
 * @param featurePattern regular expression ({@link java.util.regex.Pattern} syntax) that a column's whole name must
 *                       match to be a feature when {@code featureColumns} is empty (a name starting with {@code reader2Prefix} never
 *                       is); it replaces
 *                       {@code featurePrefix} (null = select by prefix). Lets a study select several image types,
 *                       e.g. {@code (original|square)_.+}; see {@link #isFeatureName(String)}
 * @param reader2Prefix  prefix of the second reader's copy of each feature (e.g. {@code r2_}); null = none
 * @param phaseColumn    long format: the column naming each row's phase; only rows equal to {@code phase} are
 *                       analysed (null = none)
 * @param readerColumn   long format: the column naming each row's reader; exclusive with {@code reader2Prefix}
 * @param reader1Value   with {@code readerColumn}: the analysed reader
 * @param reader2Value   with {@code readerColumn}: the second reader for the ICC (null = none)
 */
public record CohortLayout(String idColumn, GroupingRule grouping, String positiveLabel, String negativeLabel,
        String phase, List<String> featureColumns, String featurePrefix, String featurePattern,
        String reader2Prefix, String phaseColumn,
        String readerColumn, String reader1Value, String reader2Value) {

    public CohortLayout {
        StudyDesign.requireText("idColumn", idColumn);
        Objects.requireNonNull(grouping, "grouping must not be null");
        StudyDesign.requireText("positiveLabel", positiveLabel);
        StudyDesign.requireText("negativeLabel", negativeLabel);
        if (positiveLabel.equals(negativeLabel)) {
            throw new IllegalArgumentException("positiveLabel and negativeLabel must differ but both were '"
                    + positiveLabel + "'");
        }
        featureColumns = List.copyOf(Objects.requireNonNull(featureColumns, "featureColumns must not be null"));
        Objects.requireNonNull(featurePrefix, "featurePrefix must not be null");
        if (featureColumns.isEmpty() && featurePrefix.isEmpty()) {
            throw new IllegalArgumentException("featurePrefix must not be empty when featureColumns is empty");
        }
        if (featurePattern != null) {
            StudyDesign.requireText("featurePattern", featurePattern);
            try {
                Pattern.compile(featurePattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("featurePattern '" + featurePattern + "' is not a valid regular "
                        + "expression: " + e.getDescription(), e);
            }
        }
        if (reader2Prefix != null) {
            StudyDesign.requireText("reader2Prefix", reader2Prefix);
        }
        if (phaseColumn != null) {
            StudyDesign.requireText("phaseColumn", phaseColumn);
            if (phase == null) {
                throw new IllegalArgumentException("phase must be set (the value of phaseColumn '" + phaseColumn
                        + "' to analyse) but was null");
            }
        }
        if (readerColumn != null) {
            StudyDesign.requireText("readerColumn", readerColumn);
            StudyDesign.requireText("reader1Value", reader1Value);
            if (reader2Prefix != null) {
                throw new IllegalArgumentException("readerColumn ('" + readerColumn + "') and reader2Prefix ('"
                        + reader2Prefix + "') are exclusive: give the second reader as rows or as columns");
            }
            if (reader1Value.equals(reader2Value)) {
                throw new IllegalArgumentException("reader2Value must differ from reader1Value but both were '"
                        + reader1Value + "'");
            }
        } else if (reader2Value != null) {
            throw new IllegalArgumentException("reader2Value ('" + reader2Value + "') needs readerColumn, which is "
                    + "null");
        }
    }

    /**
     * Whether a column name is a feature by this layout's rule when {@code featureColumns} is empty: the whole name
     * matches {@code featurePattern} if it is set, otherwise the name starts with {@code featurePrefix}. The second
     * reader's copies ({@code reader2Prefix} + name) are never features.
     *
     * @param column a column name
     * @return true if the column is selected as a feature
     */
    public boolean isFeatureName(String column) {
        if (featurePattern == null) {
            return column.startsWith(featurePrefix);
        }
        return !(reader2Prefix != null && column.startsWith(reader2Prefix))
                && Pattern.compile(featurePattern).matcher(column).matches();
    }

    /** Whether a second reader is given (columns or rows). */
    public boolean hasSecondReader() {
        return reader2Prefix != null || (readerColumn != null && reader2Value != null);
    }
}
