/**
 * IBSI local intensity features (IBSI reference manual, section 3.2, family code 9ST6): local intensity peak (VJGA)
 * and global intensity peak (0F91), the mean intensity in a 1 cm³ sphere; see {@link
 * org.radiomics4j.core.ibsi.localintensity.LocalIntensity}. PyRadiomics has no equivalent.
 */
package org.radiomics4j.core.ibsi.localintensity;
