package org.radiomics4j.validation.ibsi;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureNaming;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.ibsi.IbsiReference;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ParameterFiles;
import org.radiomics4j.io.nifti.Nifti;

/**
 * Runs the shipped IBSI parameter files (radiomics-examples/params/ibsi/*.yaml) through the public extractor exactly
 * as {@code ./radiomics extract IMAGE MASK -p FILE --names ibsi-codes} does: NIfTI image and mask read with
 * radiomics-io, {@link ParameterFiles#read}, {@link RadiomicsExtractor#extract}, {@link FeatureNaming#IBSI_CODES}.
 * Each configuration is computed once per JVM (the CT phantom configurations take seconds each) and shared by
 * {@link IbsiCtPhantomTest} and {@link IbsiComplianceReportTest}. Test helper.
 */
final class IbsiRuns {
    private static final Map<String, Result> CACHE = new ConcurrentHashMap<>();

    /** The values of one configuration by {@code <code key>:<aggregation code>}, and the time it took. */
    record Result(Map<String, Double> byCode, long millis) {
    }

    private IbsiRuns() {
    }

    /** The parameter file of a reference-table configuration ({@code digital_phantom}, {@code config_A} ...). */
    static Path params(String configuration) {
        String file = configuration.equals("digital_phantom") ? "digital-phantom.yaml"
                : "config-" + configuration.substring("config_".length()) + ".yaml";
        return Path.of("..", "radiomics-examples", "params", "ibsi", file);
    }

    static Result run(String configuration) {
        return CACHE.computeIfAbsent(configuration, IbsiRuns::compute);
    }

    private static Result compute(String configuration) {
        long t0 = System.nanoTime();
        ExtractionSettings s = ParameterFiles.read(params(configuration));
        Path dir = IbsiReference.dir().resolve(configuration.equals("digital_phantom") ? "digital_phantom"
                : "ct_phantom");
        Volume image = Nifti.read(dir.resolve("image.nii.gz"));
        Mask mask = Mask.fromVolume(Nifti.read(dir.resolve("mask.nii.gz")));
        FeatureSet f = FeatureNaming.IBSI_CODES.apply(RadiomicsExtractor.of(s).extract(image, mask));
        return new Result(f.toMap(), (System.nanoTime() - t0) / 1_000_000);
    }
}
