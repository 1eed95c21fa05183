/**
 * Tests of normality: {@link org.radiomics4j.stats.normality.ShapiroWilkTest} (Royston's AS R94, as R's
 * {@code shapiro.test}) and {@link org.radiomics4j.stats.normality.DAgostinoPearsonTest} (K², as scipy's
 * {@code normaltest}).
 */
package org.radiomics4j.stats.normality;
