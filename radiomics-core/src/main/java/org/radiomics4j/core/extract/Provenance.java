package org.radiomics4j.core.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a feature set came from: the radiomics4j version, the Java runtime (version, vendor) and the platform
 * (OS, architecture), since {@code Math} results may differ across platforms, and the settings used. The extractor
 * writes it to the diagnostics as {@code Versions_*} and {@code Configuration_Settings}.
 *
 * @param radiomics4jVersion the library version ({@code Implementation-Version} of the jar, or {@code "development"}
 *     when running from classes)
 */
public record Provenance(String radiomics4jVersion, String javaVersion, String javaVendor, String osName,
        String osArch, ExtractionSettings settings) {

    public Provenance {
        Objects.requireNonNull(radiomics4jVersion, "radiomics4jVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(javaVendor, "javaVendor");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(osArch, "osArch");
        Objects.requireNonNull(settings, "settings");
    }

    /** The provenance of an extraction run with {@code settings} in this JVM. */
    public static Provenance current(ExtractionSettings settings) {
        String v = Provenance.class.getPackage() == null ? null : Provenance.class.getPackage().getImplementationVersion();
        return new Provenance(v == null ? "development" : v, System.getProperty("java.version", "unknown"),
                System.getProperty("java.vendor", "unknown"), System.getProperty("os.name", "unknown"),
                System.getProperty("os.arch", "unknown"), settings);
    }

    /** One line for logs and reports. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "radiomics4j %s on Java %s (%s), %s/%s", radiomics4jVersion, javaVersion,
                javaVendor, osName, osArch);
    }
}
