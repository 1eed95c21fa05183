package org.radiomics4j.cli.stats;

import org.radiomics4j.cli.Choices;
import org.radiomics4j.cli.UsageException;
import org.radiomics4j.stats.table.CsvOptions;
import org.radiomics4j.stats.table.DecimalMark;

import picocli.CommandLine.Option;

/** The options every stats sub-command shares: how to read the CSV and how to print the result. */
final class CsvInput {

    @Option(names = "--delimiter", paramLabel = "C", order = 100,
            description = "field separator of the CSV: ',' (default), ';' (the decimal mark, point or comma, is then"
                    + " detected; a file with both is an error), 'tab', or any other single character")
    String delimiter;

    @Option(names = "--categorical", paramLabel = "A,B,...", order = 101,
            description = "columns to read as categories even where values look like numbers (otherwise a column"
                    + " of numbers with a stray word is an error naming the line and the cell)")
    String categorical;

    @Option(names = "--format", paramLabel = "F", order = 102, completionCandidates = Choices.Format.class,
            description = "table (default) or json (one object: command, input, settings, result)")
    String format;

    /** Whether the output is JSON; table otherwise. */
    boolean json() {
        return Choices.check("--format", format, "table", "table", "json").equals("json");
    }

    /** The CSV reading options these flags give. */
    CsvOptions csvOptions() {
        CsvOptions o = CsvOptions.defaults();
        if (delimiter != null) {
            char d;
            if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
                d = '\t';
            } else if (delimiter.length() == 1) {
                d = delimiter.charAt(0);
            } else {
                throw new UsageException("option --delimiter must be one character or 'tab' but was '" + delimiter
                        + "'");
            }
            if (d == '"' || d == '\n' || d == '\r') {
                throw new UsageException("option --delimiter cannot be a quote or a line break");
            }
            o = o.withDelimiter(d);
            if (d != ',') {
                o = o.withDecimalMark(DecimalMark.DETECT);
            }
        }
        if (categorical != null) {
            o = o.withCategoricalColumns(Choices.names("--categorical", categorical).toArray(String[]::new));
        }
        return o;
    }
}
