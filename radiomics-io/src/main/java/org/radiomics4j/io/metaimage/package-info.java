/**
 * MetaImage ({@code .mha} single file, {@code .mhd} header with a separate data file), ITK's MetaIO format
 * ({@link org.radiomics4j.io.metaimage.MetaImage}).
 */
package org.radiomics4j.io.metaimage;
