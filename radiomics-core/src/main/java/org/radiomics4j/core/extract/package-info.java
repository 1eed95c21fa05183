/**
 * The extraction facade: {@link org.radiomics4j.core.extract.ExtractionSettings} (every PyRadiomics setting, also
 * read from PyRadiomics YAML files by {@link org.radiomics4j.core.extract.PyRadiomicsParameters}), {@link
 * org.radiomics4j.core.extract.RadiomicsExtractor} (the pipeline) and its result {@link
 * org.radiomics4j.core.extract.FeatureSet} (PyRadiomics keys, diagnostics, {@link
 * org.radiomics4j.core.extract.Provenance}).
 *
 * <pre>{@code
 * ExtractionSettings s = ExtractionSettings.fromPyRadiomicsYaml(Path.of("Params.yaml"));
 * FeatureSet f = RadiomicsExtractor.of(s).extract(image, mask);
 * }</pre>
 */
package org.radiomics4j.core.extract;
