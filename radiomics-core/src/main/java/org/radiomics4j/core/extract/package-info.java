/**
 * The extraction facade: {@link org.radiomics4j.core.extract.ExtractionSettings} (the science: every PyRadiomics
 * setting, also parsed from the text of PyRadiomics YAML files by
 * {@link org.radiomics4j.core.extract.PyRadiomicsParameters}; {@code radiomics-io}'s {@code ParameterFiles} opens
 * them from disk), {@link org.radiomics4j.core.extract.ExecutionSettings} (the execution: threads, kernel backend,
 * failure policy, which never change a value), {@link org.radiomics4j.core.extract.RadiomicsExtractor} (the
 * pipeline) and its result {@link org.radiomics4j.core.extract.FeatureSet} (PyRadiomics keys, diagnostics, {@link
 * org.radiomics4j.core.extract.Provenance}).
 *
 * <pre>{@code
 * ExtractionSettings s = PyRadiomicsParameters.parse("setting: {binWidth: 10}", "inline");
 * FeatureSet f = RadiomicsExtractor.of(s, ExecutionSettings.defaults().withThreads(4)).extract(image, mask);
 * }</pre>
 */
package org.radiomics4j.core.extract;
