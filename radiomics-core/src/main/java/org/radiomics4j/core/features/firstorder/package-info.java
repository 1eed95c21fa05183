/**
 * First-order features (PyRadiomics {@code firstorder}; IBSI "intensity statistics" and "intensity histogram").
 *
 * <p><b>Symbols.</b> X = {x<sub>1</sub>..x<sub>N</sub>}: the intensities of the N ROI voxels after preprocessing;
 * c: {@code voxelArrayShift}; V: voxel volume (mm³); X̄ = Σx/N; m<sub>k</sub> = Σ(x − X̄)<sup>k</sup>/N (population
 * moments); P<sub>q</sub>: numpy's linear percentile (position q/100·(N − 1) in the sorted values); p(i) = n(i)/N over
 * the occupied bins i of the discretisation ({@link org.radiomics4j.core.discretize.Discretizer}); ε =
 * {@code Math.ulp(1.0)}.
 *
 * <p><b>Worked example.</b> X = {1, 2, 3, 4, 5}, binWidth 1 (five bins of one voxel): Mean 3, Variance m2 = 2,
 * Skewness 0, Kurtosis m4/m2² = 6.8/4 = 1.7 (IBSI excess kurtosis −1.3, plus 3), P10 = 1.4, P90 = 4.6, Median 3,
 * InterquartileRange 4 − 2 = 2, MeanAbsoluteDeviation 1.2, RobustMeanAbsoluteDeviation 2/3 (over {2, 3, 4}),
 * Energy 55, RootMeanSquared √11, Uniformity 0.2, Entropy log2 5.
 *
 * <pre>{@code
 * FamilyResult<FirstOrderFeature> r = FirstOrder.of(ExtractionSettings.defaults()).compute(croppedImage, croppedRoi);
 * }</pre>
 */
package org.radiomics4j.core.features.firstorder;
