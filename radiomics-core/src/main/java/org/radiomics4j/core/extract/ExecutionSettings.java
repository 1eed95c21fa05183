package org.radiomics4j.core.extract;

import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;

/**
 * How an extraction runs, as opposed to what it computes ({@link ExtractionSettings}, the science): none of these
 * settings changes a feature value. Immutable; start from {@link #defaults()} and change one field with a
 * {@code with*} method:
 *
 * <pre>{@code
 * ExecutionSettings x = ExecutionSettings.defaults().withThreads(4).withOnFeatureError(OnFeatureError.RECORD);
 * FeatureSet f = RadiomicsExtractor.of(ExtractionSettings.defaults(), x).extract(image, mask);
 * }</pre>
 *
 * <table>
 * <caption>Execution settings and their defaults</caption>
 * <tr><th>setting</th><th>default</th><th>CLI option</th></tr>
 * <tr><td>{@link #threads}</td><td>1</td><td>{@code --threads}</td></tr>
 * <tr><td>{@link #backend}</td><td>{@link ComputeBackend#JAVA}</td><td>{@code --backend}</td></tr>
 * <tr><td>{@link #onFeatureError}</td><td>{@link OnFeatureError#THROW}</td><td>none (in a batch a failing case
 *     becomes an error row either way)</td></tr>
 * </table>
 *
 * @param threads worker threads for one case (families in parallel, resampling, voxel-based maps), {@code >= 1};
 *     the result is identical for every thread count
 * @param backend which kernel computes texture features from the matrices; both agree to 1e-12 relative
 * @param onFeatureError what the extractor does when a feature family fails: throw (no partial result) or record
 *     the failure in the diagnostics and leave the family out
 */
public record ExecutionSettings(int threads, ComputeBackend backend, OnFeatureError onFeatureError) {

    /** Validates every field. */
    public ExecutionSettings {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(onFeatureError, "onFeatureError");
        if (threads < 1) {
            throw new InvalidSettingException("threads must be >= 1 but was " + threads);
        }
    }

    /** One thread, the plain-Java kernels, {@link OnFeatureError#THROW}. */
    public static ExecutionSettings defaults() {
        return new ExecutionSettings(1, ComputeBackend.JAVA, OnFeatureError.THROW);
    }

    /** A copy with {@code v} worker threads. */
    public ExecutionSettings withThreads(int v) {
        return new ExecutionSettings(v, backend, onFeatureError);
    }

    /** A copy with another feature kernel backend. */
    public ExecutionSettings withBackend(ComputeBackend v) {
        return new ExecutionSettings(threads, v, onFeatureError);
    }

    /** A copy with another failure policy. */
    public ExecutionSettings withOnFeatureError(OnFeatureError v) {
        return new ExecutionSettings(threads, backend, v);
    }
}
