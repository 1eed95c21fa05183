/**
 * Multiple-comparison adjustment of P values, {@link org.radiomics4j.stats.multiple.PValueAdjustment}, with R's
 * {@code p.adjust} semantics. Example: {@code PValueAdjustment.BENJAMINI_HOCHBERG.adjust(p)}.
 */
package org.radiomics4j.stats.multiple;
