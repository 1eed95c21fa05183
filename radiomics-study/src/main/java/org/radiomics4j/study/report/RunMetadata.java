package org.radiomics4j.study.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Facts about the run printed at the top of the report. Nothing here is read from the clock or the environment:
 * the caller passes every value, so the same inputs give the same report bytes.
 *
 * @param configSummary     the study configuration in a few lines (e.g. the config file name and its key
 *                          settings); may be multi-line, printed verbatim (escaped)
 * @param radiomicsVersion  the radiomics4j version, e.g. "0.1.0-SNAPSHOT"
 * @param javaVersion       the Java runtime version, e.g. "17.0.15"
 * @param date              the date of the run
 */
public record RunMetadata(String configSummary, String radiomicsVersion, String javaVersion, LocalDate date) {

    /** @throws NullPointerException if a component is null */
    public RunMetadata {
        Objects.requireNonNull(configSummary, "runMetadata.configSummary must not be null");
        Objects.requireNonNull(radiomicsVersion, "runMetadata.radiomicsVersion must not be null");
        Objects.requireNonNull(javaVersion, "runMetadata.javaVersion must not be null");
        Objects.requireNonNull(date, "runMetadata.date must not be null");
    }

    /**
     * Metadata for this JVM: the given summary and date, the radiomics4j version from the jar manifest ("unknown"
     * when run from classes) and {@code Runtime.version()}.
     */
    public static RunMetadata current(String configSummary, LocalDate date) {
        Package p = RunMetadata.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return new RunMetadata(configSummary, v == null ? "unknown" : v, Runtime.version().toString(), date);
    }
}
