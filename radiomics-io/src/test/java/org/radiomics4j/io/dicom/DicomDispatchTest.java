package org.radiomics4j.io.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.ImageReaders;

/** {@link ImageReaders} dispatch to the DICOM and MetaImage readers, and the named-mask entry point. */
class DicomDispatchTest {
    @Test
    void foldersFilesAndNamedMasks() {
        Path dcm = DicomIbsiCtPhantomTest.dicom();
        Volume byFolder = ImageReaders.readVolume(dcm.resolve("image"));
        Volume byFile = ImageReaders.readVolume(dcm.resolve("image").resolve("DCM_IMG_00001.dcm"));
        assertEquals(byFolder.geometry(), byFile.geometry());
        Path rs = dcm.resolve("mask").resolve("DCM_RS_00060.dcm");
        Mask m = DicomReaders.readMask(rs, "GTV-1", byFolder.geometry());
        assertEquals(125256, m.count()); // the NIfTI mask's count (DicomIbsiCtPhantomTest)
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageReaders.readMask(rs));
        assertTrue(e.getMessage().contains("GTV-1") && e.getMessage().contains("readMask"), e.getMessage());
        ImageFormatException e2 = assertThrows(ImageFormatException.class,
                () -> DicomReaders.readMask(rs, "GTV-2", byFolder.geometry()));
        assertTrue(e2.getMessage().contains("no ROI named 'GTV-2'") && e2.getMessage().contains("GTV-1"),
                e2.getMessage());
        Volume mha = ImageReaders.readVolume(DicomSamplesTest.dir().resolve("oblique/expected/oblique_plastimatch.mha"));
        assertEquals(128, mha.geometry().nx());
    }
}
