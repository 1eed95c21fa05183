/**
 * IBSI chapter 1 compliance mode: image processing, families and aggregation methods as the Image Biomarker
 * Standardisation Initiative defines them (Zwanenburg et al., arXiv:1612.07003; Radiology 2020;295:328-338).
 */
package org.radiomics4j.core.ibsi;
