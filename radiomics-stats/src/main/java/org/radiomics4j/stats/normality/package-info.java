/**
 * Tests of normality: {@link org.radiomics4j.stats.normality.ShapiroWilkTest} (Royston's AS R94, as R's
 * {@code shapiro.test}), {@link org.radiomics4j.stats.normality.DAgostinoPearsonTest} (K², as scipy's
 * {@code normaltest}), {@link org.radiomics4j.stats.normality.ShapiroFranciaTest} and
 * {@link org.radiomics4j.stats.normality.LillieforsTest} (as R's {@code nortest::sf.test} and {@code lillie.test}).
 */
package org.radiomics4j.stats.normality;
