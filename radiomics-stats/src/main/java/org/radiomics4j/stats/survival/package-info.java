/**
 * Survival analysis: Kaplan–Meier curves with Greenwood SE, log / log-log / plain intervals and the median with
 * CI; the (stratified) log-rank test with the log-rank hazard ratios; dichotomisation of a feature at a cutoff;
 * Cox proportional-hazards regression with Efron or Breslow ties. Entry points: {@link
 * org.radiomics4j.stats.survival.KaplanMeier}, {@link org.radiomics4j.stats.survival.LogRankTest}, {@link
 * org.radiomics4j.stats.survival.CoxRegression}, {@link org.radiomics4j.stats.survival.FeatureCutoff}.
 */
package org.radiomics4j.stats.survival;
