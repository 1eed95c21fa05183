package org.radiomics4j.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.PyRadiomicsParameters;
import org.radiomics4j.core.extract.VoxelSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PyRadiomics YAML parameter files from disk: this class opens and reads the file (UTF-8), the core's
 * {@link PyRadiomicsParameters} parses its text (the keys, their rules and defaults are documented there). Every
 * message names the file.
 *
 * <pre>{@code
 * ExtractionSettings s = ParameterFiles.read(Path.of("Params.yaml"));
 * FeatureSet f = RadiomicsExtractor.of(s).extract(image, mask);
 * }</pre>
 */
public final class ParameterFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ParameterFiles.class);

    private ParameterFiles() {
    }

    /**
     * The settings of a parameter file ({@code setting}, {@code imageType}, {@code featureClass}; a
     * {@code voxelSetting} block is validated, see {@link #readVoxelSettings}).
     *
     * @throws InvalidSettingException naming the file, the key, the value and the rule for any invalid or unsupported
     *     entry
     * @throws RadiomicsException if the file does not exist, cannot be read, is not UTF-8 text or not valid YAML,
     *     naming the file
     */
    public static ExtractionSettings read(Path file) {
        return PyRadiomicsParameters.parse(text(file), file.toString());
    }

    /**
     * The {@code voxelSetting} block of a parameter file (PyRadiomics' defaults where absent); see
     * {@link VoxelSettings}.
     *
     * @throws InvalidSettingException naming the file, the key, the value and the rule
     * @throws RadiomicsException if the file does not exist, cannot be read or is not valid YAML, naming the file
     */
    public static VoxelSettings readVoxelSettings(Path file) {
        return PyRadiomicsParameters.parseVoxelSettings(text(file), file.toString());
    }

    private static String text(Path file) {
        Objects.requireNonNull(file, "file");
        LOG.debug("reading parameter file {}", file);
        if (Files.isDirectory(file)) {
            throw new RadiomicsException("parameter file " + file + " is a folder, not a YAML or JSON file");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RadiomicsException("parameter file " + file + " does not exist", e);
        } catch (CharacterCodingException e) {
            throw new RadiomicsException("parameter file " + file + " is not UTF-8 text (save it as UTF-8): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RadiomicsException("cannot read parameter file " + file + ": " + e, e);
        }
    }
}
