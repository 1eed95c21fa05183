package org.radiomics4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.radiomics4j.io.batch.BatchCase;
import org.radiomics4j.io.batch.CaseReader;

/**
 * Files on a file system other than the local one are copied to a local temporary folder and read there: an NRRD
 * image and mask, a DICOM series folder with its RTSTRUCT (the IBSI CT phantom, testdata/ibsi/ct_phantom/dicom),
 * relative paths against a remote base. The remote file system is the local disk under another scheme
 * ({@code otherfs:}), so that the reader takes its copying path while the expected input is read directly from the
 * same bytes by the local batch's {@link CaseReader#files}.
 */
class HadoopCaseReaderTest {
    /** The local disk under the scheme {@code otherfs}: not "file", so the reader copies. */
    public static final class OtherFs extends RawLocalFileSystem {
        @Override
        public String getScheme() {
            return "otherfs";
        }

        @Override
        public URI getUri() {
            return URI.create("otherfs:///");
        }
    }

    static Configuration conf() {
        Configuration c = new Configuration(false);
        c.set("fs.otherfs.impl", OtherFs.class.getName());
        c.setBoolean("fs.otherfs.impl.disable.cache", true);
        c.set("fs.file.impl", org.apache.hadoop.fs.LocalFileSystem.class.getName());
        return c;
    }

    static BatchCase c(String image, String mask, String maskName) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Image", image);
        m.put("Mask", mask);
        if (maskName != null) {
            m.put("MaskName", maskName);
        }
        return new BatchCase(1, m);
    }

    static void assertSameInput(CaseReader.Input expected, CaseReader.Input actual) {
        assertEquals(expected.image().geometry(), actual.image().geometry());
        assertArrayEquals(expected.image().toDoubleArray(), actual.image().toDoubleArray());
        assertEquals(expected.mask().geometry(), actual.mask().geometry());
        assertEquals(expected.mask().count(), actual.mask().count());
        assertEquals(expected.mask().count(1), actual.mask().count(1));
    }

    @Test
    void nrrdFilesOnAnotherFileSystemAreCopiedAndRead() {
        Path img = SparkTestCohort.sample("breast1_image.nrrd");
        Path msk = SparkTestCohort.sample("breast1_label.nrrd");
        CaseReader.Input expected = CaseReader.files(Path.of("")).read(c(img.toString(), msk.toString(), null));
        HadoopCaseReader r = new HadoopCaseReader(conf(), null);
        assertSameInput(expected, r.read(c("otherfs://" + img, "otherfs://" + msk, null)));
        // relative to a remote base directory
        HadoopCaseReader based = new HadoopCaseReader(conf(), "otherfs://" + img.getParent());
        assertSameInput(expected, based.read(c("breast1_image.nrrd", "breast1_label.nrrd", null)));
        // a local file and a remote one in the same case
        assertSameInput(expected, r.read(c(img.toString(), "otherfs://" + msk, null)));
    }

    @Test
    void aDicomSeriesFolderAndItsRtstructAreCopied() {
        Path dicom = SparkTestCohort.testdata().resolve("ibsi/ct_phantom/dicom").toAbsolutePath().normalize();
        String image = dicom.resolve("image").toString();
        String mask = dicom.resolve("mask/DCM_RS_00060.dcm").toString();
        CaseReader.Input expected = CaseReader.files(Path.of("")).read(c(image, mask, "GTV-1"));
        CaseReader.Input actual = new HadoopCaseReader(conf(), null).read(c("otherfs://" + image, "otherfs://" + mask,
                "GTV-1"));
        assertSameInput(expected, actual);
        assertTrue(actual.mask().count(1) > 100_000, "the phantom's GTV-1 ROI");
    }

    @Test
    void aMissingRemoteFileNamesThePath() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new HadoopCaseReader(conf(), null)
                .read(c("otherfs:///no/such/image.nrrd", "otherfs:///no/such/mask.nrrd", null)));
        assertTrue(e.getMessage().contains("/no/such/image.nrrd"), e.getMessage());
    }

    @Test
    void localPathsResolveAsTheLocalBatchResolvesThem() {
        HadoopCaseReader r = new HadoopCaseReader(conf(), "file:/data/cohort");
        assertEquals(new org.apache.hadoop.fs.Path("file:/data/cohort/p1/image.nrrd"), r.resolve("p1/image.nrrd"));
        assertEquals(new org.apache.hadoop.fs.Path("/elsewhere/image.nrrd"), r.resolve("/elsewhere/image.nrrd"));
        assertEquals(new org.apache.hadoop.fs.Path("hdfs://nn/x.nrrd"), r.resolve("hdfs://nn/x.nrrd"));
    }
}
