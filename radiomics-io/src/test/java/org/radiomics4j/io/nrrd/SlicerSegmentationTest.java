package org.radiomics4j.io.nrrd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.io.Endian;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.RandomImages;
import org.radiomics4j.io.nrrd.SlicerSegmentation.Segment;

/**
 * 3D Slicer segmentations: hand-written files in src/test/resources/seg (expected values worked out by hand, see the
 * README there) and seeded write-then-read round trips with several layers.
 */
class SlicerSegmentationTest {
    @TempDir
    Path tmp;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SlicerSegmentationTest.class.getResource("/seg/" + name).toURI());
    }

    private static List<Integer> voxels(Mask m) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            if (m.inside(i)) {
                assertEquals(1, m.label(i), "binary mask");
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void twoLayersWithOverlapAndExtent() throws Exception {
        SlicerSegmentation s = SlicerSegmentation.read(resource("two_layers.seg.nrrd"));
        assertEquals(List.of("tumor", "necrosis", "edema"), s.names());
        assertEquals(List.of(new Segment("Segment_1", "tumor", 1, 0), new Segment("Segment_2", "necrosis", 2, 0),
                new Segment("Segment_3", "edema", 1, 1)), s.segments());
        assertEquals(2, s.layers().size());
        Geometry g = s.geometry();
        assertArrayEquals(new int[] {3, 2, 2}, g.size());
        assertArrayEquals(new double[] {1, 2, 3}, g.spacing(), 0);
        assertArrayEquals(new double[] {-10, -20, 30}, g.origin(), 0);
        assertArrayEquals(Geometry.identity(), g.direction(), 0);
        assertEquals(List.of(0, 1, 7), voxels(s.mask("tumor")));
        assertEquals(List.of(2, 4, 11), voxels(s.mask("necrosis")));
        assertEquals(List.of(1, 2, 6), voxels(s.mask("edema")));
        assertEquals(g, s.mask("edema").geometry());
        RadiomicsException e = assertThrows(RadiomicsException.class, s::labelMap);
        assertTrue(e.getMessage().contains("tumor") && e.getMessage().contains("edema"), e.getMessage());
        IllegalArgumentException u = assertThrows(IllegalArgumentException.class, () -> s.mask("liver"));
        assertTrue(u.getMessage().contains("'liver'") && u.getMessage().contains("[tumor, necrosis, edema]"),
                u.getMessage());
    }

    @Test
    void oneLayerLabelMap() throws Exception {
        Path p = resource("one_layer.seg.nrrd");
        SlicerSegmentation s = SlicerSegmentation.read(p);
        assertEquals(List.of("liver", "lesion"), s.names());
        assertArrayEquals(new int[] {0, 1, 3, 3, 0, 1}, s.labelMap().toIntArray());
        assertArrayEquals(new int[] {0, 1, 3, 3, 0, 1}, ImageReaders.readMask(p).toIntArray());
        assertEquals(List.of(1, 5), voxels(s.mask("liver")));
        assertEquals(List.of(2, 3), voxels(s.mask("lesion")));
        assertArrayEquals(new double[] {0.5, 0.5, 2}, s.geometry().spacing(), 0);
        assertArrayEquals(new double[] {1, 2, 3}, s.geometry().origin(), 0);
    }

    @Test
    void plainLabelmapGetsOneSegmentPerLabel() throws Exception {
        SlicerSegmentation s = SlicerSegmentation.read(resource("plain_labelmap.nrrd"));
        assertEquals(List.of("Label_2", "Label_5"), s.names());
        assertEquals(List.of(0, 3), voxels(s.mask("Label_2")));
        assertEquals(List.of(2), voxels(s.mask("Label_5")));
    }

    @Test
    void labelMapMergesNonOverlappingLayersAndRejectsOverlap() {
        Geometry g = Geometry.of(2, 2, 1);
        Mask l0 = Mask.of(new int[] {1, 0, 0, 0}, g);
        Mask l1 = Mask.of(new int[] {0, 2, 0, 0}, g);
        List<Segment> segs = List.of(new Segment("a", "A", 1, 0), new Segment("b", "B", 2, 1));
        assertArrayEquals(new int[] {1, 2, 0, 0}, new SlicerSegmentation(g, segs, List.of(l0, l1)).labelMap()
                .toIntArray());
        Mask l1b = Mask.of(new int[] {2, 0, 0, 0}, g);
        RadiomicsException e = assertThrows(RadiomicsException.class,
                () -> new SlicerSegmentation(g, segs, List.of(l0, l1b)).labelMap());
        assertTrue(e.getMessage().contains("'A'") && e.getMessage().contains("'B'") && e.getMessage().contains("overlap"));
    }

    @Test
    void constructorRejectsInconsistentSegments() {
        Geometry g = Geometry.of(2, 2, 1);
        Mask l0 = Mask.of(new int[] {1, 0, 0, 0}, g);
        assertThrows(IllegalArgumentException.class, () -> new SlicerSegmentation(g,
                List.of(new Segment("a", "A", 1, 1)), List.of(l0)));
        assertThrows(IllegalArgumentException.class, () -> new SlicerSegmentation(g,
                List.of(new Segment("a", "A", 1, 0), new Segment("a", "B", 2, 0)), List.of(l0)));
        assertThrows(IllegalArgumentException.class, () -> new SlicerSegmentation(g,
                List.of(new Segment("a", "A", 1, 0), new Segment("b", "B", 1, 0)), List.of(l0)));
        assertThrows(IllegalArgumentException.class, () -> new SlicerSegmentation(g, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Segment("a", "A", 0, 0));
    }

    @ParameterizedTest(name = "layers={0} encoding={1} seed={2}")
    @CsvSource({"1,GZIP,11", "1,RAW,12", "3,GZIP,13", "2,ASCII,14", "4,RAW,15"})
    void writeThenRead(int layerCount, NrrdEncoding encoding, long seed) {
        System.out.println("SlicerSegmentationTest.writeThenRead seed=" + seed);
        SplittableRandom r = new SplittableRandom(seed);
        Geometry g = RandomImages.geometry(r, false);
        List<Mask> layers = new ArrayList<>();
        List<Segment> segs = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            int labels = 1 + r.nextInt(3);
            int[] v = new int[g.voxelCount()];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextInt(labels + 1);
            }
            layers.add(Mask.of(v, g));
            for (int k = 1; k <= labels; k++) {
                segs.add(new Segment("Segment_" + l + "_" + k, "layer " + l + " label " + k, k, l));
            }
        }
        SlicerSegmentation s = new SlicerSegmentation(g, segs, layers);
        Path f = tmp.resolve("s.seg.nrrd");
        s.write(f, NrrdWriteOptions.defaults().withEncoding(encoding).withEndian(Endian.BIG));
        SlicerSegmentation back = SlicerSegmentation.read(f);
        assertEquals(s.segments(), back.segments());
        assertEquals(s.layers().size(), back.layers().size());
        for (int l = 0; l < layerCount; l++) {
            assertArrayEquals(s.layers().get(l).toIntArray(), back.layers().get(l).toIntArray(), "layer " + l);
        }
        assertArrayEquals(g.size(), back.geometry().size());
        assertArrayEquals(g.spacing(), back.geometry().spacing(), 1e-12);
        assertArrayEquals(g.origin(), back.geometry().origin(), 1e-12);
        assertArrayEquals(g.direction(), back.geometry().direction(), 1e-12);
        Segment first = segs.get(0);
        assertEquals(voxelsWithLabel(layers.get(first.layer()), first.labelValue()), voxels(back.mask(first.name())));
    }

    private static List<Integer> voxelsWithLabel(Mask m, int label) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            if (m.label(i) == label) {
                out.add(i);
            }
        }
        return out;
    }
}
