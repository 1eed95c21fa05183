package org.radiomics4j.io;

import java.nio.file.Path;

import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Short entry points for JShell and scripts, each one line over {@link ImageReaders} and {@link RadiomicsExtractor}:
 *
 * <pre>{@code
 * FeatureSet f = Radiomics.extract(Path.of("ct.nrrd"), Path.of("liver.nrrd"));           // PyRadiomics defaults
 * FeatureSet g = Radiomics.extract(Path.of("ct.nrrd"), Path.of("liver.nrrd"), Path.of("params.yaml"));
 * FeatureSet h = Radiomics.extract(image, mask, Radiomics.settings().binWidth(10).build());
 * FeatureSet i = Radiomics.extract(image, mask, ExtractionSettings.defaults(),
 *         ExecutionSettings.defaults().withThreads(4));                                  // same values, 4 threads
 * }</pre>
 *
 * It lives in radiomics-io because it reads files; code that has its volumes in memory needs only radiomics-core
 * and {@link RadiomicsExtractor}.
 */
public final class Radiomics {
    private Radiomics() {
    }

    /** Features of label 1 with PyRadiomics' default settings. */
    public static FeatureSet extract(Volume image, Mask mask) {
        return RadiomicsExtractor.of(ExtractionSettings.defaults()).extract(image, mask);
    }

    /** Features with the given settings. */
    public static FeatureSet extract(Volume image, Mask mask, ExtractionSettings settings) {
        return RadiomicsExtractor.of(settings).extract(image, mask);
    }

    /** Features with the given settings, run as {@code execution} says (threads, backend, failure policy). */
    public static FeatureSet extract(Volume image, Mask mask, ExtractionSettings settings,
            ExecutionSettings execution) {
        return RadiomicsExtractor.of(settings, execution).extract(image, mask);
    }

    /**
     * Reads an image and a mask (any format {@link ImageReaders} takes) and extracts with PyRadiomics' defaults.
     *
     * @throws ImageFormatException if a file cannot be read, naming the file and field
     */
    public static FeatureSet extract(Path image, Path mask) {
        return extract(ImageReaders.readVolume(image), ImageReaders.readMask(mask));
    }

    /** Reads an image and a mask and extracts with the given settings. */
    public static FeatureSet extract(Path image, Path mask, ExtractionSettings settings) {
        return extract(ImageReaders.readVolume(image), ImageReaders.readMask(mask), settings);
    }

    /** Reads an image and a mask and extracts with the given settings, run as {@code execution} says. */
    public static FeatureSet extract(Path image, Path mask, ExtractionSettings settings, ExecutionSettings execution) {
        return extract(ImageReaders.readVolume(image), ImageReaders.readMask(mask), settings, execution);
    }

    /**
     * Reads an image and a mask and extracts with the settings of a PyRadiomics YAML parameter file (read by
     * {@link ParameterFiles#read}).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if the file holds a key radiomics4j does not support,
     *     naming the key
     */
    public static FeatureSet extract(Path image, Path mask, Path parameterFile) {
        return extract(image, mask, ParameterFiles.read(parameterFile));
    }

    /** A settings builder starting from PyRadiomics' defaults. */
    public static ExtractionSettings.Builder settings() {
        return ExtractionSettings.builder();
    }
}
