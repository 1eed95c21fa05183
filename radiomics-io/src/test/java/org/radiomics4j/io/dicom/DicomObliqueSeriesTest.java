package org.radiomics4j.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.TestData;
import org.radiomics4j.io.metaimage.MetaImage;
import org.radiomics4j.io.nifti.Nifti;

/**
 * An oblique 3-slice series (testdata/dicom/oblique, made with pydicom from CT_small.dcm, see its PROVENANCE.md)
 * against two independent converters: plastimatch 1.9.4 ({@code .mha}, float32 HU, LPS) and dcm2niix v1.0.20220720
 * ({@code .nii}, RAS, its own axis order). The plastimatch direction cosines and spacing are float32 (tolerance
 * 1e-6); voxel values are integers in both and must match exactly. dcm2niix may flip or permute axes, so voxels are
 * matched through their physical positions.
 */
class DicomObliqueSeriesTest {
    static Path dir() {
        return TestData.root().resolve("dicom").resolve("oblique");
    }

    @Test
    void matchesPlastimatch() {
        Volume ours = DicomReaders.readVolume(dir().resolve("series"));
        Volume ref = MetaImage.read(dir().resolve("expected").resolve("oblique_plastimatch.mha"));
        Geometry g = ours.geometry();
        assertArrayEquals(ref.geometry().size(), g.size());
        assertArrayEquals(ref.geometry().spacing(), g.spacing(), 1e-6);
        assertArrayEquals(ref.geometry().origin(), g.origin(), 1e-6);
        assertArrayEquals(ref.geometry().direction(), g.direction(), 1e-6);
        assertArrayEquals(new double[] {0.6, 0, -0.8, 0.8, 0, 0.6, 0, -1, 0}, g.direction(), 1e-12);
        for (int i = 0; i < ref.size(); i++) {
            assertEquals(ref.get(i), ours.get(i), 0, "voxel " + i);
        }
    }

    @Test
    void matchesDcm2niixThroughPhysicalPositions() {
        Volume ours = DicomReaders.readVolume(dir().resolve("series"));
        Volume ref = Nifti.read(dir().resolve("expected").resolve("oblique_dcm2niix.nii"));
        Geometry g = ours.geometry();
        Geometry r = ref.geometry();
        assertEquals(g.voxelCount(), r.voxelCount());
        int matched = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    double[] p = g.indexToPhysical(i, j, k);
                    int[] idx = toIndex(r, p);
                    assertEquals(ref.get(idx[0], idx[1], idx[2]), ours.get(i, j, k), 0,
                            "voxel (" + i + ", " + j + ", " + k + ")");
                    matched++;
                }
            }
        }
        assertEquals(g.voxelCount(), matched);
    }

    /** The nearest index of physical point p in grid r; fails if p is not within 1e-3 voxel of a centre. */
    private static int[] toIndex(Geometry r, double[] p) {
        double[] o = r.origin();
        int[] idx = new int[3];
        for (int a = 0; a < 3; a++) {
            double s = 0;
            for (int row = 0; row < 3; row++) {
                s += r.direction(row, a) * (p[row] - o[row]);
            }
            double c = s / r.spacing(a);
            idx[a] = (int) Math.round(c);
            assertEquals(idx[a], c, 1e-3, "axis " + a);
            if (idx[a] < 0 || idx[a] >= r.size(a)) {
                throw new AssertionError("point outside the dcm2niix grid on axis " + a);
            }
        }
        return idx;
    }
}
