/**
 * The IBSI first-order families, computed once over the 3-D ROI (aggregation DHQ4): intensity statistics (IBSI
 * 3.3) on the intensities of the intensity mask, intensity histogram (3.4) on its discretised grey levels, and the
 * intensity-volume histogram (3.5) with the configuration's own discretisation ({@link
 * org.radiomics4j.core.ibsi.intensity.IvhDiscretisation}).
 *
 * <p>Worked example, the IBSI digital phantom: 74 ROI voxels with grey levels 1 (×50), 3 (×1), 4 (×16), 6 (×7)
 * give mean 159/74 = 2.149, median 1, histogram gradient H'(1) = n_2 − n_1 = −50 (the minimum gradient, at grey
 * level 1) and, on the calibrated IVH grid 1..6, V10 = ν(2) = 24/74 = 0.324.
 */
package org.radiomics4j.core.ibsi.intensity;
