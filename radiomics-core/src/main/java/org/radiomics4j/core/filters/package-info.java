/**
 * PyRadiomics' filtered image types: each {@link org.radiomics4j.core.filters.ImageFilter} turns the original image
 * into one or more {@link org.radiomics4j.core.filters.DerivedImage}s whose features the extractor computes as it
 * does for the original image.
 */
package org.radiomics4j.core.filters;
