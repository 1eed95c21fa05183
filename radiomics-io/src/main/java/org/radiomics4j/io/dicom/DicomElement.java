package org.radiomics4j.io.dicom;

import java.util.List;

/**
 * One parsed data element: its tag, VR and the location of its value in the file's byte array (no copy), or its
 * sequence items, or the fragments of encapsulated pixel data (PS3.5 section 7 and A.4).
 *
 * @param tag {@code (group << 16) | element}
 * @param vr the two-letter value representation (from the file, or from the dictionary for implicit VR)
 * @param offset offset of the value in the backing array
 * @param length value length in bytes ({@code -1} for undefined length sequences and encapsulated pixel data)
 * @param items sequence items ({@code null} unless a sequence)
 * @param fragments {@code [offset, length]} of each encapsulated pixel data item, the first being the basic offset
 *     table ({@code null} unless encapsulated pixel data)
 */
record DicomElement(int tag, String vr, int offset, int length, List<DicomDataset> items, List<int[]> fragments) {
}
