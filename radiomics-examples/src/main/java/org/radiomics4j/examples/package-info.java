/**
 * One small runnable example per step of a radiomics study, each self-contained on the repository's
 * {@code testdata/}: {@link org.radiomics4j.examples.ReadImageExample} (read image and mask),
 * {@link org.radiomics4j.examples.ExtractFeaturesExample} (PyRadiomics default features),
 * {@link org.radiomics4j.examples.CompareGroupsExample} (Student t or Mann–Whitney by Shapiro–Wilk),
 * {@link org.radiomics4j.examples.RocExample}, {@link org.radiomics4j.examples.KaplanMeierExample},
 * {@link org.radiomics4j.examples.LogisticExample}, {@link org.radiomics4j.examples.IccExample} and
 * {@link org.radiomics4j.examples.AdasynExample}. The same walk-through for JShell is
 * {@code examples/jshell/study.jsh} at the repository root.
 */
package org.radiomics4j.examples;
