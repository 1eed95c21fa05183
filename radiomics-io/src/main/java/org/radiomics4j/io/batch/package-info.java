/**
 * Batch extraction: many cases from a cases file in PyRadiomics' batch input layout ({@link
 * org.radiomics4j.io.batch.BatchCases}) into one CSV table ({@link org.radiomics4j.io.batch.BatchRows}), in parallel,
 * each case exactly as single-case extraction, a failed case as an error row, finished rows written at once and a
 * stopped batch resumed without recomputing them ({@link org.radiomics4j.io.batch.BatchExtractor}). The same
 * per-case code serves distributed runners ({@link org.radiomics4j.io.batch.BatchExtractor#extract},
 * {@link org.radiomics4j.io.batch.CaseReader}). docs/batch.md describes the layout and the resume rules.
 */
package org.radiomics4j.io.batch;
