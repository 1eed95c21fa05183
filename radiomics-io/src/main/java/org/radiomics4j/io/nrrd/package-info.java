/**
 * NRRD images ({@link org.radiomics4j.io.nrrd.Nrrd}, specification: teem.sourceforge.net/nrrd/format.html) and 3D
 * Slicer segmentations ({@link org.radiomics4j.io.nrrd.SlicerSegmentation}, the {@code .seg.nrrd} layout of
 * Slicer's {@code vtkMRMLSegmentationStorageNode}). Geometry is converted to LPS as ITK's NrrdImageIO does.
 */
package org.radiomics4j.io.nrrd;
