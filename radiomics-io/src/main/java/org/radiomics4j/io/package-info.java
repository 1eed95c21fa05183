/**
 * Reading and writing images and masks: {@link org.radiomics4j.io.ImageReaders} picks the format from the file
 * extension ({@code .nrrd}, {@code .nhdr}, {@code .seg.nrrd}, {@code .nii}, {@code .nii.gz}); the format packages
 * {@link org.radiomics4j.io.nrrd} and {@link org.radiomics4j.io.nifti} hold the readers, writers and their
 * options.
 *
 * <p>Conventions, the same for every format: images come back as {@link org.radiomics4j.core.image.Volume} in the
 * file's own pixel type, voxels x fastest (file order), geometry in LPS physical space exactly as ITK/SimpleITK
 * (and so PyRadiomics) report it; see {@link org.radiomics4j.core.image.Geometry}. A file that cannot be read
 * throws {@link org.radiomics4j.io.ImageFormatException} naming the file and the header field; nothing is
 * allocated for the voxels before the header has been checked against the file length and the free heap. Readers
 * log one DEBUG line per file through SLF4J.
 */
package org.radiomics4j.io;
