/**
 * A focused DICOM reader written from the standard (PS3.5 data structures and encoding, PS3.10 file format, PS3.3
 * information object definitions): images, series, RT structure sets and segmentations, without third-party
 * libraries.
 *
 * <ul>
 *   <li>{@link org.radiomics4j.io.dicom.DicomFile}: one Part 10 file, parsed into a
 *       {@link org.radiomics4j.io.dicom.DicomDataset}; transfer syntaxes in
 *       {@link org.radiomics4j.io.dicom.TransferSyntax} (implicit/explicit VR little endian, explicit VR big endian,
 *       deflated; RLE Lossless and JPEG Lossless process 14, predictors 1 to 7, decoded here; JPEG 2000, JPEG-LS and
 *       lossy JPEG are refused by name).</li>
 *   <li>{@link org.radiomics4j.io.dicom.DicomReaders}: list the series of a folder, read one into a
 *       {@link org.radiomics4j.core.image.Volume} (LPS, Hounsfield units for CT), read a named RTSTRUCT ROI or SEG
 *       segment onto an image grid.</li>
 *   <li>{@link org.radiomics4j.io.dicom.DicomSeries}: the assembly rules (sorting along the slice normal, spacing
 *       checks, refusal of gantry tilt and missing slices).</li>
 *   <li>{@link org.radiomics4j.io.dicom.RtStruct} and {@link org.radiomics4j.io.dicom.DicomSeg}: masks.</li>
 * </ul>
 *
 * <p>Every reader refuses corrupt input with an {@link org.radiomics4j.io.ImageFormatException} naming the file, the
 * element and the offset, and never allocates by a declared length before checking it against the file.
 */
package org.radiomics4j.io.dicom;
