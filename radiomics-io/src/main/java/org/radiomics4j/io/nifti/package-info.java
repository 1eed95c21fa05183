/**
 * NIfTI-1 and NIfTI-2 single-file images ({@link org.radiomics4j.io.nifti.Nifti}; references: nifti1.h, nifti2.h,
 * and ITK 5's NiftiImageIO for the choice between sform and qform and the RAS→LPS conversion).
 */
package org.radiomics4j.io.nifti;
